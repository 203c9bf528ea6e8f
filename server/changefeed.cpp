#include "changefeed.h"

#include "requestdecoder.h"
#include "visibility.h"

#include "core/domain/entity.h"

#include <QJsonArray>

#include <algorithm>

namespace releve::server {

QString ChangeFeed::cursor(const QString &epoch, qint64 seq)
{
    return epoch + u'.' + QString::number(seq);
}

ChangeFeed::FeedState ChangeFeed::feedState() const
{
    // One round trip for what every poll checks.
    Rows query = m_storage.exec(QStringLiteral(
        "SELECT (SELECT value FROM meta WHERE name = 'epoch'), (SELECT value FROM meta WHERE name "
        "= 'tombstone_horizon'), (SELECT value FROM counters WHERE name = 'seq')"));
    FeedState state;
    if (query.next()) {
        state.epoch = query.value(0).toString();
        state.horizon = query.value(1).toString().toLongLong();
        state.currentSeq = query.value(2).toLongLong();
    }
    return state;
}

ApiReply ChangeFeed::changes(const Caller &caller, const QString &since,
                             const QString &limitText) const
{
    const auto limitValue = decode::limit(limitText, defaultLimit, maxLimit);
    if (const auto *error = std::get_if<ApiError>(&limitValue))
        return *error;
    const int limit = std::get<int>(limitValue);
    const auto decoded = decode::cursor(since);
    if (const auto *error = std::get_if<ApiError>(&decoded))
        return *error;
    const decode::Cursor from = std::get<decode::Cursor>(decoded);

    const FeedState state = caller.feed.epoch.isEmpty()
        ? feedState()
        : FeedState { caller.feed.epoch, caller.feed.horizon, caller.feed.seq };
    const auto resetRequired = [](const QString &why) {
        return ApiError { 410, QStringLiteral("reset_required"),
                          why
                              + QStringLiteral(
                                  " Fetch everything again from an empty cursor; keep "
                                  "your pending changes (outbox), they are still sent."),
                          QStringLiteral("since"), 0 };
    };
    const qint64 afterSeq = from.seq;
    const QString &epoch = state.epoch;
    if (!since.isEmpty()) {
        if (from.epoch != epoch)
            return resetRequired(QStringLiteral("This cursor comes from another copy of the "
                                                "server's database (restored from a backup)."));
        if (afterSeq < state.horizon)
            return resetRequired(QStringLiteral("This cursor is older than the deletions the "
                                                "server keeps (90 days)."));
        if (afterSeq > state.currentSeq)
            return resetRequired(QStringLiteral("This cursor is ahead of the server's database "
                                                "(restored from a backup)."));
    }
    // Up to date: commit order is seq order, so nothing can follow the last committed seq.
    if (!since.isEmpty() && afterSeq == state.currentSeq)
        return QJsonObject { { QStringLiteral("changes"), QJsonArray() },
                             { QStringLiteral("cursor"), since },
                             { QStringLiteral("has_more"), false },
                             { QStringLiteral("remaining"), 0 },
                             { QStringLiteral("remaining_is_estimate"), false } };

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
    QList<StoredRecord> contractsRead;
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
            if (const auto change = visibility.change(row)) {
                changes.append(*change);
                // The worker's name reaches the user structure on the contract: an access to
                // personal data by another structure, kept in the audit log (DESIGN.md).
                if (row.entity == domain::entity::contract && !row.deleted
                    && row.structureId != caller.structureId)
                    contractsRead.append(row);
            }
        }
        done = more || rows.size() < batch;
    }
    if (!contractsRead.isEmpty()) {
        Transaction transaction(m_storage);
        for (const StoredRecord &contract : std::as_const(contractsRead))
            m_audit.recordAccess(caller, contract, QStringLiteral("changes"));
        transaction.commit();
    }
    // How much follows, for the clients' progress bars: the rows after the page that the
    // caller's filter selects. Visibility may still turn some into nothing, so it is an upper
    // bound, flagged as an estimate; 0 is exact.
    const qint64 remaining = more ? remainingAfter(last, state.currentSeq, filter, limit) : 0;
    return QJsonObject { { QStringLiteral("changes"), changes },
                         { QStringLiteral("cursor"), cursor(epoch, last) },
                         { QStringLiteral("has_more"), more },
                         { QStringLiteral("remaining"), remaining },
                         { QStringLiteral("remaining_is_estimate"), remaining > 0 } };
}

qint64 ChangeFeed::remainingAfter(qint64 afterSeq, qint64 currentSeq,
                                  const QString &structureFilter, int limit) const
{
    // The same selection as RecordStore::changesAfter(), counted over a bounded window: counting
    // everything after every page would make a long first sync quadratic. Past the window, the
    // rest is extrapolated from the window's density of selected rows per seq.
    const qint64 window = std::max(2000, 4 * limit);
    Rows query = structureFilter.isEmpty()
        ? m_storage.exec(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM (SELECT seq "
                                        "FROM records WHERE seq > ? ORDER BY seq LIMIT ?) w"),
                         { afterSeq, window })
        : m_storage.exec(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM (SELECT seq "
                                        "FROM records WHERE seq > ? AND (entity = 'structure' OR "
                                        "structure_id = ? OR party_id = ? OR exposed = 1) "
                                        "ORDER BY seq LIMIT ?) w"),
                         { afterSeq, structureFilter, structureFilter, window });
    if (!query.next())
        return 0;
    const qint64 counted = query.value(0).toLongLong();
    const qint64 lastCounted = query.value(1).toLongLong();
    if (counted < window || lastCounted <= afterSeq || currentSeq <= lastCounted)
        return counted;
    return counted + (currentSeq - lastCounted) * counted / (lastCounted - afterSeq);
}

} // namespace releve::server
