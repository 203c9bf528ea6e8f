#include "demoseed.h"

#include "auditlog.h"
#include "authservice.h"
#include "charter.h"
#include "recordstore.h"

#include "core/contracts/hoursdone.h"
#include "core/domain/availabilityslot.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/proposal.h"
#include "core/domain/replacementrequest.h"
#include "core/domain/staffmember.h"
#include "core/domain/structure.h"
#include "core/domain/vocabulary.h"

#include <QTimeZone>
#include <QtConcurrent/QtConcurrentMap>

#include <cmath>
#include <numbers>
#include <random>

namespace releve::server {

namespace entity = domain::entity;

namespace {

// Deterministic on every platform: std::mt19937's output is specified, distributions are not.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_engine(seed)
    { }
    double unit() { return double(m_engine()) / 4294967296.0; } // [0, 1)
    int below(int n) { return int(m_engine() % quint32(n)); }
    bool chance(double p) { return unit() < p; }
    template<typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

private:
    std::mt19937 m_engine;
};

struct DemoStructure
{
    const char *kind;
    const char *legalForm;
    const char *name;
    const char *siret;
    const char *finess;
    const char *authorisation;
    const char *address;
    const char *commune;
    double lat;
    double lon;
    const char *area;
    bool sharesStaff;
    bool charterSigned;
    int staffCount;
    qint64 kmRateCents;
};

// Four agencies that share staff, an EHPAD that posts requests for people going home, and the
// département, which hosts the territorial referent and the platform administrator.
const DemoStructure structures[] = {
    { "saad", "association", "Aide à Domicile du Pays de Bourganeuf", "41283675200027", "230781245",
      "Autorisation CD23 n° 2017-045", "4 place du Champ de Foire, 23400 Bourganeuf", "Bourganeuf",
      45.9536, 1.7575, "Bourganeuf, Royère-de-Vassivière, Pontarion, Saint-Dizier-Leyrenne", true,
      true, 12, 38 },
    { "saad", "company", "Creuse Autonomie Services", "83215478900015", "230784512",
      "Autorisation CD23 n° 2019-112", "18 avenue de la République, 23000 Guéret", "Guéret",
      46.1710, 1.8717, "Guéret, Saint-Vaury, Sainte-Feyre, Jarnages", true, true, 12, 40 },
    { "saad", "association", "ADMR Aubusson-Felletin", "31547896300042", "230779803",
      "Autorisation CD23 n° 2016-008", "7 rue Vieille, 23200 Aubusson", "Aubusson", 45.9567, 2.1683,
      "Aubusson, Felletin, Crocq, Chénérailles", true, true, 11, 38 },
    { "spasad", "association", "Soins Plus La Souterraine", "52896314700031", "230786670",
      "Autorisation ARS-CD23 n° 2021-017", "22 rue de Limoges, 23300 La Souterraine",
      "La Souterraine", 46.2378, 1.4867, "La Souterraine, Dun-le-Palestel, Bénévent-l'Abbaye", true,
      true, 9, 38 },
    { "ehpad", "public", "EHPAD Les Genêts", "26230045100018", "230000739",
      "Autorisation ARS-CD23 n° 2003-221", "2 route de Guéret, 23150 Ahun", "Ahun", 46.0857, 2.0406,
      "Ahun et ses environs", false, true, 0, 38 },
    { "other", "public", "Département de la Creuse — Direction de l'Autonomie", "22230001400019",
      "", "", "Hôtel du Département, 4 place Louis Lacrocq, 23000 Guéret", "Guéret", 46.1694,
      1.8705, "Creuse (23)", false, true, 0, 38 },
};

// Every first and last name is unique and none is part of another, so a test can search the bytes
// another structure received for any of them.
const char *const firstNames[] = {
    "Amandine",  "Bérénice", "Capucine",  "Delphine", "Éloïse",   "Florence", "Gaëlle",
    "Hélène",    "Ingrid",   "Josiane",   "Karine",   "Laetitia", "Maryse",   "Nadège",
    "Océane",    "Pascale",  "Quitterie", "Rolande",  "Solène",   "Tiphaine", "Ursule",
    "Valérie",   "Yasmina",  "Agnès",     "Brigitte", "Corinne",  "Estelle",  "Fabienne",
    "Ghislaine", "Huguette", "Isabelle",  "Jocelyne", "Mireille", "Nathalie", "Odile",
    "Sandrine",  "Thérèse",  "Véronique", "Bastien",  "Cédric",   "Dimitri",  "Grégory",
    "Ludovic",   "Thibault",
};
const char *const lastNames[] = {
    "Lachaud",   "Peyrot",  "Mazeaud",   "Chabrat",   "Delage",   "Vergnaud", "Bourdier",
    "Tixier",    "Faucher", "Roudier",   "Chassagne", "Lavergne", "Moreau",   "Brunet",
    "Giraudon",  "Pradeau", "Couturier", "Jouhaud",   "Aupetit",  "Dumontet", "Granger",
    "Marsaud",   "Nicoux",  "Pichon",    "Queyroi",   "Ribière",  "Trapon",   "Valade",
    "Boucheron", "Cluzeau", "Desbordes", "Espinasse", "Gatignol", "Heyraud",  "Imbert",
    "Janicot",   "Laplaud", "Mounier",   "Nouhaud",   "Parot",    "Raynaud",  "Bonnaud",
    "Chazelas",  "Dufaud",
};

struct DemoRequest
{
    int structure; // index in structures
    const char *status;
    const char *reason;
    const char *urgency;
    const char *address;
    const char *commune;
    double lat;
    double lon;
    const char *beneficiaryRef;
    int gir;
    const char *funding;
    QStringList needs;
    QStringList skills;
    QList<std::pair<int, std::pair<QTime, QTime>>> interventions; // day offset, local start–end
    qint64 rateCents;
    int radiusKm;
    const char *note;
};

struct DemoAccount
{
    const char *login;
    const char *role;
    int structure;
    const char *displayName;
};

const DemoAccount accounts[] = {
    { "coord.bourganeuf", "coordinator", 0, "Responsable de secteur — Bourganeuf" },
    { "coord.gueret", "coordinator", 1, "Responsable de secteur — Guéret" },
    { "coord.aubusson", "coordinator", 2, "Responsable de secteur — Aubusson" },
    { "coord.souterraine", "coordinator", 3, "Responsable de secteur — La Souterraine" },
    { "prescripteur.genets", "prescriber", 4, "Infirmière coordinatrice — EHPAD Les Genêts" },
    { "referent.creuse", "referent", 5, "Référent territorial — Creuse" },
    { "admin.releve", "admin", 5, "Administration de la plateforme" },
};

const char *const passwordWords[]
    = { "Chataigne", "Bruyere", "Lichen",     "Fougere",    "Tourbiere",   "Myrtille",
        "Granit",    "Ardoise", "Tapisserie", "Vassiviere", "Millevaches", "Taurion" };

QString latin(const char *text)
{
    return QString::fromUtf8(text);
}

QDateTime paris(QDate date, QTime time)
{
    return QDateTime(date, time, QTimeZone("Europe/Paris")).toUTC();
}

// A point at a distance (km) and bearing from another, good enough at this scale.
domain::GeoPoint offset(double lat, double lon, double km, double bearing)
{
    const double dLat = km * std::cos(bearing) / 111.2;
    const double dLon = km * std::sin(bearing) / (111.2 * std::cos(lat * std::numbers::pi / 180.0));
    return { std::round((lat + dLat) * 1e6) / 1e6, std::round((lon + dLon) * 1e6) / 1e6 };
}

} // namespace

