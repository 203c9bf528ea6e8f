// Test support for the server suites: the real releve-server as a child process on a loopback
// port (tests/common/serverprocess.h) with a seeded temporary database, SQLite or PostgreSQL,
// and a small synchronous HTTP client (tests may block; production code never does).
#pragma once

#include "tests/common/serverprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

namespace releve::servertest {

struct HttpReply
{
    int status = 0; // 0: no answer (connection refused, timeout)
    QByteArray body;
    QJsonObject json;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QString error() const { return json.value(QStringLiteral("error")).toString(); }
    QString field() const { return json.value(QStringLiteral("field")).toString(); }
    // For failure messages.
    QByteArray describe() const { return QByteArray::number(status) + ' ' + body.left(2000); }
};

class HttpClient
{
public:
    explicit HttpClient(QUrl base = {})
        : m_base(std::move(base))
    { }

    void setBaseUrl(const QUrl &base) { m_base = base; }
    // Trusts this certificate (a test's self-signed one) for HTTPS.
    void trust(const QList<QSslCertificate> &certificates) { m_trusted = certificates; }
    void setToken(const QString &token) { m_token = token; }
    QString token() const { return m_token; }

    HttpReply get(const QString &path, const QList<std::pair<QString, QString>> &query = {})
    {
        QUrl url = m_base.resolved(QUrl(path));
        QUrlQuery items;
        for (const auto &[key, value] : query)
            items.addQueryItem(key, value);
        if (!query.isEmpty())
            url.setQuery(items);
        return wait(m_network.get(request(url)));
    }
    HttpReply post(const QString &path, const QJsonObject &body)
    {
        return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    }
    HttpReply postRaw(const QString &path, const QByteArray &body)
    {
        QNetworkRequest r = request(m_base.resolved(QUrl(path)));
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        return wait(m_network.post(r, body));
    }
    HttpReply send(const QByteArray &verb, const QString &path)
    {
        return wait(m_network.sendCustomRequest(request(m_base.resolved(QUrl(path))), verb));
    }

private:
    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        r.setTransferTimeout(60000);
        if (!m_trusted.isEmpty()) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            tls.setCaCertificates(m_trusted);
            r.setSslConfiguration(tls);
        }
        if (!m_token.isEmpty())
            r.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_token.toLatin1());
        return r;
    }
    static HttpReply wait(QNetworkReply *reply)
    {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(90000, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpReply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.json = QJsonDocument::fromJson(result.body).object();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_token;
    QList<QSslCertificate> m_trusted;
};

// A seeded database and the server serving it. The database is a temporary SQLite file, or,
// when RELEVE_TEST_STORAGE=postgres, a new database on the PostgreSQL server of
// RELEVE_TEST_POSTGRES (scripts/run-tests.sh starts one), dropped at the end.
class TestServer
{
public:
    TestServer()
    {
        m_dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
        m_dbSpec = m_dbPath;
        if (usesPostgres())
            m_dbSpec = createPostgresDatabase();
    }
    // Another server process on the database of an existing one (two processes, one database).
    struct SameDatabase
    {
    };
    TestServer(const TestServer &shared, SameDatabase)
        : m_dbPath(shared.m_dbPath)
        , m_dbSpec(shared.m_dbSpec)
        , m_accounts(shared.m_accounts)
        , m_sharesDatabase(true)
    { }
    ~TestServer()
    {
        stop();
        if (usesPostgres() && !m_dbSpec.isEmpty() && !m_sharesDatabase)
            dropPostgresDatabase();
    }

    static bool usesPostgres()
    {
        return qEnvironmentVariable("RELEVE_TEST_STORAGE") == u"postgres";
    }
    // False when PostgreSQL was asked for but is not there (the suite then skips).
    bool isAvailable() const { return !m_dbSpec.isEmpty(); }
    // What `--db` is given: the SQLite file or the postgresql:// URL.
    QString databaseSpec() const { return m_dbSpec; }
    // The SQLite file (only meaningful without PostgreSQL).
    QString databasePath() const { return m_dbPath; }
    QString directory() const { return m_dir.path(); }
    QUrl url() const { return m_url; }
    const QJsonArray &accounts() const { return m_accounts; }
    QString lastError() const { return m_lastError; }

    // Runs a releve-server command to its end; returns its exit code (-1 if it did not finish).
    int run(const QStringList &arguments, QByteArray *output = nullptr,
            QByteArray *errors = nullptr,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(RELEVE_SERVER_EXE), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (output)
            *output = process.readAllStandardOutput();
        const QByteArray stderrText = process.readAllStandardError();
        if (errors)
            *errors = stderrText;
        m_lastError = QString::fromUtf8(stderrText);
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    bool seed()
    {
        const QString accountsPath = m_dir.filePath(QStringLiteral("accounts.json"));
        if (run({ QStringLiteral("seed-demo"), QStringLiteral("--db"), m_dbSpec,
                  QStringLiteral("--accounts-json"), accountsPath })
            != 0)
            return false;
        QFile file(accountsPath);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        m_accounts = QJsonDocument::fromJson(file.readAll()).array();
        return !m_accounts.isEmpty();
    }

    // Starts `serve` on 127.0.0.1, port 0, and waits for its "Listening on" line. The server's
    // logs go to the test's own stderr.
    bool start(const QStringList &extraArguments = {})
    {
        m_process.setDatabase(m_dbSpec);
        m_process.forwardErrors();
        if (!m_process.start(0, extraArguments)) {
            m_lastError = m_process.lastError();
            return false;
        }
        m_url = m_process.url();
        return true;
    }
    // Seeds the demo data, then starts `serve` (lastError() says what failed).
    bool seedAndStart(const QStringList &extraArguments = {})
    {
        return seed() && start(extraArguments);
    }
    QString listeningLine() const { return m_process.listeningLine(); }
    bool isRunning() const { return m_process.isRunning(); }
    void stop() { m_process.stop(); }

    QJsonObject account(const QString &login) const
    {
        for (const QJsonValue &value : m_accounts) {
            if (value[QStringLiteral("login")].toString() == login)
                return value.toObject();
        }
        return {};
    }
    QString structureOf(const QString &login) const
    {
        return account(login)[QStringLiteral("structure_id")].toString();
    }

    // A client signed in as login (empty token when sign-in failed).
    std::unique_ptr<HttpClient> signIn(const QString &login, QJsonObject *session = nullptr)
    {
        auto client = std::make_unique<HttpClient>(m_url);
        const HttpReply reply = client->post(
            QStringLiteral("/v1/auth/login"),
            { { QStringLiteral("login"), login },
              { QStringLiteral("password"), account(login)[QStringLiteral("password")] } });
        client->setToken(reply.json.value(QStringLiteral("access_token")).toString());
        if (session)
            *session = reply.json;
        return client;
    }

    // Runs a statement directly on the server's database (SQLite or PostgreSQL): stored state for
    // assertions. Returns the rows, or nullopt when the statement failed.
    std::optional<QList<QVariantList>> sql(const QString &statement,
                                           const QVariantList &values = {}) const
    {
        const QString name = QStringLiteral("test-fixture-sql");
        std::optional<QList<QVariantList>> rows;
        {
            QSqlDatabase db;
            if (usesPostgres()) {
                const QUrl url(m_dbSpec);
                db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                db.setHostName(url.host());
                db.setPort(url.port(5432));
                db.setUserName(url.userName());
                db.setPassword(url.password());
                db.setDatabaseName(url.path().mid(1));
            } else {
                db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(m_dbPath);
                db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            }
            if (db.open()) {
                QSqlQuery query(db);
                query.prepare(statement);
                for (const QVariant &value : values)
                    query.addBindValue(value);
                if (query.exec()) {
                    rows.emplace();
                    while (query.next()) {
                        QVariantList row;
                        for (int i = 0; i < query.record().count(); ++i)
                            row.append(query.value(i));
                        rows->append(row);
                    }
                } else {
                    qWarning("sql failed: %s", qPrintable(query.lastError().text()));
                }
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return rows;
    }
    // The data of the live records of an entity, in seq order.
    QList<QJsonObject> storedRecords(const QString &entity) const
    {
        QList<QJsonObject> records;
        const auto rows
            = sql(QStringLiteral(
                      "SELECT data FROM records WHERE entity = ? AND deleted = 0 ORDER BY seq"),
                  { entity });
        for (const QVariantList &row : rows.value_or(QList<QVariantList>()))
            records.append(QJsonDocument::fromJson(row.at(0).toString().toUtf8()).object());
        return records;
    }

private:
    // Runs one statement on the PostgreSQL server's maintenance database.
    static bool postgresAdmin(const QString &statement)
    {
        const QUrl url(qEnvironmentVariable("RELEVE_TEST_POSTGRES"));
        if (!url.isValid() || url.host().isEmpty())
            return false;
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"),
                                                        QStringLiteral("test-fixture-admin"));
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
            ok = db.open() && QSqlQuery(db).exec(statement);
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("test-fixture-admin"));
        return ok;
    }
    QString createPostgresDatabase()
    {
        m_pgName
            = QStringLiteral("releve_test_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        if (!postgresAdmin(QStringLiteral("CREATE DATABASE ") + m_pgName))
            return {};
        QUrl url(qEnvironmentVariable("RELEVE_TEST_POSTGRES"));
        url.setPath(u'/' + m_pgName);
        return url.toString();
    }
    void dropPostgresDatabase()
    {
        postgresAdmin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    QString m_dbSpec;
    QString m_pgName;
    testing::ServerProcess m_process; // `serve`
    QUrl m_url;
    QJsonArray m_accounts;
    QString m_lastError;
    bool m_sharesDatabase = false;
};

// Pulls the whole change feed from a cursor; the raw bytes of every page are appended to raw.
inline QJsonArray pullAll(HttpClient &client, QString *cursor = nullptr, QByteArray *raw = nullptr,
                          int limit = 1000)
{
    QJsonArray all;
    QString since = cursor ? *cursor : QString();
    for (int page = 0; page < 1000; ++page) {
        const HttpReply reply = client.get(QStringLiteral("/v1/changes"),
                                           { { QStringLiteral("since"), since },
                                             { QStringLiteral("limit"), QString::number(limit) } });
        if (reply.status != 200)
            return {};
        if (raw)
            *raw += reply.body;
        for (const QJsonValue &change : reply.json[QStringLiteral("changes")].toArray())
            all.append(change);
        since = reply.json[QStringLiteral("cursor")].toString();
        if (!reply.json[QStringLiteral("has_more")].toBool())
            break;
    }
    if (cursor)
        *cursor = since;
    return all;
}

// The latest state of each record of a feed, by "<entity>/<id>".
inline QHash<QString, QJsonObject> latestRecords(const QJsonArray &changes)
{
    QHash<QString, QJsonObject> records;
    for (const QJsonValue &value : changes) {
        const QJsonObject change = value.toObject();
        records.insert(change[QStringLiteral("entity")].toString() + u'/'
                           + change[QStringLiteral("id")].toString(),
                       change);
    }
    return records;
}

inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace releve::servertest
