// What an account may see of a record (docs/protocol.md, "Records and visibility"): its own
// structure's records in full, other structures' shared records as public views without private
// fields, proposals and contracts only to their two parties. Change feed, mutation answers and
// candidates all go through here.
#pragma once

#include "caller.h"
#include "recordstore.h"

#include <QHash>

#include <optional>

namespace releve::server {

class Visibility
{
public:
    // structureDepartements (id → département) is needed only for a referent's view.
    explicit Visibility(const Caller &caller, QHash<QString, QString> structureDepartements = {});

    // The record as the caller may see it, or nullopt when it may not.
    std::optional<QJsonObject> project(const StoredRecord &record) const;

    // One element of the change feed ({"entity","id","version","deleted","data"}): the projected
    // record, a tombstone (deleted, or no longer visible after it was), or nullopt (never seen).
    std::optional<QJsonObject> change(const StoredRecord &record) const;

    // Whether a staff record's home and names may reach the caller (its own structure only).
    bool seesInFull(const StoredRecord &record) const;

private:
    bool isParty(const StoredRecord &record) const;
    bool followsDepartementOf(const QString &structureId) const;
    QJsonObject publicStaff(const QJsonObject &data) const;

    const Caller &m_caller;
    QHash<QString, QString> m_departements;
};

} // namespace releve::server
