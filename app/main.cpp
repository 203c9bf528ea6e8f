// releve: the coordinator's desktop client. `releve --version`, `releve --demo` (embedded demo
// server, signed in), `releve` (asks for a server and credentials). DESIGN.md, "Fixed
// interfaces".
#include "client.h"
#include "demoserver.h"

#include "core/sync/logging.h"
#include "ui/common/language.h"
#include "ui/session/signindialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include <cstdio>
#include <cstring>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(u"Releve"_s);
    QCoreApplication::setOrganizationDomain(u"releve.fr"_s);
    QCoreApplication::setApplicationName(u"releve"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RELEVE_VERSION));
}

struct Options
{
    QCommandLineOption demo { u"demo"_s,
                              QCoreApplication::translate(
                                  "main",
                                  "Start a demo server with sample agencies and sign "
                                  "in as one of their coordinators.") };
};

void configure(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Relève: replacement of home-care staff between agencies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.demo);
}

// --version and --help print and exit; they must work without a display.
bool wantsTextOnly(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : { "--version", "-v", "--help", "-h", "-?", "--help-all" }) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };

// Ctrl+C or a plain kill quits through the event loop, so the demo server is stopped and the
// cache closed as on a normal exit (self-pipe: a signal handler may only write()).
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [] {
        char byte = 0;
        if (::read(signalPipe[1], &byte, 1) == 1)
            QCoreApplication::exit(0);
    });
    struct sigaction action = {};
    action.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
    };
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}
#else
void quitOnTerminationSignals(QCoreApplication &) { }
#endif

int fatal(const QString &title, const QString &message)
{
    QMessageBox::critical(nullptr, title, message);
    return 1;
}

int runDemo(QApplication &app)
{
    releve::app::DemoServer server;
    releve::app::Client client(releve::sync::Session::TokenStorage::MemoryOnly);

    QProgressDialog progress(QCoreApplication::translate("main", "Starting the demo server…"),
                             QString(), 0, 0);
    progress.setWindowTitle(QCoreApplication::translate("main", "Relève demo"));
    progress.setMinimumDuration(500);
    progress.setValue(0);

    QString failure;
    QObject::connect(&server, &releve::app::DemoServer::failed, &app, [&](const QString &message) {
        failure = message;
        app.exit(1);
    });
    QObject::connect(&server, &releve::app::DemoServer::ready, &app, [&] {
        const auto account = server.firstAccount(u"coordinator"_s);
        if (!account) {
            failure = QCoreApplication::translate("main", "The demo has no coordinator account.");
            app.exit(1);
            return;
        }
        progress.setLabelText(
            QCoreApplication::translate("main", "Signing in as %1…").arg(account->login));
        QObject::connect(client.session(), &releve::sync::Session::signInFailed, &app,
                         [&](const releve::domain::Error &error) {
                             failure = QCoreApplication::translate(
                                           "main", "Signing in to the demo failed: %1")
                                           .arg(error.message);
                             app.exit(1);
                         });
        const QString structureId = account->structureId;
        QObject::connect(
            client.session(), &releve::sync::Session::signedIn, &app, [&, structureId] {
                progress.reset();
                const auto opened = client.openWindow(
                    QDir(server.workDirectory()).filePath(u"cache.sqlite"_s), structureId);
                if (!opened) {
                    failure = opened.error().message;
                    app.exit(1);
                }
            });
        client.session()->signIn(server.url(), account->login, account->password);
    });
    server.start();
    const int code = app.exec();
    progress.reset();
    if (code != 0 && !failure.isEmpty())
        return fatal(QCoreApplication::translate("main", "Relève demo"), failure);
    return code;
}

int runSignedIn(QApplication &app)
{
    releve::app::Client client(releve::sync::Session::TokenStorage::Keychain);
    releve::sync::Session *session = client.session();
    std::unique_ptr<releve::ui::SignInDialog> dialog;
    QString failure;
    bool windowOpen = false;

    QObject::connect(session, &releve::sync::Session::signedIn, &app, [&] {
        if (windowOpen)
            return;
        const auto opened = client.openWindow(
            releve::app::Client::defaultCachePath(session->serverUrl(), session->login()));
        if (!opened) {
            failure = opened.error().message;
            app.exit(1);
            return;
        }
        windowOpen = true;
    });
    QObject::connect(session, &releve::sync::Session::passwordNeeded, &app, [&] {
        if (windowOpen)
            return; // the main window asks for it itself
        dialog = std::make_unique<releve::ui::SignInDialog>(session);
        QObject::connect(dialog.get(), &QDialog::rejected, &app, [&] {
            if (!windowOpen)
                app.exit(0);
        });
        dialog->open();
    });
    session->restore();
    const int code = app.exec();
    if (code != 0 && !failure.isEmpty())
        return fatal(QCoreApplication::translate("main", "Relève"), failure);
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    if (wantsTextOnly(argc, argv)) {
#ifdef Q_OS_WIN
        // A Windows GUI program has no console: print to the one it was started from.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            std::freopen("CONOUT$", "w", stdout);
            std::freopen("CONOUT$", "w", stderr);
        }
#endif
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        const Options options;
        configure(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(u"Relève"_s);
    QApplication::setQuitOnLastWindowClosed(true);
    QCommandLineParser parser;
    const Options options;
    configure(parser, options);
    parser.process(app);

    // The coordinators are French: dates, numbers and amounts are written the French way
    // whatever the system's language (the interface text follows the installed translation).
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    releve::ui::installTranslations(&app, releve::ui::interfaceLanguage());
    quitOnTerminationSignals(app);
    // The log file (<app data>/logs/releve.log, rotated): never a token or a password.
    releve::sync::FileLog::install();

    return parser.isSet(options.demo) ? runDemo(app) : runSignedIn(app);
}