domain::Result<QJsonArray> DemoSeed::run(const QDateTime &now)
{
    const auto fail = [](const QString &message) {
        return domain::Error { QStringLiteral("seed"), {}, message };
    };
    Dice dice(23);

    // Passwords first: Argon2id with the real limits costs ~0.1 s each, so hash them in parallel.
    QStringList passwords;
    for (const DemoAccount &account : accounts) {
        Q_UNUSED(account)
        passwords.append(latin(passwordWords[dice.below(std::size(passwordWords))]) + u'-'
                         + latin(passwordWords[dice.below(std::size(passwordWords))]) + u'-'
                         + QString::number(1000 + dice.below(9000)));
    }
    const QStringList hashes = QtConcurrent::blockingMapped(
        passwords, [](const QString &password) { return credentials::hashPassword(password); });

    try {
        if (m_storage
                .scalar(QStringLiteral("SELECT COUNT(*) FROM records WHERE entity = 'structure'"))
                .toInt()
            > 0)
            return fail(QStringLiteral("The database already has structures: seed-demo fills an "
                                       "empty database only. Use a new file."));

        Transaction transaction(m_storage);
        RecordStore records(m_storage);
        const auto save = [&records](const QString &name, const QJsonObject &data) {
            const domain::Errors errors = entity::validate(name, data);
            if (!errors.isEmpty())
                throw DatabaseError(
                    QStringLiteral("demo %1 is invalid: %2").arg(name, errors.first().toString()));
            return records.save(name, entity::normalise(name, data));
        };

        const QTimeZone parisZone("Europe/Paris");
        const QDate today = now.toTimeZone(parisZone).date();
        const QDate until = today.addDays(27); // four weeks from today

        QStringList structureIds;
        int nameIndex = 0;
        // The staff an agency may lend (consenting and active), for the history below.
        QHash<int, QList<domain::StaffMember>> lendable;
        for (const DemoStructure &demo : structures) {
            domain::Structure s;
            s.id = domain::newId();
            s.kind = latin(demo.kind);
            s.legalForm = latin(demo.legalForm);
            s.name = latin(demo.name);
            s.siret = latin(demo.siret);
            s.finess = latin(demo.finess);
            s.authorisation = latin(demo.authorisation);
            s.address = latin(demo.address);
            s.location = { demo.lat, demo.lon };
            s.departement = QStringLiteral("23");
            s.area = latin(demo.area);
            s.hourlyRateCents = 2222; // CPOM Creuse 2022
            s.kmRateCents = demo.kmRateCents;
            s.sharesStaff = demo.sharesStaff;
            s.charterSigned = demo.charterSigned;
            save(entity::structure, s.toJson());
            structureIds.append(s.id);
            // The demo structures have accepted the quality charter, so the demo can publish and
            // propose at once.
            if (demo.charterSigned)
                Charter(m_storage).recordAcceptance(s.id, QStringLiteral("system"),
                                                    QStringLiteral("seed-demo"));

            for (int n = 0; n < demo.staffCount; ++n, ++nameIndex) {
                domain::StaffMember m;
                m.id = domain::newId();
                m.structureId = s.id;
                m.firstName = latin(firstNames[nameIndex]);
                m.lastName = latin(lastNames[nameIndex]);
                m.phone = QStringLiteral("06 %1 %2 %3 %4")
                              .arg(10 + nameIndex)
                              .arg(dice.below(90) + 10)
                              .arg(dice.below(90) + 10)
                              .arg(dice.below(90) + 10);
                m.home = offset(demo.lat, demo.lon, 2.0 + 23.0 * dice.unit(),
                                2 * std::numbers::pi * dice.unit());
                static const QList<QString> qualifications {
                    QStringLiteral("deaes"),         QStringLiteral("deaes"),
                    QStringLiteral("deaes"),         QStringLiteral("deavs"),
                    QStringLiteral("deavs"),         QStringLiteral("advf"),
                    QStringLiteral("advf"),          QStringLiteral("aide_soignant"),
                    QStringLiteral("aide_soignant"), QStringLiteral("none")
                };
                m.qualification = dice.pick(qualifications);
                for (const QString &skill : domain::vocabulary::skills) {
                    if (dice.chance(0.3))
                        m.skills.append(skill);
                }
                static const QList<QString> mobilities {
                    QStringLiteral("car"),     QStringLiteral("car"),
                    QStringLiteral("car"),     QStringLiteral("car"),
                    QStringLiteral("car"),     QStringLiteral("car"),
                    QStringLiteral("car"),     QStringLiteral("licence"),
                    QStringLiteral("scooter"), QStringLiteral("public_transport")
                };
                m.mobility = dice.pick(mobilities);
                m.maxTravelKm
                    = m.mobility == u"car" ? 15 + 5 * dice.below(6) : 10 + 5 * dice.below(2);
                m.weeklyHoursCeiling = 20 + dice.below(16);
                m.consentSharing = !dice.chance(0.15);
                // One worker on long leave in the larger agencies: inactive, not proposed.
                m.active = n != 10;
                m.consentSharing = m.consentSharing && m.active;
                m.availabilityConfirmedAt = now.addSecs(-3600 * (2 + dice.below(24 * 6)));
                save(entity::staff, m.toJson());
                if (m.consentSharing && m.active)
                    lendable[int(structureIds.size()) - 1].append(m);

                // Weekly patterns over four weeks: mornings and/or afternoons on 3 to 5 days.
                QList<int> days { 1, 2, 3, 4, 5, 6 };
                const int dayCount = 3 + dice.below(3);
                while (days.size() > dayCount)
                    days.removeAt(dice.below(int(days.size())));
                for (const int weekday : std::as_const(days)) {
                    const QDate first = today.addDays((weekday - today.dayOfWeek() + 7) % 7);
                    const bool morning = dice.chance(0.65);
                    const bool afternoon = !morning || dice.chance(0.4);
                    const std::pair<QTime, QTime> halves[]
                        = { { QTime(7, 30), QTime(12, 30) }, { QTime(14, 0), QTime(19, 0) } };
                    for (int half = 0; half < 2; ++half) {
                        if ((half == 0 && !morning) || (half == 1 && !afternoon))
                            continue;
                        domain::AvailabilitySlot slot;
                        slot.id = domain::newId();
                        slot.structureId = s.id;
                        slot.staffId = m.id;
                        slot.start = paris(first, halves[half].first);
                        slot.end = paris(first, halves[half].second);
                        slot.weeklyUntil = until;
                        save(entity::availability, slot.toJson());
                    }
                }
                if (dice.chance(0.25)) {
                    domain::AvailabilitySlot absence;
                    absence.id = domain::newId();
                    absence.structureId = s.id;
                    absence.staffId = m.id;
                    const QDate day = today.addDays(8 + dice.below(12));
                    absence.start = paris(day, QTime(7, 0));
                    absence.end = paris(day, QTime(19, 30));
                    absence.kind = QStringLiteral("absent");
                    absence.note = QStringLiteral("Congé");
                    save(entity::availability, absence.toJson());
                }
            }
        }

        const QList<DemoRequest> requests {
            { 1,
              "published",
              "sick_leave",
              "urgent",
              "5 route de la Gare, 23320 Saint-Vaury",
              "Saint-Vaury",
              46.2036,
              1.7561,
              "GU-2025-0142",
              3,
              "apa",
              { QStringLiteral("lever"), QStringLiteral("toilette"), QStringLiteral("repas") },
              {},
              { { 1, { QTime(8, 0), QTime(9, 30) } }, { 2, { QTime(8, 0), QTime(9, 30) } } },
              2350,
              25,
              "Intervenante habituelle en arrêt maladie ; lève-personne au domicile." },
            { 2,
              "published",
              "absence",
              "normal",
              "4 rue de la Mairie, 23130 Chénérailles",
              "Chénérailles",
              46.1128,
              2.1756,
              "AF-2025-0077",
              4,
              "apa",
              { QStringLiteral("courses"), QStringLiteral("menage") },
              {},
              { { 2, { QTime(14, 30), QTime(16, 30) } }, { 4, { QTime(14, 30), QTime(16, 30) } } },
              2222,
              30,
              "Courses au bourg puis entretien du logement." },
            { 4,
              "published",
              "hospital_discharge",
              "urgent",
              "3 chemin des Écoles, 23150 Ahun",
              "Ahun",
              46.0890,
              2.0452,
              "GEN-2025-0019",
              2,
              "pch",
              { QStringLiteral("accompagnement"), QStringLiteral("repas"),
                QStringLiteral("coucher") },
              { QStringLiteral("alzheimer") },
              { { 1, { QTime(17, 30), QTime(19, 0) } },
                { 2, { QTime(17, 30), QTime(19, 0) } },
                { 3, { QTime(17, 30), QTime(19, 0) } } },
              2458,
              30,
              "Retour à domicile après hospitalisation ; troubles cognitifs légers." },
            { 3,
              "published",
              "overflow",
              "normal",
              "1 place de l'Église, 23320 Bussière-Dunoise",
              "Bussière-Dunoise",
              46.2581,
              1.7639,
              "SP-2025-0203",
              5,
              "apa",
              { QStringLiteral("toilette") },
              {},
              { { 3, { QTime(8, 0), QTime(9, 0) } }, { 4, { QTime(8, 0), QTime(9, 0) } } },
              2222,
              30,
              "Toilette du matin, une heure, deux jours de suite." },
            { 0,
              "draft",
              "absence",
              "normal",
              "2 impasse du Lavoir, 23460 Royère-de-Vassivière",
              "Royère-de-Vassivière",
              45.8389,
              1.9117,
              "BG-2025-0311",
              4,
              "apa",
              { QStringLiteral("repas"), QStringLiteral("courses") },
              {},
              { { 5, { QTime(11, 0), QTime(12, 30) } } },
              2222,
              20,
              "Préparation du déjeuner." },
        };
        for (const DemoRequest &demo : requests) {
            domain::ReplacementRequest q;
            q.id = domain::newId();
            q.structureId = structureIds.at(demo.structure);
            q.status = latin(demo.status);
            q.reason = latin(demo.reason);
            q.urgency = latin(demo.urgency);
            q.missionAddress = latin(demo.address);
            q.missionCommune = latin(demo.commune);
            q.missionLocation = { demo.lat, demo.lon };
            q.beneficiaryRef = latin(demo.beneficiaryRef);
            q.gir = demo.gir;
            q.funding = latin(demo.funding);
            q.needs = demo.needs;
            q.consentRecorded = true;
            q.requiredSkills = demo.skills;
            for (const auto &[dayOffset, times] : demo.interventions)
                q.interventions.append({ domain::newId(),
                                         paris(today.addDays(dayOffset), times.first),
                                         paris(today.addDays(dayOffset), times.second) });
            q.hourlyRateCents = demo.rateCents;
            q.radiusKm = demo.radiusKm;
            q.note = latin(demo.note);
            q.deadline = paris(today.addDays(demo.interventions.first().first), QTime(0, 0))
                             .addSecs(-3600 * 6);
            if (q.deadline < now)
                q.deadline = now.addSecs(6 * 3600);
            if (q.status == u"published")
                q.publishedAt = now;
            save(entity::request, q.toJson());
        }

        // With history, so that the dashboard has something to show (issue 9): over the five months
        // before this one and this month up to yesterday, each agency posted replacement
        // requests for a handful of its beneficiaries; most were filled by another agency's
        // worker (proposal accepted, contract signed, hours time-stamped, a few corrected by hand
        // as the CPOM's 2–5 % target expects), some expired or were cancelled. A dice of its own
        // keeps the rest of the demo as it was.
        Dice past(47);
        const int historyAgencies = m_history ? 4 : 0;
        const char *const prefixes[] = { "BG", "GU", "AF", "SP" };
        const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(-5);
        for (int agency = 0; agency < historyAgencies; ++agency) {
            const DemoStructure &user = structures[agency];
            for (int month = 0; month < 6; ++month) {
                const QDate monthStart = firstMonth.addMonths(month);
                const int count = 4 + past.below(3);
                for (int n = 0; n < count; ++n) {
                    const QDate firstDay = monthStart.addDays(past.below(monthStart.daysInMonth()));
                    const int days = 1 + past.below(3);
                    const bool morning = past.chance(0.6);
                    const int minutes = morning ? 60 + 30 * past.below(3) : 60 + 30 * past.below(2);
                    const QTime from = morning ? QTime(8, 0) : QTime(17, 30);
                    const QString beneficiary
                        = QStringLiteral("%1-H%2")
                              .arg(QLatin1String(prefixes[agency]))
                              .arg(1 + past.below(6), 2, 10, QLatin1Char('0'));
                    const double roll = past.unit();
                    if (firstDay.addDays(days) > today)
                        continue; // not over yet: the history ends yesterday
                    domain::ReplacementRequest q;
                    q.id = domain::newId();
                    q.structureId = structureIds.at(agency);
                    q.reason = past.pick(domain::vocabulary::reasons);
                    q.urgency
                        = past.chance(0.3) ? QStringLiteral("urgent") : QStringLiteral("normal");
                    q.missionCommune = latin(user.commune);
                    q.missionAddress = QStringLiteral("%1 rue du Bourg, %2")
                                           .arg(1 + past.below(40))
                                           .arg(latin(user.commune));
                    q.missionLocation = offset(user.lat, user.lon, 2.0 + 12.0 * past.unit(),
                                               2 * std::numbers::pi * past.unit());
                    q.beneficiaryRef = beneficiary;
                    q.gir = 2 + past.below(3);
                    q.needs = { domain::vocabulary::needs.at(past.below(4)),
                                domain::vocabulary::needs.at(4 + past.below(4)) };
                    q.consentRecorded = true;
                    for (int d = 0; d < days; ++d) {
                        const QDateTime start = paris(firstDay.addDays(d), from);
                        q.interventions.append(
                            { domain::newId(), start, start.addSecs(60 * minutes) });
                    }
                    q.publishedAt = paris(firstDay.addDays(-1 - past.below(5)),
                                          QTime(8 + past.below(9), 15 * past.below(4)));
                    q.deadline = paris(firstDay, QTime(0, 0)).addSecs(-3600 * 6);
                    q.radiusKm = 25;
                    q.note = QStringLiteral("Historique de démonstration.");
                    if (roll >= 0.8 || lendable.value((agency + 1) % 4).isEmpty()) {
                        q.status = roll >= 0.92 ? QStringLiteral("cancelled")
                                                : QStringLiteral("expired");
                        save(entity::request, q.toJson());
                        continue;
                    }

                    // Filled by a neighbouring agency.
                    const int lenderIndex = (agency + 1 + past.below(3)) % 4;
                    const QList<domain::StaffMember> &workers = lendable.value(lenderIndex);
                    if (workers.isEmpty())
                        continue;
                    const domain::StaffMember &worker = workers.at(past.below(int(workers.size())));
                    const DemoStructure &lender = structures[lenderIndex];
                    QDateTime contractAt = q.publishedAt.addSecs(60 * (20 + past.below(30 * 60)));
                    if (contractAt >= q.interventions.first().start)
                        contractAt = q.publishedAt.addSecs(60 * 25);

                    domain::Proposal proposal;
                    proposal.id = domain::newId();
                    proposal.structureId = structureIds.at(lenderIndex);
                    proposal.requestId = q.id;
                    proposal.requestStructureId = q.structureId;
                    proposal.staffId = worker.id;
                    proposal.staffPseudonym = worker.pseudonym();
                    proposal.status = QStringLiteral("accepted");
                    proposal.createdAt
                        = q.publishedAt.addSecs(q.publishedAt.secsTo(contractAt) / 2);

                    domain::Contract c;
                    c.id = domain::newId();
                    c.structureId = structureIds.at(lenderIndex);
                    const int year = contractAt.toTimeZone(parisZone).date().year();
                    c.number = QStringLiteral("REL-%1-%2")
                                   .arg(year)
                                   .arg(m_storage.nextCounter(
                                            QStringLiteral("contract_number_%1").arg(year)),
                                        6, 10, QLatin1Char('0'));
                    c.requestId = q.id;
                    c.proposalId = proposal.id;
                    c.lender = { c.structureId, latin(lender.name), latin(lender.siret),
                                 latin(lender.authorisation), latin(lender.address) };
                    c.user = { q.structureId, latin(user.name), latin(user.siret),
                               latin(user.authorisation), latin(user.address) };
                    c.staffId = worker.id;
                    c.staffName = worker.fullName();
                    c.staffQualification = worker.qualification;
                    c.missionAddress = q.missionAddress;
                    c.missionCommune = q.missionCommune;
                    c.needs = q.needs;
                    c.interventions = q.interventions;
                    c.hourlyRateCents = q.hourlyRateCents;
                    c.kmRateCents = lender.kmRateCents;
                    c.status = QStringLiteral("ended");
                    c.signatures = {
                        { QStringLiteral("lender"), latin(lender.name), contractAt.addSecs(600) },
                        { QStringLiteral("user"), latin(user.name), contractAt.addSecs(1800) }
                    };
                    c.createdAt = contractAt;

                    // Hours done: time-stamped, a few typed by hand, rarely not done at all.
                    QList<domain::InterventionRecord> done;
                    for (const domain::Intervention &i : std::as_const(c.interventions)) {
                        if (past.chance(0.03))
                            continue;
                        const bool byHand = past.chance(0.04);
                        const QDateTime arrival
                            = i.start.addSecs(60 * (past.below(9) - 3) + past.below(60));
                        const QDateTime departure = i.end.addSecs(
                            60 * (byHand ? -15 : past.below(9) - 4) + past.below(60));
                        auto record = contracts::recordHours(
                            c, i.id, arrival, departure, 2 + past.below(20),
                            byHand ? contracts::HoursSource::Hand
                                   : contracts::HoursSource::TimeStamping);
                        if (record)
                            done.append(record.value());
                    }
                    q.status = done.size() == c.interventions.size() ? QStringLiteral("done")
                                                                     : QStringLiteral("contracted");
                    save(entity::request, q.toJson());
                    save(entity::proposal, proposal.toJson());
                    save(entity::contract, c.toJson());
                    for (const domain::InterventionRecord &r : std::as_const(done))
                        save(entity::interventionRecord, r.toJson());
                }
            }
        }

        AuthService auth(m_storage);
        QJsonArray written;
        for (size_t i = 0; i < std::size(accounts); ++i) {
            const DemoAccount &demo = accounts[i];
            AuthService::NewAccount account;
            account.structureId = structureIds.at(demo.structure);
            account.login = latin(demo.login);
            account.password = passwords.at(qsizetype(i));
            account.role = latin(demo.role);
            account.displayName = latin(demo.displayName);
            if (account.role == u"referent")
                account.departements = { QStringLiteral("23") };
            const auto created = auth.createAccount(account, hashes.at(qsizetype(i)));
            if (!created)
                return fail(QStringLiteral("demo account %1: %2")
                                .arg(account.login, created.error().toString()));
            written.append(QJsonObject {
                { QStringLiteral("login"), account.login },
                { QStringLiteral("password"), account.password },
                { QStringLiteral("role"), account.role },
                { QStringLiteral("structure_id"), account.structureId },
                { QStringLiteral("structure_name"), latin(structures[demo.structure].name) } });
        }
        Caller system;
        system.accountId = QStringLiteral("system");
        system.structureId = structureIds.last();
        AuditLog(m_storage).record(system, QStringLiteral("seed_demo"), QStringLiteral("database"),
                                   { { QStringLiteral("structures"), structureIds.size() },
                                     { QStringLiteral("staff"), nameIndex } });
        transaction.commit();
        return written;
    } catch (const DatabaseError &error) {
        return fail(error.message());
    }
}

} // namespace releve::server
