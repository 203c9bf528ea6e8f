// GET /v1/requests/{id}/candidates: the neutral ranking of core/matching over every structure's
// staff, slots and contracted interventions, shown to the requester only and recorded with its
// inputs in the audit log (DESIGN.md, "Matching").
//
// The index of staff, slots and commitments (matching::MatchIndex) is built once per data
// version (the storage's epoch and `seq`) and shared by the rankings until a record changes.
// Each ranking adds what depends on the request and the time: the recent load of each worker,
// the workers who already came to the beneficiary, and, when a routing server is configured
// (serve --osrm-url), road travel times from its `table` service, cached in memory.
#pragma once

#include "apierror.h"
#include "auditlog.h"
#include "caller.h"
#include "recordstore.h"

#include "core/matching/matchindex.h"

#include <QMutex>
#include <QUrl>

#include <chrono>
#include <memory>

namespace releve::server {

// Where the server measures travel.
struct RoutingSettings
{
    QUrl osrmUrl; // an OSRM-compatible server's root; empty: the straight-line model only
    QString profile = QStringLiteral("driving");
    std::chrono::milliseconds timeout { 5000 }; // per request to the routing server
};

// Process-wide: set by `releve-server serve` before it starts serving, read when a
// CandidateService is made.
void setRoutingSettings(const RoutingSettings &settings);
RoutingSettings routingSettings();

class CandidateService
{
public:
    explicit CandidateService(const Storage &storage);
    ~CandidateService();

    ApiReply candidates(const Caller &caller, const QString &requestId, bool includeOwnStaff);

private:
    struct Snapshot;
    class Router;

    // The matching data of the storage's current version: the one kept when the version has not
    // changed (*reused = true), else read and indexed anew.
    std::shared_ptr<const Snapshot> snapshot(bool *reused);
    std::shared_ptr<const Snapshot> readSnapshot(const QString &epoch, qint64 seq) const;

    const Storage &m_storage;
    RecordStore m_records;
    AuditLog m_audit;
    QMutex m_mutex; // guards m_snapshot
    QMutex m_building; // one snapshot built at a time
    std::shared_ptr<const Snapshot> m_snapshot;
    std::unique_ptr<Router> m_router; // nullptr without a routing server
};

} // namespace releve::server
