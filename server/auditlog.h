// The audit log: who did what to which record, and every ranking with its inputs, so that the
// platform's neutrality and each access by another structure can be checked afterwards
// (DESIGN.md, "Matching" and "Personal data").
#pragma once

#include "caller.h"
#include "storage.h"

namespace releve::server {

class AuditLog
{
public:
    explicit AuditLog(const Storage &storage)
        : m_storage(storage)
    { }

    // Inside a write transaction. subject: "<entity>/<id>".
    void record(const Caller &caller, const QString &action, const QString &subject,
                const QJsonObject &details = {}) const;
    // The most recent entries first (admin command line, tests).
    QList<QJsonObject> latest(int count, const QString &action = {}) const;

private:
    const Storage &m_storage;
};

} // namespace releve::server
