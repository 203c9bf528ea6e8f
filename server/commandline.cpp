#include "commandline.h"

#include "administration.h"
#include "auditlog.h"
#include "authservice.h"
#include "credentials.h"
#include "demoseed.h"
#include "httpapi.h"
#include "recordstore.h"
#include "storage.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/structure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace releve::server {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString adminActions()
{
    return QStringLiteral("create-structure, disable-structure, create-account, disable-account, "
                          "reset-password, export-person, erase-staff, list-accounts, "
                          "rotate-epoch, audit");
}

int fail(const QString &message)
{
    err() << "releve-server: " << message << Qt::endl;
    return 1;
}

#ifdef Q_OS_UNIX
// SIGTERM and SIGINT end the event loop, so that connections close and SQLite checkpoints.
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

void quitOnTermination()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, qApp);
    QObject::connect(notifier, &QSocketNotifier::activated, qApp, [] { QCoreApplication::quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}
#else
void quitOnTermination() { }
#endif

struct ListenAddress
{
    QString host; // as written, for the "Listening on" line
    QHostAddress address;
    quint16 port = 0;
};

std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    ListenAddress listen;
    listen.host = text.left(colon);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return std::nullopt;
    listen.port = quint16(port);
    QString host = listen.host;
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == u"localhost")
        listen.address = QHostAddress(QHostAddress::LocalHost);
    else if (host == u"*" || host == u"0.0.0.0")
        listen.address = QHostAddress(QHostAddress::AnyIPv4);
    else if (host == u"::")
        listen.address = QHostAddress(QHostAddress::AnyIPv6);
    else
        listen.address = QHostAddress(host);
    if (listen.address.isNull())
        return std::nullopt;
    return listen;
}

std::unique_ptr<Storage> openStorage(const QCommandLineParser &parser, QString *error)
{
    const QString spec = parser.value(QStringLiteral("db"));
    if (spec.isEmpty()) {
        *error = QStringLiteral("--db is required: a SQLite file or a postgresql:// URL");
        return nullptr;
    }
    auto storage = std::make_unique<Storage>(spec);
    if (auto opened = storage->open(); !opened) {
        *error = opened.error().message;
        return nullptr;
    }
    return storage;
}

// The certificate chain and private key of --tls-cert/--tls-key (PEM), or why they cannot serve.
std::optional<QSslConfiguration> tlsConfiguration(const QString &certPath, const QString &keyPath,
                                                  QString *error)
{
    if (certPath.isEmpty() || keyPath.isEmpty()) {
        *error = QStringLiteral("--tls-cert and --tls-key go together: a PEM certificate and its "
                                "private key");
        return std::nullopt;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("this build of Qt has no TLS backend (OpenSSL): serve plain HTTP "
                                "behind a reverse proxy instead (docs/server-admin.md)");
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certPath, QSsl::Pem);
    if (chain.isEmpty()) {
        *error = QStringLiteral("no PEM certificate could be read from %1").arg(certPath);
        return std::nullopt;
    }
    QFile keyFile(keyPath);
    if (!keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(keyPath, keyFile.errorString());
        return std::nullopt;
    }
    const QByteArray pem = keyFile.readAll();
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : { QSsl::Rsa, QSsl::Ec, QSsl::Dsa }) {
        key = QSslKey(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("%1 is not an unencrypted PEM private key (RSA, EC or DSA)")
                     .arg(keyPath);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(chain.first());
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

int serve(const QCommandLineParser &parser)
{
    const QString listenText = parser.isSet(QStringLiteral("listen"))
        ? parser.value(QStringLiteral("listen"))
        : QStringLiteral("127.0.0.1:8080");
    const auto listen = parseListen(listenText);
    if (!listen)
        return fail(QStringLiteral("--listen must be <host>:<port>, such as 127.0.0.1:8080 (port 0 "
                                   "picks a free one), not \"%1\"")
                        .arg(listenText));
    std::optional<QSslConfiguration> tls;
    if (parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"))) {
        QString tlsError;
        tls = tlsConfiguration(parser.value(QStringLiteral("tls-cert")),
                               parser.value(QStringLiteral("tls-key")), &tlsError);
        if (!tls)
            return fail(tlsError);
    }
    int threads = 0;
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || threads < 1 || threads > 256)
            return fail(QStringLiteral("--threads must be a number from 1 to 256"));
    }
    if (parser.isSet(QStringLiteral("osrm-url"))) {
        // Travel times for the matching from an OSRM-compatible routing server (its `table`
        // service); without it, straight-line distance × road factor.
        const QUrl osrm(parser.value(QStringLiteral("osrm-url")), QUrl::StrictMode);
        if (!osrm.isValid() || (osrm.scheme() != u"http" && osrm.scheme() != u"https")
            || osrm.host().isEmpty())
            return fail(QStringLiteral("--osrm-url must be an http:// or https:// address, such "
                                       "as http://127.0.0.1:5000, not \"%1\"")
                            .arg(parser.value(QStringLiteral("osrm-url"))));
        RoutingSettings routing;
        routing.osrmUrl = osrm;
        setRoutingSettings(routing);
    }
    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);
    HttpApi api(*storage, threads);
    api.runMaintenance();
    const quint16 port = api.listen(listen->address, listen->port, tls ? &*tls : nullptr);
    if (port == 0)
        return fail(
            QStringLiteral("cannot listen on %1 (is the port already in use?)").arg(listenText));
    // The demo mode and the tests read this line.
    out() << "Listening on " << (tls ? "https://" : "http://") << listen->host << ':' << port
          << Qt::endl;
    std::fflush(stdout);
    quitOnTermination();
    return QCoreApplication::exec();
}

