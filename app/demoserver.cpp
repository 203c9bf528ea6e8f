#include "demoserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

using namespace Qt::StringLiterals;

namespace releve::app {

namespace {
constexpr int startTimeoutMs = 60000;

// The server must not outlive the demo, even when Relève is killed or crashes.
void stopWithParent(QProcess *process)
{
#ifdef Q_OS_LINUX
    process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process) // elsewhere the destructor stops it; a crash may leave it running
#endif
}

QString executableName()
{
#ifdef Q_OS_WIN
    return u"releve-server.exe"_s;
#else
    return u"releve-server"_s;
#endif
}
} // namespace

DemoServer::DemoServer(QObject *parent)
    : QObject(parent)
    , m_executable(findServerExecutable())
{ }

DemoServer::~DemoServer()
{
    stop();
}

QString DemoServer::findServerExecutable()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate :
         { here.filePath(executableName()), here.filePath(u"../server/"_s + executableName()) }) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(u"releve-server"_s);
}

bool DemoServer::isRunning() const
{
    return m_server && m_server->state() != QProcess::NotRunning;
}

void DemoServer::start()
{
    if (m_executable.isEmpty()) {
        fail(tr("The demo server (releve-server) was not found next to Relève, in the build "
                "tree, or on the PATH."));
        return;
    }
    if (!m_dir.isValid()) {
        fail(tr("No temporary folder could be created for the demo: %1").arg(m_dir.errorString()));
        return;
    }
    QTimer::singleShot(startTimeoutMs, this, [this] {
        if (!m_ready)
            fail(tr("The demo server did not start within %n second(s).", nullptr,
                    startTimeoutMs / 1000));
    });
    m_seed = new QProcess(this);
    m_seed->setProcessChannelMode(QProcess::SeparateChannels);
    stopWithParent(m_seed);
    connect(m_seed, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus) { seedFinished(exitCode); });
    connect(m_seed, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo server could not be started: %1").arg(m_seed->errorString()));
    });
    m_seed->start(m_executable,
                  { u"seed-demo"_s, u"--db"_s, m_dir.filePath(u"demo.sqlite"_s),
                    u"--accounts-json"_s, m_dir.filePath(u"accounts.json"_s), u"--history"_s });
}

void DemoServer::seedFinished(int exitCode)
{
    if (exitCode != 0) {
        fail(tr("The demo data could not be created (exit code %1): %2")
                 .arg(exitCode)
                 .arg(QString::fromUtf8(m_seed->readAllStandardError()).trimmed().right(400)));
        return;
    }
    QFile file(m_dir.filePath(u"accounts.json"_s));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The demo accounts could not be read: %1").arg(file.errorString()));
        return;
    }
    const QJsonArray accounts = QJsonDocument::fromJson(file.readAll()).array();
    for (const QJsonValue &value : accounts) {
        const QJsonObject o = value.toObject();
        m_accounts.append({ o.value(u"login"_s).toString(), o.value(u"password"_s).toString(),
                            o.value(u"role"_s).toString(), o.value(u"structure_id"_s).toString(),
                            o.value(u"structure_name"_s).toString() });
    }
    if (m_accounts.isEmpty()) {
        fail(tr("The demo server wrote no accounts."));
        return;
    }

    m_server = new QProcess(this);
    m_server->setProcessChannelMode(QProcess::SeparateChannels);
    stopWithParent(m_server);
    connect(m_server, &QProcess::readyReadStandardOutput, this, &DemoServer::readServerOutput);
    connect(m_server, &QProcess::readyReadStandardError, this, [this] {
        const QStringList lines
            = QString::fromUtf8(m_server->readAllStandardError()).split(u'\n', Qt::SkipEmptyParts);
        m_errorLines.append(lines);
        while (m_errorLines.size() > 20)
            m_errorLines.removeFirst();
    });
    connect(m_server, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus) {
        if (!m_ready)
            fail(tr("The demo server stopped (exit code %1): %2")
                     .arg(exitCode)
                     .arg(m_errorLines.join(u'\n').right(400)));
    });
    m_server->start(m_executable,
                    { u"serve"_s, u"--db"_s, m_dir.filePath(u"demo.sqlite"_s), u"--listen"_s,
                      u"127.0.0.1:0"_s });
}

void DemoServer::readServerOutput()
{
    m_stdout.append(m_server->readAllStandardOutput());
    if (m_ready)
        return;
    // The server prints exactly one line once it accepts connections.
    static const QRegularExpression listening(u"^Listening on (https?://\\S+)\\s*$"_s,
                                              QRegularExpression::MultilineOption);
    const auto match = listening.match(QString::fromUtf8(m_stdout));
    if (!match.hasMatch())
        return;
    m_url = QUrl(match.captured(1));
    m_ready = true;
    emit ready();
}

void DemoServer::fail(const QString &message)
{
    if (m_failed || (m_ready && isRunning()))
        return;
    m_failed = true;
    m_ready = false;
    stop();
    emit failed(message);
}

void DemoServer::stop()
{
    for (QProcess *process : { m_seed, m_server }) {
        if (!process || process->state() == QProcess::NotRunning)
            continue;
        process->disconnect(this);
#ifdef Q_OS_WIN
        process->kill(); // console programs have no window to receive WM_CLOSE
#else
        process->terminate();
#endif
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(2000);
        }
    }
}

std::optional<DemoServer::Account> DemoServer::firstAccount(const QString &role,
                                                            const QString &exceptStructureId) const
{
    for (const Account &account : m_accounts) {
        if (account.role == role && account.structureId != exceptStructureId)
            return account;
    }
    return std::nullopt;
}

} // namespace releve::app
