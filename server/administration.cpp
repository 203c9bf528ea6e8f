#include "administration.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace releve::server {

Q_LOGGING_CATEGORY(lcAdmin, "releve.server.admin")

namespace entity = domain::entity;

namespace {

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

QJsonArray toArray(const QList<StoredRecord> &records)
{
    QJsonArray array;
    for (const StoredRecord &record : records)
        array.append(
            QJsonObject { { QStringLiteral("version"), record.version },
                          { QStringLiteral("updated_at"), domain::instantToJson(record.updatedAt) },
                          { QStringLiteral("data"), record.data } });
    return array;
}

QJsonArray toArray(const QList<QJsonObject> &objects)
{
    QJsonArray array;
    for (const QJsonObject &object : objects)
        array.append(object);
    return array;
}

domain::Error notFound(const QString &field, const QString &message)
{
    return domain::Error { QStringLiteral("not_found"), field, message };
}

} // namespace

Administration::Administration(const Storage &storage)
    : m_storage(storage)
    , m_records(storage)
    , m_audit(storage)
{ }

QString Administration::erasedName(const QString &pseudonym)
{
    return QStringLiteral("[effacé·e RGPD] %1").arg(pseudonym);
}

Caller Administration::adminCaller() const
{
    Caller caller;
    caller.accountId = QStringLiteral("admin-cli");
    caller.login = QStringLiteral("releve-server admin");
    caller.role = QStringLiteral("admin");
    return caller;
}

domain::Result<int> Administration::disableStructure(const QString &structureId,
                                                     const QString &reason)
{
    Transaction transaction(m_storage);
    const auto structure = m_records.get(entity::structure, structureId.toLower());
    if (!structure || structure->deleted)
        return notFound(QStringLiteral("structure_id"), QStringLiteral("no structure has this id"));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_storage.exec(QStringLiteral("INSERT INTO structure_status (structure_id, disabled, reason, "
                                  "at) VALUES (?, 1, ?, ?) ON CONFLICT (structure_id) DO UPDATE "
                                  "SET disabled = 1, reason = excluded.reason, at = excluded.at"),
                   { structure->id, reason, now });
    QStringList logins;
    Rows accounts = m_storage.exec(
        QStringLiteral("SELECT login FROM accounts WHERE structure_id = ? AND disabled = 0"),
        { structure->id });
    while (accounts.next())
        logins.append(accounts.value(0).toString());
    accounts.finish();
    m_storage.exec(QStringLiteral("UPDATE accounts SET disabled = 1 WHERE structure_id = ?"),
                   { structure->id });
    m_storage.exec(QStringLiteral("UPDATE tokens SET revoked = 1 WHERE revoked = 0 AND account_id "
                                  "IN (SELECT id FROM accounts WHERE structure_id = ?)"),
                   { structure->id });
    for (const StoredRecord &account : m_records.listOwnedBy(entity::account, structure->id)) {
        QJsonObject data = account.data;
        data.insert(QStringLiteral("disabled"), true);
        m_records.save(entity::account, data);
    }
    if (structure->data.value(QStringLiteral("shares_staff")).toBool(true)) {
        QJsonObject data = structure->data;
        data.insert(QStringLiteral("shares_staff"), false);
        m_records.save(entity::structure, data);
    }
    m_audit.record(adminCaller(), QStringLiteral("disable_structure"),
                   entity::structure + u'/' + structure->id,
                   { { QStringLiteral("reason"), reason },
                     { QStringLiteral("accounts"), QJsonArray::fromStringList(logins) } },
                   structure->id);
    transaction.commit();
    return int(logins.size());
}

