#include "charter.h"

#include "core/domain/jsonreader.h"

#include <QDateTime>
#include <QFile>

namespace releve::server {

QString Charter::currentVersion()
{
    return QStringLiteral("v1");
}

QString Charter::text()
{
    QFile file(QStringLiteral(":/releve-server/charter/charte_%1_fr.md").arg(currentVersion()));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

bool Charter::isAccepted(const QString &structureId) const
{
    return m_storage
               .scalar(QStringLiteral("SELECT COUNT(*) FROM charter_acceptances WHERE "
                                      "structure_id = ? AND version = ?"),
                       { structureId, currentVersion() })
               .toInt()
        > 0;
}

ApiReply Charter::describe(const Caller &caller) const
{
    QJsonObject body { { QStringLiteral("version"), currentVersion() },
                       { QStringLiteral("language"), QStringLiteral("fr") },
                       { QStringLiteral("format"), QStringLiteral("text/markdown") },
                       { QStringLiteral("text"), text() } };
    Rows query = m_storage.exec(
        QStringLiteral("SELECT login, at FROM charter_acceptances WHERE structure_id = ? AND "
                       "version = ?"),
        { caller.structureId, currentVersion() });
    if (query.next()) {
        body.insert(QStringLiteral("accepted"), true);
        body.insert(QStringLiteral("accepted_by"), query.value(0).toString());
        body.insert(QStringLiteral("accepted_at"),
                    domain::instantToJson(fromStoredTime(query.value(1).toLongLong())));
    } else {
        body.insert(QStringLiteral("accepted"), false);
    }
    return body;
}

void Charter::recordAcceptance(const QString &structureId, const QString &accountId,
                               const QString &login) const
{
    m_storage.exec(
        QStringLiteral("INSERT INTO charter_acceptances (structure_id, version, "
                       "account_id, login, at) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                       "(structure_id, version) DO NOTHING"),
        { structureId, currentVersion(), accountId, login, QDateTime::currentMSecsSinceEpoch() });
}

MutationAnswer Charter::notAccepted()
{
    return MutationAnswer::rejected(
        QStringLiteral("charter_not_accepted"),
        QStringLiteral("your structure has not accepted the platform's quality charter (%1): read "
                       "it (GET /v1/charter) and accept it (command accept_charter) before "
                       "publishing a request or proposing staff")
            .arg(currentVersion()),
        QStringLiteral("charter"));
}

} // namespace releve::server
