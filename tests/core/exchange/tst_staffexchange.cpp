// CSV exchange of staff and availability (core/exchange/staffexchange.h) through a real
// LocalStore: round trips between two caches, files with broken lines (every rejected line named
// by line and field, valid lines saved and queued for the server, rejected lines written back),
// and header guessing in French and English.
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/exchange/staffexchange.h"
#include "core/store/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace releve;
using namespace releve::exchange;

namespace {

const QString agency = u"00000000-0000-4000-8000-000000000001"_s;

QDateTime paris(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone("Europe/Paris")).toUTC();
}

QJsonObject staff(const QString &last, const QString &first)
{
    return { { u"structure_id"_s, agency },
             { u"last_name"_s, last },
             { u"first_name"_s, first },
             { u"phone"_s, u"06 12 34 56 78"_s },
             { u"qualification"_s, u"deaes"_s },
             { u"skills"_s, QJsonArray { u"alzheimer"_s, u"end_of_life"_s } },
             { u"mobility"_s, u"car"_s },
             { u"max_travel_km"_s, 25 },
             { u"weekly_hours_ceiling"_s, 28 },
             { u"consent_sharing"_s, true },
             { u"active"_s, true },
             { u"home"_s, QJsonObject { { u"lat"_s, 46.171234 }, { u"lon"_s, 1.871001 } } } };
}

QJsonObject slot(const QString &staffId, int day, int from, int to, const QString &kind,
                 const QString &note = {})
{
    return { { u"structure_id"_s, agency },
             { u"staff_id"_s, staffId },
             { u"start"_s, domain::instantToJson(paris(day, from)) },
             { u"end"_s, domain::instantToJson(paris(day, to)) },
             { u"kind"_s, kind },
             { u"note"_s, note } };
}

// Every record of an entity, as its codec normalises it, by id.
QHash<QString, QJsonObject> byId(const store::LocalStore &store, const QString &entity)
{
    QHash<QString, QJsonObject> out;
    for (const store::CachedRecord &r : store.records(entity))
        out.insert(r.id, domain::entity::normalise(entity, r.data));
    return out;
}

// What a store holds, with the ids it made for new records left out (two stores make different
// ones): every record's data, sorted, then every outbox entry in order.
QStringList contentsWithoutNewIds(const store::LocalStore &store, const QString &entity,
                                  const QSet<QString> &keptIds)
{
    const auto strip = [&](QJsonObject o) {
        if (!keptIds.contains(o.value(u"id"_s).toString()))
            o.remove(u"id"_s);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QStringList records;
    for (const store::CachedRecord &r : store.records(entity, true))
        records.append(strip(r.data) + u' ' + r.syncState + u' ' + QString::number(r.version));
    records.sort();
    QStringList out = records;
    for (const store::OutboxEntry &e : store.outbox()) {
        out.append(
            u"%1 %2 %3 %4 %5 %6"_s.arg(e.seq)
                .arg(e.op)
                .arg(e.baseVersion)
                .arg(e.state, strip(e.data))
                .arg(QString::fromUtf8(QJsonDocument(e.old).toJson(QJsonDocument::Compact))));
    }
    return out;
}

} // namespace

class TestStaffExchange : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void parseDecimal_commaOrPoint();
    void guessMapping_frenchAndEnglishHeaders();
    void staff_exportImport_roundTripsIntoAnotherCache();
    void staff_reimportSameFile_updatesWithoutDuplicates();
    void availability_exportImport_roundTrips();
    void staff_brokenLines_importsValidReportsRestLosesNothing();
    void availability_brokenLines_namesLineAndField();
    void missingRequiredColumn_importsNothing();
    void staff_fiveHundredLines_allSavedAndQueued();
    void availability_batchedImport_sameResultAsSavingLineByLine();
    void staff_cacheCannotBeWritten_everyLineReportedNothingHalfSaved();

private:
    store::LocalStore *open(const QString &name);
    void seed(store::LocalStore &store);

    std::unique_ptr<QTemporaryDir> m_dir;
    QList<store::LocalStore *> m_stores;
};

void TestStaffExchange::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStaffExchange::cleanup()
{
    qDeleteAll(m_stores);
    m_stores.clear();
}

