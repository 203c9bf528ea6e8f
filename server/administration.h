// What `releve-server admin` does beyond creating structures and accounts: disabling a structure
// or an account, exporting everything held about a person (GDPR art. 15) and erasing a staff
// member's personal data while keeping an anonymised history (GDPR art. 17).
#pragma once

#include "auditlog.h"
#include "recordstore.h"

namespace releve::server {

class Administration
{
public:
    explicit Administration(const Storage &storage);

    // Disables every account of the structure (signed out at once), stops lending its staff (other
    // structures get tombstones) and records why. Own transaction.
    domain::Result<int> disableStructure(const QString &structureId, const QString &reason);
    // Disables an account and ends its sign-ins. Own transaction.
    domain::Result<bool> disableAccount(const QString &login);

    // Everything held about an account (by login) or a staff member (by id), as one JSON object.
    domain::Result<QJsonObject> exportAccount(const QString &login) const;
    domain::Result<QJsonObject> exportStaff(const QString &staffId) const;
    // Records in the audit log that an export was made (own transaction).
    void recordExport(const QJsonObject &exported) const;

    // Erases a staff member's name, phone, home and slots; the staff record becomes a tombstone
    // that keeps the pseudonym, contracts keep a placeholder name. Refused while a contract of the
    // worker still runs. Returns how many contracts were anonymised. Own transaction, then the
    // freed pages are overwritten (SQLite VACUUM, PostgreSQL VACUUM of the tables concerned).
    domain::Result<int> eraseStaff(const QString &staffId);

    static QString erasedName(const QString &pseudonym);

private:
    Caller adminCaller() const;

    const Storage &m_storage;
    RecordStore m_records;
    AuditLog m_audit;
};

} // namespace releve::server