domain::Result<bool> Administration::disableAccount(const QString &login)
{
    Transaction transaction(m_storage);
    Rows query
        = m_storage.exec(QStringLiteral("SELECT id, structure_id FROM accounts WHERE login = ?"),
                         { login.trimmed().toLower() });
    if (!query.next())
        return notFound(QStringLiteral("login"), QStringLiteral("no account has this login"));
    const QString accountId = query.value(0).toString();
    const QString structureId = query.value(1).toString();
    query.finish();
    m_storage.exec(QStringLiteral("UPDATE accounts SET disabled = 1 WHERE id = ?"), { accountId });
    m_storage.exec(
        QStringLiteral("UPDATE tokens SET revoked = 1 WHERE account_id = ? AND revoked = 0"),
        { accountId });
    if (const auto account = m_records.get(entity::account, accountId)) {
        QJsonObject data = account->data;
        data.insert(QStringLiteral("disabled"), true);
        m_records.save(entity::account, data);
    }
    m_audit.record(adminCaller(), QStringLiteral("disable_account"),
                   entity::account + u'/' + accountId, {}, structureId);
    transaction.commit();
    return true;
}

domain::Result<QJsonObject> Administration::exportAccount(const QString &login) const
{
    Rows query = m_storage.exec(
        QStringLiteral("SELECT id, structure_id, login, role, departements, disabled, created_at "
                       "FROM accounts WHERE login = ?"),
        { login.trimmed().toLower() });
    if (!query.next())
        return notFound(QStringLiteral("login"), QStringLiteral("no account has this login"));
    const QString accountId = query.value(0).toString();
    // Never the password hash nor token hashes: they are not personal data of use to the person,
    // and they are secrets.
    QJsonObject account { { QStringLiteral("id"), accountId },
                          { QStringLiteral("structure_id"), query.value(1).toString() },
                          { QStringLiteral("login"), query.value(2).toString() },
                          { QStringLiteral("role"), query.value(3).toString() },
                          { QStringLiteral("departements"),
                            QJsonArray::fromStringList(
                                query.value(4).toString().split(u',', Qt::SkipEmptyParts)) },
                          { QStringLiteral("disabled"), query.value(5).toInt() != 0 },
                          { QStringLiteral("created_at"),
                            domain::instantToJson(fromStoredTime(query.value(6).toLongLong())) } };
    query.finish();
    const auto record = m_records.get(entity::account, accountId);

    QJsonArray sessions;
    Rows tokens = m_storage.exec(
        QStringLiteral("SELECT session_id, kind, created_at, expires_at, revoked FROM tokens "
                       "WHERE account_id = ? ORDER BY created_at"),
        { accountId });
    while (tokens.next())
        sessions.append(
            QJsonObject { { QStringLiteral("session_id"), tokens.value(0).toString() },
                          { QStringLiteral("kind"), tokens.value(1).toString() },
                          { QStringLiteral("created_at"),
                            domain::instantToJson(fromStoredTime(tokens.value(2).toLongLong())) },
                          { QStringLiteral("expires_at"),
                            domain::instantToJson(fromStoredTime(tokens.value(3).toLongLong())) },
                          { QStringLiteral("revoked"), tokens.value(4).toInt() != 0 } });
    tokens.finish();
    QJsonArray attempts;
    Rows tries = m_storage.exec(
        QStringLiteral("SELECT at, success FROM login_attempts WHERE login = ? ORDER BY at"),
        { account.value(QStringLiteral("login")).toString() });
    while (tries.next())
        attempts.append(
            QJsonObject { { QStringLiteral("at"),
                            domain::instantToJson(fromStoredTime(tries.value(0).toLongLong())) },
                          { QStringLiteral("success"), tries.value(1).toInt() != 0 } });
    tries.finish();
    QJsonArray clients;
    Rows known = m_storage.exec(
        QStringLiteral("SELECT client_id, last_seq, updated_at FROM clients WHERE account_id = ?"),
        { accountId });
    while (known.next())
        clients.append(
            QJsonObject { { QStringLiteral("client_id"), known.value(0).toString() },
                          { QStringLiteral("last_seq"), known.value(1).toLongLong() },
                          { QStringLiteral("updated_at"),
                            domain::instantToJson(fromStoredTime(known.value(2).toLongLong())) } });
    known.finish();
    QJsonArray charter;
    Rows accepted = m_storage.exec(
        QStringLiteral("SELECT structure_id, version, at FROM charter_acceptances WHERE "
                       "account_id = ?"),
        { accountId });
    while (accepted.next())
        charter.append(QJsonObject {
            { QStringLiteral("structure_id"), accepted.value(0).toString() },
            { QStringLiteral("version"), accepted.value(1).toString() },
            { QStringLiteral("at"),
              domain::instantToJson(fromStoredTime(accepted.value(2).toLongLong())) } });
    accepted.finish();
    const int mutations
        = m_storage
              .scalar(QStringLiteral("SELECT COUNT(*) FROM mutation_answers WHERE account_id = ?"),
                      { accountId })
              .toInt();

    return QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("account") },
        { QStringLiteral("exported_at"), domain::instantToJson(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("account"), account },
        { QStringLiteral("account_record"), record ? record->data : QJsonObject() },
        { QStringLiteral("sessions"), sessions },
        { QStringLiteral("sign_in_attempts"), attempts },
        { QStringLiteral("clients"), clients },
        { QStringLiteral("charter_acceptances"), charter },
        { QStringLiteral("mutations_sent"), mutations },
        { QStringLiteral("audit"), toArray(m_audit.about(accountId, {})) },
    };
}