store::LocalStore *TestStaffExchange::open(const QString &name)
{
    auto *store = new store::LocalStore;
    m_stores.append(store);
    const auto opened = store->open(m_dir->filePath(name + u".sqlite"_s));
    if (!opened)
        qWarning() << opened.error().toString();
    return store;
}

void TestStaffExchange::seed(store::LocalStore &store)
{
    const auto anne = store.saveRecord(domain::entity::staff, staff(u"Dupont"_s, u"Anne"_s));
    QVERIFY(anne);
    QJsonObject jo = staff(u"N'Diaye"_s, u"Jean-Noël"_s);
    jo.insert(u"qualification"_s, u"aide_soignant"_s);
    jo.insert(u"skills"_s, QJsonArray());
    jo.insert(u"mobility"_s, u"public_transport"_s);
    jo.insert(u"consent_sharing"_s, false);
    jo.remove(u"home"_s);
    const auto jean = store.saveRecord(domain::entity::staff, jo);
    QVERIFY(jean);
    QJsonObject weekly = slot(anne->id, 7, 8, 12, u"available"_s, u"Pas le samedi; merci"_s);
    weekly.insert(u"weekly_until"_s, u"2026-12-28"_s);
    QVERIFY(store.saveRecord(domain::entity::availability, weekly));
    QVERIFY(
        store.saveRecord(domain::entity::availability, slot(jean->id, 8, 14, 18, u"available"_s)));
    QVERIFY(store.saveRecord(domain::entity::availability,
                             slot(jean->id, 10, 7, 19, u"absent"_s, u"Congé"_s)));
}

void TestStaffExchange::parseDecimal_commaOrPoint()
{
    QCOMPARE(*StaffExchange::parseDecimal(u"46,1712"_s), 46.1712);
    QCOMPARE(*StaffExchange::parseDecimal(u"46.1712"_s), 46.1712);
    QCOMPARE(*StaffExchange::parseDecimal(u"1 234,5"_s), 1234.5);
    QVERIFY(!StaffExchange::parseDecimal(u"46,17x"_s));
}

void TestStaffExchange::guessMapping_frenchAndEnglishHeaders()
{
    QCOMPARE(StaffExchange::guessMapping(ExchangeKind::Staff,
                                         { u"NOM"_s, u"Prénom"_s, u"Tél."_s, u"Diplôme"_s,
                                           u"Rayon (km)"_s, u"Colonne inconnue"_s }),
             QStringList({ u"last_name"_s, u"first_name"_s, u"phone"_s, u"qualification"_s,
                           u"max_travel_km"_s, QString() }));
    QCOMPARE(StaffExchange::guessMapping(ExchangeKind::Availability,
                                         { u"First name"_s, u"Last name"_s, u"Date"_s, u"From"_s,
                                           u"To"_s, u"Kind"_s, u"Comment"_s }),
             QStringList({ u"first_name"_s, u"last_name"_s, u"start_date"_s, u"start_time"_s,
                           u"end_time"_s, u"kind"_s, u"note"_s }));
    // The headers Relève writes map back to their fields.
    QStringList headers;
    QStringList keys;
    for (const ExchangeField &f : StaffExchange::fields(ExchangeKind::Availability)) {
        headers.append(f.header);
        keys.append(f.key);
    }
    QCOMPARE(StaffExchange::guessMapping(ExchangeKind::Availability, headers), keys);
}

void TestStaffExchange::staff_exportImport_roundTripsIntoAnotherCache()
{
    store::LocalStore *a = open(u"a"_s);
    seed(*a);
    const QByteArray file = StaffExchange::exportCsv(ExchangeKind::Staff, agency, *a);
    QVERIFY(file.startsWith("\xEF\xBB\xBF"));
    QVERIFY(file.contains("Nom;Prénom;"));
    QVERIFY(file.contains(";46,171234;1,871001\r\n")); // decimal comma
    QVERIFY(file.contains("Fin de vie")); // French words, not codes

    store::LocalStore *b = open(u"b"_s);
    const CsvTable table = readCsv(file);
    const QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    const ImportResult prepared
        = StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *b);
    QVERIFY2(prepared.problems.isEmpty(), qPrintable(prepared.problems.value(0).message));
    const ImportResult applied = StaffExchange::apply(*b, prepared, table, mapping);
    QCOMPARE(applied.created, 2);
    QCOMPARE(applied.updated, 0);
    QCOMPARE(byId(*b, domain::entity::staff), byId(*a, domain::entity::staff));
    // Saved through the store: queued for the server.
    QCOMPARE(b->outbox().size(), 2);
}

