// Starts the real releve-server for a test: seeds a demo database, serves it on a loopback
// port, and stops (or kills) it on demand. Shared by the integration, sync and GUI suites, and
// under the server suites' TestServer (tests/server/serverfixture.h), which adds PostgreSQL and
// an HTTP client.
#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

namespace releve::testing {

class ServerProcess
{
public:
    explicit ServerProcess(QString executable = QStringLiteral(RELEVE_SERVER_EXE))
        : m_executable(std::move(executable))
    {
        m_dbPath = m_dir.filePath(QStringLiteral("server.sqlite"));
    }
    ~ServerProcess() { stop(); }

    QString databasePath() const { return m_dbPath; }
    // What `serve` is given as --db instead of the SQLite file of its own folder (another file,
    // or a postgresql:// URL).
    void setDatabase(const QString &spec) { m_dbPath = spec; }
    // The server's log goes to the test's own stderr instead of being kept for lastError(), so
    // a long run never fills a pipe.
    void forwardErrors() { m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel); }

    // Runs `seed-demo` and returns the accounts it wrote (login, password, role, structure_id,
    // structure_name); empty on failure, with the reason in lastError().
    QJsonArray seedDemo()
    {
        const QString accountsPath = m_dir.filePath(QStringLiteral("accounts.json"));
        QProcess seed;
        seed.start(m_executable,
                   { QStringLiteral("seed-demo"), QStringLiteral("--db"), m_dbPath,
                     QStringLiteral("--accounts-json"), accountsPath });
        if (!seed.waitForFinished(60000) || seed.exitCode() != 0) {
            m_lastError = QString::fromUtf8(seed.readAllStandardError());
            return {};
        }
        QFile file(accountsPath);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).array();
    }

    // Starts `serve` on the given port (0 = any free one) and waits for its "Listening on" line.
    bool start(quint16 port = 0, const QStringList &extraArguments = {})
    {
        m_process.start(m_executable,
                        QStringList { QStringLiteral("serve"), QStringLiteral("--db"), m_dbPath,
                                      QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(port) }
                            + extraArguments);
        static const QRegularExpression listening(
            QStringLiteral("^Listening on (https?://127\\.0\\.0\\.1:\\d+)\\r?\\n"),
            QRegularExpression::MultilineOption);
        QString output;
        for (int i = 0; i < 300; ++i) {
            if (!m_process.waitForReadyRead(100) && m_process.state() == QProcess::NotRunning)
                break;
            output += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto match = listening.match(output);
            if (match.hasMatch()) {
                m_listeningLine = match.captured(0).trimmed();
                m_url = QUrl(match.captured(1));
                return true;
            }
        }
        m_lastError = QStringLiteral("no \"Listening on\" line; output: ") + output
            + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    QString listeningLine() const { return m_listeningLine; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl url() const { return m_url; }
    quint16 port() const { return quint16(m_url.port()); }
    QString lastError() const { return m_lastError; }

    static QJsonObject account(const QJsonArray &accounts, const QString &role, int index = 0)
    {
        int seen = 0;
        for (const QJsonValue &value : accounts) {
            if (value[QStringLiteral("role")].toString() == role && seen++ == index)
                return value.toObject();
        }
        return {};
    }

private:
    QString m_executable;
    QTemporaryDir m_dir;
    QString m_dbPath;
    QProcess m_process;
    QUrl m_url;
    QString m_listeningLine;
    QString m_lastError;
};

} // namespace releve::testing
