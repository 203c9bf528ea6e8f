#include "workspace.h"

#include "core/domain/entity.h"

#include <QJsonArray>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace releve::ui {

Workspace::Workspace(store::LocalStore *store, sync::ApiClient *api, sync::SyncEngine *syncEngine,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_sync(syncEngine)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_store, &store::LocalStore::recordsChanged, this, [this](const QString &entity) {
        if (entity == domain::entity::account || entity.isEmpty())
            resolveStructure();
    });
}

Workspace::~Workspace() = default;

void Workspace::setAccount(const QString &login, const QString &structureId)
{
    m_login = login;
    if (m_store->isOpen())
        m_store->setValue(u"account_login"_s, login);
    if (!structureId.isEmpty() && structureId != m_structureId) {
        m_structureId = structureId;
        if (m_store->isOpen())
            m_store->setValue(u"structure_id"_s, structureId);
        emit structureChanged(m_structureId);
        resolveStructure(); // the role, from the cached account record
        return;
    }
    if (m_structureId.isEmpty() && m_store->isOpen()) {
        // A cache from an earlier session of the same account already knows its structure.
        if (m_store->value(u"account_login"_s) == login)
            m_structureId = m_store->value(u"structure_id"_s);
    }
    resolveStructure();
}

void Workspace::resolveStructure()
{
    if (m_login.isEmpty() || !m_store->isOpen())
        return;
    const auto accounts = m_store->recordsWhere(domain::entity::account, u"login"_s, m_login);
    for (const store::CachedRecord &account : accounts) {
        const QString id = account.data.value(u"structure_id"_s).toString();
        if (!id.isEmpty() && id != m_structureId) {
            m_structureId = id;
            m_store->setValue(u"structure_id"_s, id);
            emit structureChanged(m_structureId);
        }
        QStringList departements;
        for (const QJsonValue &value : account.data.value(u"departements"_s).toArray())
            departements.append(value.toString());
        m_departements = departements;
        const QString role = account.data.value(u"role"_s).toString();
        if (!role.isEmpty() && role != m_role) {
            m_role = role;
            emit roleChanged(m_role);
        }
        return;
    }
}

QString Workspace::displayName() const
{
    if (!m_store->isOpen())
        return m_login;
    const auto accounts = m_store->recordsWhere(domain::entity::account, u"login"_s, m_login);
    for (const store::CachedRecord &account : accounts) {
        const QString name = account.data.value(u"display_name"_s).toString();
        if (!name.isEmpty())
            return name;
    }
    return m_login;
}

QJsonObject Workspace::structure(const QString &structureId) const
{
    if (structureId.isEmpty() || !m_store->isOpen())
        return {};
    const auto record = m_store->record(domain::entity::structure, structureId);
    return record ? record->data : QJsonObject {};
}

QString Workspace::structureName(const QString &structureId) const
{
    return structure(structureId).value(u"name"_s).toString();
}

QTimeZone Workspace::timeZone() const
{
    const QString name = structure(m_structureId).value(u"time_zone"_s).toString();
    QTimeZone zone(name.isEmpty() ? QByteArrayLiteral("Europe/Paris") : name.toUtf8());
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Paris"));
}

QList<store::OutboxEntry> Workspace::unconfirmedCommands(const QString &entity) const
{
    QList<store::OutboxEntry> result;
    if (!m_store->isOpen())
        return result;
    const auto entries = m_store->outbox();
    for (const store::OutboxEntry &entry : entries) {
        if (entry.op == u"command"_s && entry.entity == entity)
            result.append(entry);
    }
    return result;
}

std::optional<store::OutboxEntry> Workspace::unconfirmedCommand(const QString &entity,
                                                                const QString &recordId) const
{
    std::optional<store::OutboxEntry> newest;
    const auto entries = unconfirmedCommands(entity);
    for (const store::OutboxEntry &entry : entries) {
        if (entry.recordId == recordId && (!newest || entry.seq > newest->seq))
            newest = entry;
    }
    return newest;
}

} // namespace releve::ui