void TestStaffExchange::staff_reimportSameFile_updatesWithoutDuplicates()
{
    store::LocalStore *a = open(u"a"_s);
    seed(*a);
    const auto before = byId(*a, domain::entity::staff);
    // The agency's software knows no identifiers: the names find the records.
    CsvTable table = readCsv(StaffExchange::exportCsv(ExchangeKind::Staff, agency, *a));
    QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    mapping[0].clear(); // ignore the Identifiant column
    table.rows[0].fields[7] = u"30"_s; // Dupont's maximum travel
    const ImportResult applied = StaffExchange::apply(
        *a, StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *a), table,
        mapping);
    QCOMPARE(applied.created, 0);
    QCOMPARE(applied.updated, 2);
    const auto after = byId(*a, domain::entity::staff);
    QCOMPARE(after.size(), before.size());
    for (const QJsonObject &m : after) {
        if (m.value(u"last_name"_s) == u"Dupont"_s)
            QCOMPARE(m.value(u"max_travel_km"_s).toInt(), 30);
    }
}

void TestStaffExchange::availability_exportImport_roundTrips()
{
    store::LocalStore *a = open(u"a"_s);
    seed(*a);
    store::LocalStore *b = open(u"b"_s);
    for (const auto &kind : { ExchangeKind::Staff, ExchangeKind::Availability }) {
        const QByteArray file = StaffExchange::exportCsv(kind, agency, *a);
        const CsvTable table = readCsv(file);
        const QStringList mapping = StaffExchange::guessMapping(kind, table.header);
        const ImportResult prepared = StaffExchange::prepare(kind, table, mapping, agency, *b);
        QVERIFY2(prepared.problems.isEmpty(), qPrintable(prepared.problems.value(0).message));
        QCOMPARE(StaffExchange::apply(*b, prepared, table, mapping).problems.size(), 0);
        if (kind == ExchangeKind::Availability) {
            QVERIFY(file.contains(";07/12/2026;08:00;07/12/2026;12:00;Disponible;28/12/2026;"
                                  "\"Pas le samedi; merci\"\r\n"));
            QVERIFY(file.contains(";Absent;;Congé\r\n"));
        }
    }
    QCOMPARE(byId(*b, domain::entity::availability), byId(*a, domain::entity::availability));
}