int seedDemo(const QCommandLineParser &parser)
{
    const QString accountsPath = parser.value(QStringLiteral("accounts-json"));
    if (accountsPath.isEmpty())
        return fail(
            QStringLiteral("--accounts-json <file> is required: the demo accounts and their "
                           "passwords are written there"));
    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);
    QElapsedTimer timer;
    timer.start();
    DemoSeed seed(*storage);
    seed.setHistory(parser.isSet(QStringLiteral("history")));
    const auto seeded = seed.run();
    if (!seeded)
        return fail(seeded.error().message);
    QSaveFile file(accountsPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(accountsPath, file.errorString()));
    file.write(QJsonDocument(seeded.value()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(accountsPath, file.errorString()));
    err() << "Seeded the Creuse demo territory in " << timer.elapsed()
          << " ms; accounts written to " << accountsPath << Qt::endl;
    return 0;
}

int admin(const QCommandLineParser &parser, const QString &action)
{
    QString error;
    auto storage = openStorage(parser, &error);
    if (!storage)
        return fail(error);
    const auto value = [&parser](const char *name) {
        return parser.value(QLatin1String(name));
    };
    try {
        if (action == u"create-structure") {
            domain::Structure s;
            s.id = domain::newId();
            s.name = value("name");
            s.kind = value("kind").isEmpty() ? QStringLiteral("saad") : value("kind");
            s.legalForm = value("legal-form").isEmpty() ? QStringLiteral("association")
                                                        : value("legal-form");
            s.departement = value("departement");
            s.siret = value("siret");
            s.finess = value("finess");
            s.address = value("address");
            if (parser.isSet(QStringLiteral("lat")) && parser.isSet(QStringLiteral("lon")))
                s.location = { value("lat").toDouble(), value("lon").toDouble() };
            s.sharesStaff = !parser.isSet(QStringLiteral("no-staff-sharing"));
            const QJsonObject data = s.toJson();
            if (const auto errors = domain::entity::validate(domain::entity::structure, data);
                !errors.isEmpty())
                return fail(errors.first().toString());
            Transaction transaction(*storage);
            RecordStore(*storage).save(domain::entity::structure,
                                       domain::entity::normalise(domain::entity::structure, data));
            transaction.commit();
            out() << s.id << Qt::endl;
            return 0;
        }
        if (action == u"create-account") {
            AuthService::NewAccount account;
            account.login = value("login");
            account.password = value("password");
            account.role = value("role").isEmpty() ? QStringLiteral("coordinator") : value("role");
            account.structureId = value("structure-id");
            account.departements = value("departements").split(u',', Qt::SkipEmptyParts);
            account.displayName = value("display-name");
            Transaction transaction(*storage);
            const auto created = AuthService(*storage).createAccount(account);
            if (!created)
                return fail(created.error().toString());
            transaction.commit();
            out() << created->id << Qt::endl;
            return 0;
        }
        if (action == u"reset-password") {
            const auto reset
                = AuthService(*storage).resetPassword(value("login"), value("password"));
            if (!reset)
                return fail(reset.error().toString());
            out() << "Password changed; the account was signed out everywhere." << Qt::endl;
            return 0;
        }
        if (action == u"list-accounts") {
            QJsonArray list;
            Rows query = storage->exec(QStringLiteral(
                "SELECT id, login, role, structure_id, disabled FROM accounts ORDER BY login"));
            while (query.next())
                list.append(
                    QJsonObject { { QStringLiteral("id"), query.value(0).toString() },
                                  { QStringLiteral("login"), query.value(1).toString() },
                                  { QStringLiteral("role"), query.value(2).toString() },
                                  { QStringLiteral("structure_id"), query.value(3).toString() },
                                  { QStringLiteral("disabled"), query.value(4).toInt() != 0 } });
            out() << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (action == u"disable-structure") {
            const auto disabled
                = Administration(*storage).disableStructure(value("structure-id"), value("reason"));
            if (!disabled)
                return fail(disabled.error().toString());
            out() << "Structure disabled; " << disabled.value()
                  << " account(s) disabled and signed out; its staff are no longer lent."
                  << Qt::endl;
            return 0;
        }
        if (action == u"disable-account") {
            const auto disabled = Administration(*storage).disableAccount(value("login"));
            if (!disabled)
                return fail(disabled.error().toString());
            out() << "Account disabled and signed out everywhere." << Qt::endl;
            return 0;
        }
        if (action == u"export-person") {
            const Administration administration(*storage);
            const bool byStaff = parser.isSet(QStringLiteral("staff-id"));
            if (byStaff == parser.isSet(QStringLiteral("login")))
                return fail(QStringLiteral("export-person needs --login <login> (an account) or "
                                           "--staff-id <id> (a staff member)"));
            const auto exported = byStaff ? administration.exportStaff(value("staff-id"))
                                          : administration.exportAccount(value("login"));
            if (!exported)
                return fail(exported.error().toString());
            administration.recordExport(exported.value());
            const QByteArray json = QJsonDocument(exported.value()).toJson(QJsonDocument::Indented);
            if (parser.isSet(QStringLiteral("output"))) {
                QSaveFile file(value("output"));
                if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size()
                    || !file.commit())
                    return fail(QStringLiteral("cannot write %1: %2")
                                    .arg(value("output"), file.errorString()));
            } else {
                out() << QString::fromUtf8(json);
                out().flush();
            }
            return 0;
        }
        if (action == u"erase-staff") {
            const auto erased = Administration(*storage).eraseStaff(value("staff-id"));
            if (!erased)
                return fail(erased.error().toString());
            out() << "Personal data erased; " << erased.value()
                  << " contract(s) keep an anonymised name." << Qt::endl;
            return 0;
        }
        if (action == u"rotate-epoch") {
            // After restoring a backup: every client re-fetches everything (410 reset_required).
            storage->rotateEpoch();
            out() << "New epoch " << storage->epoch() << ": clients will re-fetch everything."
                  << Qt::endl;
            return 0;
        }
        if (action == u"audit") {
            const int limit = value("limit").isEmpty() ? 50 : value("limit").toInt();
            for (const QJsonObject &entry : AuditLog(*storage).latest(std::max(1, limit)))
                out() << QJsonDocument(entry).toJson(QJsonDocument::Compact) << '\n';
            out().flush();
            return 0;
        }
    } catch (const DatabaseError &databaseError) {
        return fail(databaseError.message());
    }
    return fail(QStringLiteral("unknown admin command \"%1\": %2").arg(action, adminActions()));
}

} // namespace

int runCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Relève server: the REST API shared by the home-care agencies of a territory.\n"
        "Commands:\n"
        "  serve --db <file.sqlite|postgresql://…> --listen <host:port> [--threads n]\n"
        "        [--tls-cert cert.pem --tls-key key.pem] [--osrm-url http://host:5000]\n"
        "  seed-demo --db <file> --accounts-json <file> [--history]\n"
        "  admin create-structure --db … --name … --kind saad --departement 23 [--siret …]\n"
        "  admin create-account --db … --login … --password … --role coordinator "
        "--structure-id …\n"
        "  admin reset-password --db … --login … --password …\n"
        "  admin disable-structure --db … --structure-id … [--reason …]\n"
        "  admin disable-account --db … --login …\n"
        "  admin export-person --db … (--login … | --staff-id …) [--output file.json]\n"
        "  admin erase-staff --db … --staff-id …\n"
        "  admin list-accounts | rotate-epoch | audit [--limit n] --db …\n"
        "Request logs: QT_LOGGING_RULES=\"releve.server.http.info=true\"."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve, seed-demo or admin <action>"));
    const auto option
        = [&parser](const char *name, const char *description, const char *valueName) {
              parser.addOption(QCommandLineOption(
                  QLatin1String(name), QString::fromUtf8(description), QLatin1String(valueName)));
          };
    option("db", "The database: a SQLite file, or postgresql://user:password@host:port/db.", "db");
    option("listen",
           "serve: the address and port, such as 127.0.0.1:8080 (port 0: any free "
           "port).",
           "host:port");
    option("accounts-json", "seed-demo: where to write the demo accounts.", "file");
    option("login", "admin: the account's login.", "login");
    option("password", "admin: the account's password (at least 8 characters).", "password");
    option("role", "admin: coordinator, referent, prescriber or admin.", "role");
    option("structure-id", "admin: the structure the account belongs to.", "id");
    option("departements", "admin: the départements a referent follows, comma-separated.", "list");
    option("display-name", "admin: the name shown for the account.", "name");
    option("name", "admin create-structure: the structure's name.", "name");
    option("kind", "admin create-structure: saad, ssiad, spasad, ehpad, hospital, dac, other.",
           "kind");
    option("legal-form", "admin create-structure: association, company or public.", "form");
    option("departement", "admin create-structure: the département, such as 23.", "code");
    option("siret", "admin create-structure: the SIRET (14 digits).", "siret");
    option("finess", "admin create-structure: the FINESS number.", "finess");
    option("address", "admin create-structure: the postal address.", "address");
    option("lat", "admin create-structure: latitude.", "lat");
    option("lon", "admin create-structure: longitude.", "lon");
    option("limit", "admin audit: how many entries.", "n");
    option("reason", "admin disable-structure: why, kept in the audit log.", "text");
    option("staff-id", "admin export-person, erase-staff: the staff member.", "id");
    option("output", "admin export-person: write the JSON to this file.", "file");
    option("tls-cert", "serve: a PEM certificate (chain) to serve HTTPS directly.", "file");
    option("tls-key", "serve: the PEM private key of --tls-cert.", "file");
    option("osrm-url",
           "serve: an OSRM-compatible routing server whose table service gives the matching "
           "its travel times (default: straight-line distance × 1.3).",
           "url");
    option("threads",
           "serve: worker threads that run requests (default: twice the cores, at least 4).", "n");
    parser.addOption(QCommandLineOption(
        QStringLiteral("history"),
        QStringLiteral("seed-demo: also six months of past replacements (for the dashboard).")));
    parser.addOption(QCommandLineOption(QStringLiteral("no-staff-sharing"),
                                        QStringLiteral("admin create-structure: the structure does "
                                                       "not lend staff.")));
    parser.process(arguments);

    if (!credentials::initialise())
        return fail(QStringLiteral("libsodium cannot be initialised"));
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (command == u"serve")
        return serve(parser);
    if (command == u"seed-demo")
        return seedDemo(parser);
    if (command == u"admin") {
        if (positional.size() < 2)
            return fail(QStringLiteral("admin needs an action: %1").arg(adminActions()));
        return admin(parser, positional.at(1));
    }
    if (command.isEmpty())
        return fail(QStringLiteral("a command is needed (serve, seed-demo, admin); see --help"));
    return fail(QStringLiteral("unknown command \"%1\"; see --help").arg(command));
}

} // namespace releve::server
