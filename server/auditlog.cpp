#include "auditlog.h"

#include "recordstore.h"
#include "requestdecoder.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace releve::server {

namespace {

const QString columns = QStringLiteral(
    "position, at, account_id, structure_id, party_structure_id, action, subject, details");

QJsonObject entryFrom(const QSqlQuery &query)
{
    return QJsonObject { { QStringLiteral("position"), query.value(0).toLongLong() },
                         { QStringLiteral("at"),
                           domain::instantToJson(fromStoredTime(query.value(1).toLongLong())) },
                         { QStringLiteral("account_id"), query.value(2).toString() },
                         { QStringLiteral("structure_id"), query.value(3).toString() },
                         { QStringLiteral("party_structure_id"), query.value(4).toString() },
                         { QStringLiteral("action"), query.value(5).toString() },
                         { QStringLiteral("subject"), query.value(6).toString() },
                         { QStringLiteral("details"),
                           QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object() } };
}

} // namespace

void AuditLog::record(const Caller &caller, const QString &action, const QString &subject,
                      const QJsonObject &details, const QString &partyStructureId) const
{
    // The position comes from a counter locked until commit, like the change feed's seq, so a
    // reader paging with a cursor never skips an entry committed late by another process.
    const qint64 position = m_storage.nextCounter(QStringLiteral("audit"));
    m_storage.exec(
        QStringLiteral("INSERT INTO audit_log (id, position, at, account_id, structure_id, "
                       "party_structure_id, action, subject, details) VALUES (?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)"),
        { domain::newId(), position, QDateTime::currentMSecsSinceEpoch(), caller.accountId,
          caller.structureId, partyStructureId, action, subject,
          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) });
}

void AuditLog::recordAccess(const Caller &caller, const StoredRecord &accessed,
                            const QString &via) const
{
    QJsonArray fields;
    if (accessed.entity == domain::entity::contract)
        fields = QJsonArray { QStringLiteral("staff_name"), QStringLiteral("staff_id") };
    record(caller, QStringLiteral("read_personal_data"), accessed.entity + u'/' + accessed.id,
           { { QStringLiteral("via"), via },
             { QStringLiteral("version"), accessed.version },
             { QStringLiteral("owner_structure_id"), accessed.structureId },
             { QStringLiteral("fields"), fields } },
           accessed.structureId);
}

ApiReply AuditLog::page(const Caller &caller, const QString &since, const QString &limitText) const
{
    if (!caller.isAdmin() && !caller.isReferent())
        return ApiError::forbidden(QStringLiteral("The audit log is read by platform "
                                                  "administrators and territorial referents."));
    const auto limitValue = decode::limit(limitText, defaultLimit, maxLimit);
    if (const auto *error = std::get_if<ApiError>(&limitValue))
        return *error;
    const int limit = std::get<int>(limitValue);
    qint64 after = 0;
    if (!since.isEmpty()) {
        bool ok = false;
        after = since.toLongLong(&ok);
        if (!ok || after < 0)
            return ApiError::badRequest(
                QStringLiteral("invalid_value"),
                QStringLiteral("since must be a cursor returned by this route, or empty"),
                QStringLiteral("since"));
    }
    // A referent reads what concerns the structures of its départements.
    QSet<QString> followed;
    if (caller.isReferent()) {
        for (const StoredRecord &structure :
             RecordStore(m_storage).list(domain::entity::structure)) {
            if (caller.departements.contains(
                    structure.data.value(QStringLiteral("departement")).toString()))
                followed.insert(structure.id);
        }
    }
    QJsonArray entries;
    qint64 last = after;
    bool more = false;
    const int batch = limit + 1;
    for (bool done = false; !done;) {
        Rows query = m_storage.exec(
            QStringLiteral("SELECT %1 FROM audit_log WHERE position > ? ORDER BY position LIMIT ?")
                .arg(columns),
            { last, batch });
        int rows = 0;
        while (query.next()) {
            ++rows;
            if (entries.size() == limit) {
                more = true;
                break;
            }
            last = query.value(0).toLongLong();
            if (caller.isReferent() && !followed.contains(query.value(3).toString())
                && !followed.contains(query.value(4).toString()))
                continue;
            entries.append(entryFrom(query));
        }
        done = more || rows < batch;
    }
    return QJsonObject { { QStringLiteral("entries"), entries },
                         { QStringLiteral("cursor"), QString::number(last) },
                         { QStringLiteral("has_more"), more } };
}

QList<QJsonObject> AuditLog::latest(int count, const QString &action) const
{
    Rows query = action.isEmpty()
        ? m_storage.exec(
            QStringLiteral("SELECT %1 FROM audit_log ORDER BY position DESC LIMIT ?").arg(columns),
            { count })
        : m_storage.exec(QStringLiteral("SELECT %1 FROM audit_log WHERE action = ? ORDER BY "
                                        "position DESC LIMIT ?")
                             .arg(columns),
                         { action, count });
    QList<QJsonObject> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

QList<QJsonObject> AuditLog::about(const QString &accountId, const QString &needle) const
{
    if (needle.isEmpty() && accountId.isEmpty())
        return {};
    const QString pattern
        = needle.isEmpty() ? QStringLiteral("\x01") : QString(u'%' + needle + u'%');
    Rows query = m_storage.exec(
        QStringLiteral("SELECT %1 FROM audit_log WHERE (account_id = ? AND account_id <> '') OR "
                       "(subject LIKE ? OR details LIKE ?) ORDER BY position")
            .arg(columns),
        { accountId, pattern, pattern });
    QList<QJsonObject> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

} // namespace releve::server