void TestStaffExchange::staff_brokenLines_importsValidReportsRestLosesNothing()
{
    store::LocalStore *s = open(u"s"_s);
    const QByteArray file
        = "\xEF\xBB\xBFNom;Prénom;Tél.;Diplôme;Compétences;Rayon (km);Consentement;Latitude;"
          "Longitude\r\n"
          "Bernard;Léa;05 55 12 34 56;DEAVS;Alzheimer, Transferts;20;oui;46,0890;2,0452\r\n"
          "Moreau;;05 55 00 00 00;ADVF;;15;non;;\r\n" // line 3: no first name
          "Petit;Marc;;Infirmier;;15;oui;;\r\n" // line 4: unknown qualification
          "\"Roux\";\"Julie\";;AES;Fin de vie;12,5;peut-être;46,17x;1,87\r\n" // line 5: 3 faults
          "Garnier;Paul;;Aide-soignant·e;;10;OUI;;\r\n";
    const CsvTable table = readCsv(file);
    const QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    QVERIFY(StaffExchange::missingRequired(ExchangeKind::Staff, mapping).isEmpty());
    const ImportResult applied = StaffExchange::apply(
        *s, StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *s), table,
        mapping);

    QCOMPARE(applied.created, 2);
    QCOMPARE(applied.rejectedLines(), QList<int>({ 3, 4, 5 }));
    // Nothing lost: every data line is saved or rejected.
    QCOMPARE(applied.valid.size() + applied.rejectedLines().size(), table.rows.size());
    QSet<QString> found; // line/code/column
    for (const LineProblem &p : applied.problems)
        found.insert(u"%1/%2/%3"_s.arg(p.line).arg(p.code, p.field));
    QVERIFY(found.contains(u"3/missing_value/Prénom"_s));
    QVERIFY(found.contains(u"4/bad_value/Diplôme"_s));
    QVERIFY(found.contains(u"5/bad_number/Rayon (km)"_s)); // 12,5 is not whole
    QVERIFY(found.contains(u"5/bad_value/Consentement"_s));
    QVERIFY(found.contains(u"5/bad_number/Latitude"_s));
    QCOMPARE(applied.problems.size(), 5);

    const auto saved = byId(*s, domain::entity::staff);
    QCOMPARE(saved.size(), 2);
    QCOMPARE(s->outbox().size(), 2);
    for (const QJsonObject &m : saved) {
        if (m.value(u"last_name"_s) == u"Bernard"_s) {
            QCOMPARE(m.value(u"first_name"_s).toString(), u"Léa"_s);
            QCOMPARE(m.value(u"qualification"_s).toString(), u"deavs"_s);
            QCOMPARE(m.value(u"skills"_s).toArray(),
                     QJsonArray({ u"alzheimer"_s, u"transfers"_s }));
            QCOMPARE(m.value(u"home"_s).toObject().value(u"lat"_s).toDouble(), 46.089);
            QCOMPARE(m.value(u"consent_sharing"_s).toBool(), true);
        } else {
            QCOMPARE(m.value(u"last_name"_s).toString(), u"Garnier"_s);
            QCOMPARE(m.value(u"qualification"_s).toString(), u"aide_soignant"_s);
        }
    }

    // The rejected lines, written back with what is wrong, read as they were.
    const CsvTable rejected = readCsv(StaffExchange::rejectedCsv(table, applied));
    QCOMPARE(rejected.header.size(), table.header.size() + 1);
    QCOMPARE(rejected.rows.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(rejected.rows.at(i).fields.mid(0, table.header.size()),
                 table.rows.at(i + 1).fields);
    }
    QVERIFY(rejected.rows.at(2).fields.last().contains(u"line 5, Latitude"_s));
}

void TestStaffExchange::availability_brokenLines_namesLineAndField()
{
    store::LocalStore *s = open(u"s"_s);
    seed(*s);
    const QByteArray file
        = "\xEF\xBB\xBFNom;Prénom;Date;Début;Fin;Type;Commentaire\r\n"
          "Dupont;Anne;14/12/2026;14h00;17h30;Disponible;\r\n"
          "Durand;Zoé;14/12/2026;08:00;12:00;Disponible;\r\n" // 3: unknown staff
          "Dupont;Anne;31/02/2026;08:00;12:00;Disponible;\r\n" // 4: no such date
          "Dupont;Anne;15/12/2026;12:00;08:00;Disponible;\r\n" // 5: end before start
          "Dupont;Anne;14/12/2026;15:00;18:00;Disponible;\r\n" // 6: overlaps line 2
          "Dupont;Anne;16/12/2026;9:00;11:00;Congé;Rendez-vous\r\n";
    const CsvTable table = readCsv(file);
    const QStringList mapping
        = StaffExchange::guessMapping(ExchangeKind::Availability, table.header);
    QCOMPARE(mapping,
             QStringList({ u"last_name"_s, u"first_name"_s, u"start_date"_s, u"start_time"_s,
                           u"end_time"_s, u"kind"_s, u"note"_s }));
    const int before = int(s->records(domain::entity::availability).size());
    const ImportResult applied = StaffExchange::apply(
        *s, StaffExchange::prepare(ExchangeKind::Availability, table, mapping, agency, *s), table,
        mapping);
    QCOMPARE(applied.created, 2);
    QCOMPARE(applied.rejectedLines(), QList<int>({ 3, 4, 5, 6 }));
    const auto find = [&](int line) {
        for (const LineProblem &p : applied.problems) {
            if (p.line == line)
                return p;
        }
        return LineProblem();
    };
    QCOMPARE(find(3).code, u"unknown_staff"_s);
    QCOMPARE(find(3).field, u"Nom"_s);
    QCOMPARE(find(4).code, u"bad_date"_s);
    QCOMPARE(find(4).field, u"Date"_s);
    QCOMPARE(find(5).code, u"end_before_start"_s);
    QCOMPARE(find(5).field, u"Fin"_s);
    // Refused by the store itself (two available slots of one person may not overlap).
    QCOMPARE(find(6).code, u"overlap"_s);
    QCOMPARE(find(6).field, u"Date"_s);
    QCOMPARE(int(s->records(domain::entity::availability).size()), before + 2);
    bool absenceSaved = false;
    for (const store::CachedRecord &r : s->records(domain::entity::availability)) {
        if (r.data.value(u"note"_s) == u"Rendez-vous"_s) {
            absenceSaved = true;
            QCOMPARE(r.data.value(u"kind"_s).toString(), u"absent"_s);
            QCOMPARE(domain::instantFromJson(r.data.value(u"start"_s).toString()), paris(16, 9));
        }
    }
    QVERIFY(absenceSaved);
}

