// releve-server (server/): the shared server — REST API, storage (SQLite by default,
// PostgreSQL), auth, change feed, matching service and the admin command line.
// This header opens the database (a file path or a postgresql:// URL), gives each thread its own
// connection, runs the numbered migrations and offers the write transaction with its `seq` counter.
// Every SQL statement is written for both SQLite and PostgreSQL; what differs lives in storage.cpp.
#pragma once

#include "core/domain/error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>

#include <stdexcept>

namespace releve::server {

// A database failure (connection lost, disk full, lock timeout): temporary by nature, so the HTTP
// layer answers 503 with Retry-After. Thrown and caught inside the server only.
class DatabaseError : public std::runtime_error
{
public:
    explicit DatabaseError(const QString &message)
        : std::runtime_error(message.toStdString())
    { }
    QString message() const { return QString::fromStdString(what()); }
};

// The rows of a statement (a QSqlQuery, read forward). On PostgreSQL the statement goes back to
// its thread's cache of prepared statements when the rows are destroyed.
class Rows
{
public:
    using GiveBack = std::function<void(QSqlQuery &&)>;
    explicit Rows(QSqlQuery query, GiveBack giveBack = {})
        : m_query(std::move(query))
        , m_giveBack(std::move(giveBack))
    { }
    Rows(Rows &&other) noexcept
        : m_query(std::move(other.m_query))
        , m_giveBack(std::exchange(other.m_giveBack, {}))
    { }
    Rows &operator=(Rows &&) = delete;
    Rows(const Rows &) = delete;
    ~Rows()
    {
        if (m_giveBack)
            m_giveBack(std::move(m_query));
    }

    bool next() { return m_query.next(); }
    QVariant value(int index) const { return m_query.value(index); }
    void finish() { m_query.finish(); }
    operator const QSqlQuery &() const { return m_query; }

private:
    QSqlQuery m_query;
    GiveBack m_giveBack;
};

class Storage
{
public:
    enum class Driver { Sqlite, Postgres };
    static constexpr int schemaVersion = 2;

    // spec: a file path (SQLite) or postgresql://user:password@host:port/database.
    explicit Storage(QString spec);
    ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // Connects and migrates to schemaVersion; an error says what failed and what to do.
    domain::Result<bool> open();
    Driver driver() const { return m_driver; }
    // This thread's connection (one per thread, opened on first use).
    QSqlDatabase database() const;

    // Prepares, binds and runs a statement; throws DatabaseError on failure. A null QString is
    // bound as '' (no column takes NULL).
    Rows exec(const QString &sql, const QVariantList &values = {}) const;
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

    // Write transactions (SQLite: BEGIN IMMEDIATE, so writers queue at the start).
    void begin() const;
    void commit() const;
    void rollback() const;

    // Inside a write transaction: the next value of the global change order. The counter row stays
    // locked until commit, so commit order equals seq order (PostgreSQL included).
    qint64 nextSeq() const;
    // Inside a write transaction: the next value of a named counter (contract numbers per year).
    qint64 nextCounter(const QString &name) const;
    qint64 currentSeq() const;

    QString meta(const QString &name) const;
    void setMeta(const QString &name, const QString &value) const;
    // The random id made when the database was created; a restored backup gets a new one
    // (releve-server admin rotate-epoch) so that clients re-fetch everything.
    QString epoch() const;
    void rotateEpoch() const;

private:
    domain::Result<bool> configure(QSqlDatabase &db) const;
    void migrate(int fromVersion) const;

    QString m_spec;
    Driver m_driver = Driver::Sqlite;
    QString m_connectionPrefix;
};

// A write transaction that rolls back unless committed (exceptions included).
class Transaction
{
public:
    explicit Transaction(const Storage &storage)
        : m_storage(storage)
    {
        m_storage.begin();
    }
    ~Transaction()
    {
        if (!m_done) {
            try {
                m_storage.rollback();
            } catch (const DatabaseError &) {
                // The connection is gone: nothing was committed, nothing to undo.
            }
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit()
    {
        m_storage.commit();
        m_done = true;
    }

private:
    const Storage &m_storage;
    bool m_done = false;
};

// Milliseconds since the epoch, UTC: how instants are stored (portable across drivers).
qint64 toStoredTime(const QDateTime &instant);
QDateTime fromStoredTime(qint64 ms);

} // namespace releve::server
