#include "changefeed.h"

#include "visibility.h"

#include "core/domain/entity.h"

#include <QJsonArray>

namespace releve::server {

QString ChangeFeed::cursor(const QString &epoch, qint64 seq)
{
    return epoch + u'.' + QString::number(seq);
}

ApiReply ChangeFeed::changes(const Caller &caller, const QString &since,
                             const QString &limitText) const
{
    int limit = defaultLimit;
    if (!limitText.isEmpty()) {
        bool ok = false;
        limit = limitText.toInt(&ok);
        if (!ok || limit < 1)
            return ApiError::badRequest(
                QStringLiteral("invalid_value"),
                QStringLiteral("limit must be a whole number from 1 to %1").arg(maxLimit),
                QStringLiteral("limit"));
        limit = std::min(limit, maxLimit);
    }

    const QString epoch = m_storage.epoch();
    const auto resetRequired = [](const QString &why) {
        return ApiError { 410, QStringLiteral("reset_required"),
                          why
                              + QStringLiteral(
                                  " Fetch everything again from an empty cursor; keep "
                                  "your pending changes (outbox), they are still sent."),
                          QStringLiteral("since"), 0 };
    };
    qint64 afterSeq = 0;
    if (!since.isEmpty()) {
        const qsizetype dot = since.lastIndexOf(u'.');
        bool ok = false;
        afterSeq = dot > 0 ? since.mid(dot + 1).toLongLong(&ok) : -1;
        if (!ok || afterSeq < 0)
            return ApiError::badRequest(QStringLiteral("invalid_value"),
                                        QStringLiteral("since must be a cursor returned by this "
                                                       "route, or empty"),
                                        QStringLiteral("since"));
        if (since.left(dot) != epoch)
            return resetRequired(QStringLiteral("This cursor comes from another copy of the "
                                                "server's database (restored from a backup)."));
        if (afterSeq < m_storage.meta(QStringLiteral("tombstone_horizon")).toLongLong())
            return resetRequired(QStringLiteral("This cursor is older than the deletions the "
                                                "server keeps (90 days)."));
        if (afterSeq > m_storage.currentSeq())
            return resetRequired(QStringLiteral("This cursor is ahead of the server's database "
                                                "(restored from a backup)."));
    }

    QHash<QString, QString> departements;
    if (caller.isReferent()) {
        for (const StoredRecord &structure : m_records.list(domain::entity::structure))
            departements.insert(structure.id,
                                structure.data.value(QStringLiteral("departement")).toString());
    }
    const Visibility visibility(caller, departements);
    // Referents and admins see beyond their structure's rows: filter in C++ only.
    const QString filter = caller.isReferent() || caller.isAdmin() ? QString() : caller.structureId;

    // has_more says a row follows the page (it may turn out to be invisible: then the next page
    // is empty and says has_more false).
    QJsonArray changes;
    qint64 last = afterSeq;
    bool more = false;
    const int batch = limit + 1;
    for (bool done = false; !done;) {
        const QList<StoredRecord> rows = m_records.changesAfter(last, batch, filter);
        for (const StoredRecord &row : rows) {
            if (changes.size() == limit) {
                more = true;
                break;
            }
            last = row.seq;
            if (const auto change = visibility.change(row))
                changes.append(*change);
        }
        done = more || rows.size() < batch;
    }
    return QJsonObject { { QStringLiteral("changes"), changes },
                         { QStringLiteral("cursor"), cursor(epoch, last) },
                         { QStringLiteral("has_more"), more } };
}

} // namespace releve::server