domain::Result<QJsonObject> Administration::exportStaff(const QString &staffId) const
{
    const QString id = staffId.trimmed().toLower();
    const auto staff = m_records.get(entity::staff, id);
    if (!staff)
        return notFound(QStringLiteral("staff_id"), QStringLiteral("no staff member has this id"));
    QList<StoredRecord> proposals;
    for (const StoredRecord &proposal : m_records.list(entity::proposal)) {
        if (str(proposal.data, "staff_id") == id)
            proposals.append(proposal);
    }
    QList<StoredRecord> contracts;
    QList<StoredRecord> timeStamps;
    for (const StoredRecord &contract : m_records.list(entity::contract)) {
        if (str(contract.data, "staff_id") != id)
            continue;
        contracts.append(contract);
        timeStamps.append(m_records.list(entity::interventionRecord, contract.id));
    }
    return QJsonObject {
        { QStringLiteral("kind"), QStringLiteral("staff") },
        { QStringLiteral("exported_at"), domain::instantToJson(QDateTime::currentDateTimeUtc()) },
        { QStringLiteral("staff"), toArray(QList<StoredRecord> { *staff }).first() },
        { QStringLiteral("erased"), staff->deleted },
        { QStringLiteral("availability"), toArray(m_records.list(entity::availability, id)) },
        { QStringLiteral("proposals"), toArray(proposals) },
        { QStringLiteral("contracts"), toArray(contracts) },
        { QStringLiteral("intervention_records"), toArray(timeStamps) },
        { QStringLiteral("audit"), toArray(m_audit.about({}, id)) },
    };
}

void Administration::recordExport(const QJsonObject &exported) const
{
    const bool staff = exported.value(QStringLiteral("kind")).toString() == u"staff";
    const QJsonObject record = staff ? exported.value(QStringLiteral("staff"))
                                           .toObject()
                                           .value(QStringLiteral("data"))
                                           .toObject()
                                     : exported.value(QStringLiteral("account")).toObject();
    Transaction transaction(m_storage);
    m_audit.record(adminCaller(), QStringLiteral("export_person"),
                   (staff ? entity::staff : entity::account) + u'/'
                       + record.value(QStringLiteral("id")).toString(),
                   {}, record.value(QStringLiteral("structure_id")).toString());
    transaction.commit();
}

