// GET /v1/changes: the records an account may see that changed after a cursor, in the order the
// server assigned inside its write transactions (docs/protocol.md, "Cursor").
#pragma once

#include "apierror.h"
#include "auditlog.h"
#include "caller.h"
#include "recordstore.h"

namespace releve::server {

class ChangeFeed
{
public:
    static constexpr int defaultLimit = 500;
    static constexpr int maxLimit = 1000;

    explicit ChangeFeed(const Storage &storage)
        : m_storage(storage)
        , m_records(storage)
        , m_audit(storage)
    { }

    // since: "<epoch>.<seq>" or empty; limitText: empty for the default.
    ApiReply changes(const Caller &caller, const QString &since, const QString &limitText) const;

    static QString cursor(const QString &epoch, qint64 seq);

private:
    struct FeedState
    {
        QString epoch;
        qint64 horizon = 0;
        qint64 currentSeq = 0;
    };
    FeedState feedState() const;
    qint64 remainingAfter(qint64 afterSeq, qint64 currentSeq, const QString &structureFilter,
                          int limit) const;

    const Storage &m_storage;
    RecordStore m_records;
    AuditLog m_audit;
};

} // namespace releve::server