void TestStaffExchange::missingRequiredColumn_importsNothing()
{
    store::LocalStore *s = open(u"s"_s);
    const CsvTable table = readCsv("Nom;Téléphone\r\nDupont;0555\r\n");
    const QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    const ImportResult prepared
        = StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *s);
    QVERIFY(prepared.valid.isEmpty());
    QCOMPARE(prepared.problems.size(), 1);
    QCOMPARE(prepared.problems.first().code, u"missing_column"_s);
    QCOMPARE(prepared.problems.first().line, 1);
}

void TestStaffExchange::staff_fiveHundredLines_allSavedAndQueued()
{
    store::LocalStore *s = open(u"s"_s);
    QByteArray file = "\xEF\xBB\xBFNom;Prénom;Qualification;Latitude;Longitude\r\n";
    for (int i = 0; i < 500; ++i)
        file += QStringLiteral("Nom%1;Prénom%1;DEAES;46,%2;1,%2\r\n").arg(i).arg(1000 + i).toUtf8();
    QElapsedTimer timer;
    timer.start();
    const CsvTable table = readCsv(file);
    const QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    const ImportResult applied = StaffExchange::apply(
        *s, StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *s), table,
        mapping);
    // A figure for people, not an assertion (one transaction, an outbox entry per line).
    qInfo("imported 500 staff lines in %lld ms", timer.elapsed());
    QCOMPARE(applied.created, 500);
    QCOMPARE(s->records(domain::entity::staff).size(), 500);
    QCOMPARE(s->outbox().size(), 500);
}