domain::Result<int> Administration::eraseStaff(const QString &staffId)
{
    const QString id = staffId.trimmed().toLower();
    int anonymised = 0;
    {
        Transaction transaction(m_storage);
        const auto staff = m_records.get(entity::staff, id);
        if (!staff)
            return notFound(QStringLiteral("staff_id"),
                            QStringLiteral("no staff member has this id"));
        QString pseudonym = str(staff->data, "pseudonym");
        if (pseudonym.isEmpty())
            pseudonym = QStringLiteral("Intervenant·e %1").arg(id.left(4).toUpper());
        QList<StoredRecord> contracts;
        for (const StoredRecord &contract : m_records.list(entity::contract)) {
            if (str(contract.data, "staff_id") != id)
                continue;
            if (str(contract.data, "status") != u"ended")
                return domain::Error {
                    QStringLiteral("staff_committed"), QStringLiteral("staff_id"),
                    QStringLiteral("contract %1 of this worker still runs (%2): end it first, the "
                                   "erasure keeps the history of ended contracts only")
                        .arg(str(contract.data, "number"), str(contract.data, "status"))
                };
            contracts.append(contract);
        }
        // History stays, without the name: the contract keeps a placeholder, the employee's
        // signature too (the structures' signatories are other people).
        const QString placeholder = erasedName(pseudonym);
        for (const StoredRecord &contract : std::as_const(contracts)) {
            QJsonObject data = contract.data;
            data.insert(QStringLiteral("staff_name"), placeholder);
            QJsonArray signatures = data.value(QStringLiteral("signatures")).toArray();
            for (qsizetype i = 0; i < signatures.size(); ++i) {
                QJsonObject signature = signatures.at(i).toObject();
                if (str(signature, "role") == u"employee") {
                    signature.insert(QStringLiteral("name"), placeholder);
                    signatures.replace(i, signature);
                }
            }
            data.insert(QStringLiteral("signatures"), signatures);
            m_records.save(entity::contract, data);
            ++anonymised;
        }
        for (const StoredRecord &slot : m_records.list(entity::availability, id))
            m_records.remove(entity::availability, slot.id);
        if (!staff->deleted)
            m_records.remove(entity::staff, id, { { QStringLiteral("pseudonym"), pseudonym } });
        else
            m_storage.exec(
                QStringLiteral("UPDATE records SET data = ? WHERE entity = 'staff' AND "
                               "id = ?"),
                { QString::fromUtf8(
                      QJsonDocument(
                          QJsonObject { { QStringLiteral("id"), id },
                                        { QStringLiteral("structure_id"), staff->structureId },
                                        { QStringLiteral("pseudonym"), pseudonym } })
                          .toJson(QJsonDocument::Compact)),
                  id });
        // The answers kept for replays may hold the worker's record: only their outcome stays.
        Rows answers = m_storage.exec(
            QStringLiteral("SELECT mutation_id, answer FROM mutation_answers WHERE answer LIKE ?"),
            { QString(u'%' + id + u'%') });
        QList<std::pair<QString, QJsonObject>> scrubbed;
        while (answers.next()) {
            QJsonObject answer
                = QJsonDocument::fromJson(answers.value(1).toString().toUtf8()).object();
            if (answer.value(QStringLiteral("record")).isObject()) {
                answer.insert(QStringLiteral("record"), QJsonValue());
                scrubbed.append({ answers.value(0).toString(), answer });
            }
        }
        answers.finish();
        for (const auto &[mutationId, answer] : std::as_const(scrubbed))
            m_storage.exec(
                QStringLiteral("UPDATE mutation_answers SET answer = ? WHERE mutation_id = ?"),
                { QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)),
                  mutationId });
        m_audit.record(adminCaller(), QStringLiteral("erase_staff"), entity::staff + u'/' + id,
                       { { QStringLiteral("pseudonym"), pseudonym },
                         { QStringLiteral("contracts_anonymised"), anonymised } },
                       staff->structureId);
        transaction.commit();
    }
    // Old row versions and free pages may still hold the erased text: overwrite them.
    try {
        if (m_storage.driver() == Storage::Driver::Sqlite) {
            m_storage.exec(QStringLiteral("VACUUM"));
            m_storage.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        } else {
            m_storage.exec(QStringLiteral("VACUUM records, mutation_answers"));
        }
    } catch (const DatabaseError &error) {
        qCWarning(lcAdmin) << "the erasure is committed, but the database could not be vacuumed:"
                           << error.message();
    }
    return anonymised;
}

} // namespace releve::server
