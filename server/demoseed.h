// `releve-server seed-demo`: the Creuse (23) demo territory — four home-care agencies, an
// EHPAD and the département, 44 staff with four weeks of weekly availability from today, a few
// published requests and a draft, and one account per role. Deterministic but for ids and times.
// With history (seed-demo --history), also six months of past replacements between the agencies
// (filled or not, contracts, hours done), so that the dashboard has figures to show.
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

    void setHistory(bool history) { m_history = history; }

    // Seeds an empty database; returns the accounts as [{login, password, role, structure_id,
    // structure_name}], or the reason it could not.
    domain::Result<QJsonArray> run(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Storage &m_storage;
    bool m_history = false;
};

} // namespace releve::server
