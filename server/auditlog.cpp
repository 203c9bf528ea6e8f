#include "auditlog.h"

#include "core/domain/jsonreader.h"

#include <QDateTime>
#include <QJsonDocument>

namespace releve::server {

void AuditLog::record(const Caller &caller, const QString &action, const QString &subject,
                      const QJsonObject &details) const
{
    m_storage.exec(
        QStringLiteral("INSERT INTO audit_log (id, at, account_id, structure_id, action, "
                       "subject, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        { domain::newId(), QDateTime::currentMSecsSinceEpoch(), caller.accountId,
          caller.structureId, action, subject,
          QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)) });
}

QList<QJsonObject> AuditLog::latest(int count, const QString &action) const
{
    QSqlQuery query = action.isEmpty()
        ? m_storage.exec(QStringLiteral("SELECT at, account_id, structure_id, action, subject, "
                                        "details FROM audit_log ORDER BY at DESC LIMIT ?"),
                         { count })
        : m_storage.exec(QStringLiteral("SELECT at, account_id, structure_id, action, subject, "
                                        "details FROM audit_log WHERE action = ? ORDER BY at "
                                        "DESC LIMIT ?"),
                         { action, count });
    QList<QJsonObject> entries;
    while (query.next()) {
        entries.append(QJsonObject {
            { QStringLiteral("at"),
              domain::instantToJson(fromStoredTime(query.value(0).toLongLong())) },
            { QStringLiteral("account_id"), query.value(1).toString() },
            { QStringLiteral("structure_id"), query.value(2).toString() },
            { QStringLiteral("action"), query.value(3).toString() },
            { QStringLiteral("subject"), query.value(4).toString() },
            { QStringLiteral("details"),
              QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object() } });
    }
    return entries;
}

} // namespace releve::server
