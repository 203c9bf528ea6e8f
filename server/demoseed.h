// `releve-server seed-demo`: the Creuse (23) demo territory — four home-care agencies, an
// EHPAD and the département, 44 staff with four weeks of weekly availability from today, a few
// published requests and a draft, and one account per role. Deterministic but for ids and times.
#pragma once

#include "storage.h"

#include <QDateTime>
#include <QJsonArray>

namespace releve::server {

class DemoSeed
{
public:
    explicit DemoSeed(Storage &storage)
        : m_storage(storage)
    { }

    // Seeds an empty database; returns the accounts as [{login, password, role, structure_id,
    // structure_name}], or the reason it could not.
    domain::Result<QJsonArray> run(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Storage &m_storage;
};

} // namespace releve::server
