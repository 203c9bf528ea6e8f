// The embedded demo server of `releve --demo`: seeds a demo territory, with its six months of
// history so that the dashboard has figures, into a temporary SQLite database with
// `releve-server seed-demo --history`, serves it on a free loopback port with
// `releve-server serve`, and stops it when destroyed. Nothing is left on disk afterwards.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <optional>

class QProcess;

namespace releve::app {

class DemoServer : public QObject
{
    Q_OBJECT

public:
    struct Account
    {
        QString login;
        QString password;
        QString role;
        QString structureId;
        QString structureName;
    };

    explicit DemoServer(QObject *parent = nullptr);
    ~DemoServer() override; // stops the server

    // releve-server next to this executable, then ../server/releve-server (a build tree), then
    // on PATH. Empty when none is found.
    static QString findServerExecutable();
    void setServerExecutable(const QString &path) { m_executable = path; }
    QString serverExecutable() const { return m_executable; }

    // Seeds and serves; ends with ready() or failed(). Returns at once.
    void start();
    void stop();
    bool isRunning() const;

    QUrl url() const { return m_url; }
    QList<Account> accounts() const { return m_accounts; }
    std::optional<Account> firstAccount(const QString &role,
                                        const QString &exceptStructureId = {}) const;
    QString workDirectory() const { return m_dir.path(); } // for the demo's local caches

signals:
    void ready();
    void failed(const QString &message);

private:
    void seedFinished(int exitCode);
    void readServerOutput();
    void fail(const QString &message);

    QTemporaryDir m_dir;
    QString m_executable;
    QProcess *m_seed = nullptr;
    QProcess *m_server = nullptr;
    QUrl m_url;
    QList<Account> m_accounts;
    QByteArray m_stdout;
    QStringList m_errorLines; // the server's last stderr lines, to explain a failure
    bool m_ready = false;
    bool m_failed = false; // failed() is emitted once
};

} // namespace releve::app