// The import saves its lines as one batch; what it reports and stores is what saving the same
// prepared lines one by one with saveRecord (the import before the batch) gives, on a copy of
// the same cache: lines refused by the store (overlaps with the cache and with an earlier line),
// an identical slot updated rather than repeated, new slots, and a line prepare refuses.
void TestStaffExchange::availability_batchedImport_sameResultAsSavingLineByLine()
{
    store::LocalStore *seeded = open(u"a"_s);
    seed(*seeded);
    QSet<QString> keptIds; // the seeded records' ids, the same in both copies
    for (const QString &entity : { domain::entity::staff, domain::entity::availability }) {
        for (const store::CachedRecord &r : seeded->records(entity))
            keptIds.insert(r.id);
    }
    seeded->close();
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s }) {
        if (QFile::exists(m_dir->filePath(u"a.sqlite"_s + suffix)))
            QVERIFY(QFile::copy(m_dir->filePath(u"a.sqlite"_s + suffix),
                                m_dir->filePath(u"b.sqlite"_s + suffix)));
    }
    store::LocalStore *batched = open(u"a"_s);
    store::LocalStore *oneByOne = open(u"b"_s);
    QVERIFY(batched->isOpen() && oneByOne->isOpen());
    QCOMPARE(batched->clientId(), oneByOne->clientId());

    const QByteArray file = "\xEF\xBB\xBFNom;Prénom;Date;Début;Fin;Type;Commentaire\r\n"
                            "Dupont;Anne;14/12/2026;14:00;17:30;Disponible;\r\n" // 2: new
                            "Dupont;Anne;14/12/2026;15:00;18:00;Disponible;\r\n" // 3: overlaps 2
                            "Dupont;Anne;21/12/2026;09:00;11:00;Disponible;\r\n" // 4: the weekly
                            "N'Diaye;Jean-Noël;10/12/2026;07:00;19:00;Absent;Congé\r\n" // 5: same
                            "Durand;Zoé;14/12/2026;08:00;12:00;Disponible;\r\n" // 6: who?
                            "N'Diaye;Jean-Noël;08/12/2026;16:00;20:00;Disponible;\r\n" // 7: seeded
                            "N'Diaye;Jean-Noël;09/12/2026;08:00;12:00;Disponible;\r\n" // 8: new
                            "Dupont;Anne;14/12/2026;18:00;19:00;Absent;\r\n"; // 9: new
    const CsvTable table = readCsv(file);
    const QStringList mapping
        = StaffExchange::guessMapping(ExchangeKind::Availability, table.header);
    const ImportResult prepared
        = StaffExchange::prepare(ExchangeKind::Availability, table, mapping, agency, *batched);
    const ImportResult applied = StaffExchange::apply(*batched, prepared, table, mapping);

    // The same prepared lines, saved one by one.
    const ImportResult preparedB
        = StaffExchange::prepare(ExchangeKind::Availability, table, mapping, agency, *oneByOne);
    QCOMPARE(preparedB.valid.size(), prepared.valid.size());
    int created = 0;
    int updated = 0;
    QSet<int> refused;
    QStringList refusedCodes;
    for (const ImportLine &line : preparedB.valid) {
        const auto saved = oneByOne->saveRecord(line.entity, line.data);
        if (saved) {
            ++(line.update ? updated : created);
        } else {
            refused.insert(line.line);
            refusedCodes.append(u"%1/%2"_s.arg(line.line).arg(saved.error().code));
        }
    }
    QList<int> expectedRejected = preparedB.rejectedLines();
    for (int line : std::as_const(refused))
        expectedRejected.append(line);
    std::sort(expectedRejected.begin(), expectedRejected.end());

    QCOMPARE(applied.created, created);
    QCOMPARE(applied.updated, updated);
    QCOMPARE(applied.rejectedLines(), expectedRejected);
    QStringList appliedStoreCodes;
    for (const LineProblem &p : applied.problems) {
        QVERIFY(!p.field.isEmpty());
        if (refused.contains(p.line))
            appliedStoreCodes.append(u"%1/%2"_s.arg(p.line).arg(p.code));
    }
    QCOMPARE(appliedStoreCodes, refusedCodes);
    QCOMPARE(contentsWithoutNewIds(*batched, domain::entity::availability, keptIds),
             contentsWithoutNewIds(*oneByOne, domain::entity::availability, keptIds));
    QCOMPARE(contentsWithoutNewIds(*batched, domain::entity::staff, keptIds),
             contentsWithoutNewIds(*oneByOne, domain::entity::staff, keptIds));

    // And what that is, so that the comparison above compares something.
    QCOMPARE(applied.created, 3); // lines 2, 8 and 9
    QCOMPARE(applied.updated, 1); // line 5, identical to a seeded slot
    QCOMPARE(applied.rejectedLines(), QList<int>({ 3, 4, 6, 7 }));
    QCOMPARE(refusedCodes, QStringList({ u"3/overlap"_s, u"4/overlap"_s, u"7/overlap"_s }));
}

// The batch is one transaction: when the cache cannot be written halfway through, no line is
// half-imported, and every line is reported (with the store's reason) to import again.
void TestStaffExchange::staff_cacheCannotBeWritten_everyLineReportedNothingHalfSaved()
{
    store::LocalStore *s = open(u"s"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(s->path());
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(u"CREATE TRIGGER second_fails BEFORE INSERT ON outbox "
                           u"WHEN (SELECT count(*) FROM outbox) >= 1 "
                           u"BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const CsvTable table = readCsv("Nom;Prénom\r\nBernard;Léa\r\nGarnier;Paul\r\nRoux;Julie\r\n");
    const QStringList mapping = StaffExchange::guessMapping(ExchangeKind::Staff, table.header);
    const ImportResult applied = StaffExchange::apply(
        *s, StaffExchange::prepare(ExchangeKind::Staff, table, mapping, agency, *s), table,
        mapping);
    QCOMPARE(applied.created, 0);
    QCOMPARE(applied.rejectedLines(), QList<int>({ 2, 3, 4 }));
    for (const LineProblem &p : applied.problems)
        QCOMPARE(p.code, u"storage"_s);
    QVERIFY(s->records(domain::entity::staff).isEmpty());
    QVERIFY(s->outbox().isEmpty());
    QCOMPARE(readCsv(StaffExchange::rejectedCsv(table, applied)).rows.size(), 3);
}

QTEST_GUILESS_MAIN(TestStaffExchange)
#include "tst_staffexchange.moc"
