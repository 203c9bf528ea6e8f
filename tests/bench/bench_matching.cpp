// Benchmark of core/matching at national scale (issue 5): a synthetic France of 100,000 workers
// around about a hundred towns and 1,000,000 availability slots over 8 weeks. Prints, in one
// run: the time to build the MatchIndex and its memory, the engine's time for the top 50
// candidates of a request (median over many requests), a full scan's time on the same data,
// and the time merely to read every slot once. Not part of the test run (STYLE.md, "Tests").
//
//     cmake --preset bench && cmake --build --preset bench --target bench_matching
//     build-bench/tests/bench/bench_matching [seed [engine rounds]]
#include "core/domain/staffmember.h"
#include "core/domain/vocabulary.h"
#include "core/matching/matchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <functional>
#include <numbers>

#include <time.h>

using namespace releve;
using domain::AvailabilitySlot;
using domain::GeoPoint;
using domain::StaffMember;

namespace {

constexpr int staffCount = 100000;
constexpr int slotsPerWorker = 10; // 1,000,000 slots
constexpr int weeks = 8;
constexpr int structureCount = 3000;
constexpr int requestCount = 40;
constexpr int topCandidates = 50;

struct Town
{
    const char *name;
    double lat;
    double lon;
    int weight; // roughly the population served, in thousands
};

// Prefectures and large towns of metropolitan France (approximate coordinates).
const Town towns[] = {
    { "Paris", 48.857, 2.352, 1200 },
    { "Lyon", 45.764, 4.836, 450 },
    { "Marseille", 43.296, 5.370, 450 },
    { "Toulouse", 43.605, 1.444, 350 },
    { "Lille", 50.629, 3.057, 350 },
    { "Bordeaux", 44.838, -0.579, 300 },
    { "Nice", 43.710, 7.262, 300 },
    { "Nantes", 47.218, -1.554, 250 },
    { "Strasbourg", 48.573, 7.752, 200 },
    { "Montpellier", 43.611, 3.877, 200 },
    { "Rennes", 48.117, -1.678, 180 },
    { "Grenoble", 45.188, 5.724, 180 },
    { "Rouen", 49.443, 1.100, 160 },
    { "Toulon", 43.124, 5.928, 160 },
    { "Saint-Étienne", 45.440, 4.387, 140 },
    { "Tours", 47.394, 0.685, 120 },
    { "Nancy", 48.692, 6.184, 120 },
    { "Metz", 49.119, 6.176, 110 },
    { "Clermont-Ferrand", 45.778, 3.087, 110 },
    { "Orléans", 47.903, 1.909, 110 },
    { "Dijon", 47.322, 5.041, 100 },
    { "Angers", 47.478, -0.563, 100 },
    { "Reims", 49.258, 4.032, 90 },
    { "Caen", 49.183, -0.371, 90 },
    { "Brest", 48.390, -4.486, 80 },
    { "Le Mans", 48.006, 0.199, 80 },
    { "Avignon", 43.949, 4.806, 80 },
    { "Mulhouse", 47.750, 7.336, 80 },
    { "Perpignan", 42.699, 2.895, 80 },
    { "Limoges", 45.833, 1.262, 70 },
    { "Amiens", 49.894, 2.296, 70 },
    { "Besançon", 47.238, 6.024, 70 },
    { "Pau", 43.295, -0.371, 60 },
    { "Poitiers", 46.580, 0.340, 60 },
    { "Nîmes", 43.837, 4.360, 60 },
    { "Bayonne", 43.493, -1.475, 60 },
    { "Annecy", 45.899, 6.129, 60 },
    { "La Rochelle", 46.160, -1.151, 50 },
    { "Lorient", 47.748, -3.370, 50 },
    { "Valence", 44.933, 4.892, 50 },
    { "Troyes", 48.297, 4.074, 40 },
    { "Chambéry", 45.564, 5.918, 40 },
    { "Angoulême", 45.649, 0.156, 40 },
    { "Niort", 46.323, -0.459, 40 },
    { "Saint-Brieuc", 48.514, -2.765, 40 },
    { "Vannes", 47.658, -2.760, 40 },
    { "Quimper", 47.996, -4.102, 40 },
    { "Laval", 48.073, -0.770, 30 },
    { "Cholet", 47.060, -0.879, 30 },
    { "La Roche-sur-Yon", 46.670, -1.426, 30 },
    { "Chartres", 48.446, 1.489, 30 },
    { "Blois", 47.586, 1.336, 30 },
    { "Bourges", 47.081, 2.398, 30 },
    { "Châteauroux", 46.811, 1.686, 25 },
    { "Nevers", 46.990, 3.159, 25 },
    { "Auxerre", 47.798, 3.567, 25 },
    { "Chalon-sur-Saône", 46.780, 4.854, 25 },
    { "Mâcon", 46.307, 4.828, 25 },
    { "Bourg-en-Bresse", 46.205, 5.226, 25 },
    { "Roanne", 46.034, 4.072, 25 },
    { "Vichy", 46.127, 3.426, 20 },
    { "Moulins", 46.566, 3.333, 20 },
    { "Montluçon", 46.340, 2.603, 20 },
    { "Guéret", 46.172, 1.872, 15 },
    { "Tulle", 45.267, 1.770, 15 },
    { "Brive", 45.159, 1.533, 25 },
    { "Périgueux", 45.184, 0.721, 25 },
    { "Aurillac", 44.926, 2.440, 15 },
    { "Le Puy-en-Velay", 45.043, 3.885, 15 },
    { "Mende", 44.518, 3.501, 10 },
    { "Rodez", 44.350, 2.575, 20 },
    { "Cahors", 44.448, 1.441, 15 },
    { "Albi", 43.929, 2.148, 25 },
    { "Montauban", 44.018, 1.355, 25 },
    { "Agen", 44.203, 0.616, 25 },
    { "Mont-de-Marsan", 43.890, -0.500, 15 },
    { "Auch", 43.646, 0.586, 15 },
    { "Tarbes", 43.233, 0.078, 25 },
    { "Foix", 42.965, 1.607, 10 },
    { "Carcassonne", 43.213, 2.351, 20 },
    { "Béziers", 43.344, 3.216, 30 },
    { "Narbonne", 43.184, 3.004, 20 },
    { "Alès", 44.124, 4.081, 20 },
    { "Privas", 44.735, 4.599, 10 },
    { "Gap", 44.559, 6.079, 15 },
    { "Digne-les-Bains", 44.092, 6.236, 10 },
    { "Draguignan", 43.537, 6.464, 20 },
    { "Ajaccio", 41.919, 8.738, 20 },
    { "Bastia", 42.697, 9.450, 20 },
    { "Épinal", 48.172, 6.449, 15 },
    { "Bar-le-Duc", 48.773, 5.160, 10 },
    { "Chaumont", 48.111, 5.139, 10 },
    { "Vesoul", 47.622, 6.155, 10 },
    { "Lons-le-Saunier", 46.675, 5.554, 10 },
    { "Belfort", 47.640, 6.863, 20 },
    { "Colmar", 48.079, 7.358, 25 },
    { "Charleville-Mézières", 49.762, 4.726, 20 },
    { "Laon", 49.564, 3.620, 10 },
    { "Beauvais", 49.430, 2.081, 20 },
    { "Arras", 50.291, 2.777, 25 },
    { "Dunkerque", 51.034, 2.377, 40 },
    { "Calais", 50.951, 1.858, 25 },
    { "Boulogne-sur-Mer", 50.726, 1.614, 25 },
    { "Évreux", 49.024, 1.151, 20 },
    { "Alençon", 48.432, 0.091, 15 },
    { "Cherbourg", 49.640, -1.616, 20 },
    { "Saint-Lô", 49.116, -1.091, 10 },
    { "Le Havre", 49.494, 0.108, 60 },
    { "Melun", 48.540, 2.660, 60 },
    { "Versailles", 48.801, 2.130, 120 },
    { "Cergy", 49.036, 2.076, 80 },
    { "Évry", 48.629, 2.441, 80 },
};

qint64 residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0 : (n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(std::ceil(p * double(values.size()))) - 1);
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// Milliseconds of one call: elapsed, and on this thread's CPU (what other processes sharing
// the machine do not change).
struct Timing
{
    QList<double> wall;
    QList<double> cpu;

    void time(const std::function<void()> &work)
    {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        work();
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
    }
    QString median(int decimals) const
    {
        return QStringLiteral("%1 ms (CPU %2 ms)")
            .arg(::median(wall), 0, 'f', decimals)
            .arg(::median(cpu), 0, 'f', decimals);
    }
    QString percentile(double p, int decimals) const
    {
        return QStringLiteral("%1 ms (CPU %2 ms)")
            .arg(::percentile(wall, p), 0, 'f', decimals)
            .arg(::percentile(cpu, p), 0, 'f', decimals);
    }
};

class Synthetic
{
public:
    explicit Synthetic(quint32 seed)
        : m_rng(seed)
    {
        for (const Town &t : towns)
            m_totalWeight += t.weight;
    }

    const Town &town()
    {
        int pick = int(m_rng.bounded(m_totalWeight));
        for (const Town &t : towns) {
            if (pick < t.weight)
                return t;
            pick -= t.weight;
        }
        return towns[0];
    }
    double uniform() { return m_rng.generateDouble(); }
    int below(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return below(100) < percent; }
    double gaussian()
    {
        const double u = std::max(uniform(), 1e-12);
        return std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * uniform());
    }
    // Around a town: most workers within 15 km or so, some in the countryside up to 60 km.
    GeoPoint around(const Town &t)
    {
        const double km = chance(80) ? std::abs(gaussian()) * 8.0 : 15 + 45 * uniform();
        const QGeoCoordinate c
            = QGeoCoordinate(t.lat, t.lon).atDistanceAndAzimuth(km * 1000, 360 * uniform());
        return { c.latitude(), c.longitude() };
    }
    QString pick(const QStringList &list) { return list.at(below(int(list.size()))); }

private:
    QRandomGenerator m_rng;
    int m_totalWeight = 0;
};

QString id()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const quint32 seed = argc > 1 ? quint32(QByteArray(argv[1]).toUInt()) : 20261123;
    // More rounds of the engine, for a profiler.
    const int engineRounds = argc > 2 ? std::max(1, QByteArray(argv[2]).toInt()) : 5;
    QTextStream out(stdout);
    Synthetic synthetic(seed);
    const QDateTime monday(QDate(2026, 11, 23), QTime(0, 0), Qt::UTC);
    const QDateTime now = monday.addDays(-1).addSecs(9 * 3600);
    const int townCount = int(std::size(towns));

    out << "Relève matching benchmark (seed " << seed << ")\n";
    const qint64 rssStart = residentKb();
    QElapsedTimer timer;
    timer.start();

    matching::MatchInput input;
    // Structures, each in a town; workers belong to a structure of their town.
    QHash<QString, QStringList> structuresOfTown;
    for (int i = 0; i < structureCount; ++i) {
        const Town &t = synthetic.town();
        matching::LendingStructure s {
            id(), QStringLiteral("SAAD %1 %2").arg(QString::fromUtf8(t.name)).arg(i),
            !synthetic.chance(5),
            synthetic.chance(30) ? QDateTime()
                                 : now.addSecs(-qint64(synthetic.below(60 * 24)) * 3600)
        };
        input.structures.insert(s.id, s);
        structuresOfTown[QString::fromUtf8(t.name)].append(s.id);
    }
    input.staff.reserve(staffCount);
    for (int i = 0; i < staffCount; ++i) {
        const Town &t = synthetic.town();
        const QStringList &local = structuresOfTown[QString::fromUtf8(t.name)];
        StaffMember m;
        m.id = id();
        m.structureId = local.isEmpty() ? input.structures.constBegin().key()
                                        : local.at(synthetic.below(int(local.size())));
        m.firstName = QStringLiteral("Prénom");
        m.lastName = QStringLiteral("Nom %1").arg(i);
        m.home = synthetic.around(t);
        m.qualification = synthetic.pick(domain::vocabulary::qualifications);
        for (const QString &skill : domain::vocabulary::skills)
            if (synthetic.chance(35))
                m.skills.append(skill);
        m.maxTravelKm = 10 + synthetic.below(31);
        m.weeklyHoursCeiling = 24 + synthetic.below(12);
        m.consentSharing = synthetic.chance(90);
        m.active = synthetic.chance(97);
        if (synthetic.chance(85))
            m.availabilityConfirmedAt = now.addSecs(-qint64(synthetic.below(40 * 24)) * 3600);
        input.staff.append(m);
        if (synthetic.chance(30))
            input.recentLoadMinutes.insert(m.id, 60 * synthetic.below(40));
    }
    // 1,000,000 slots over 8 weeks: one-off mostly, some absences, some repeated weekly.
    input.availabilitySlots().reserve(qsizetype(staffCount) * slotsPerWorker);
    for (const StaffMember &m : std::as_const(input.staff)) {
        for (int k = 0; k < slotsPerWorker; ++k) {
            AvailabilitySlot slot;
            slot.id = id();
            slot.structureId = m.structureId;
            slot.staffId = m.id;
            const int day = synthetic.below(7 * weeks);
            slot.start = monday.addDays(day).addSecs(qint64(6 + synthetic.below(10)) * 3600);
            slot.end = slot.start.addSecs(qint64(2 + synthetic.below(7)) * 3600);
            if (synthetic.chance(8))
                slot.kind = QStringLiteral("absent");
            if (synthetic.chance(5))
                slot.weeklyUntil = monday.addDays(day + 7 * (1 + synthetic.below(4))).date();
            input.availabilitySlots().append(slot);
        }
        // Two contracted interventions on average, with their place.
        for (int k = synthetic.below(5); k > 0; --k) {
            const QDateTime start = monday.addDays(synthetic.below(7 * weeks))
                                        .addSecs(qint64(7 + synthetic.below(11)) * 3600);
            const QGeoCoordinate place = m.home.coordinate().atDistanceAndAzimuth(
                10000 * synthetic.uniform(), 360 * synthetic.uniform());
            input.commitments.append(
                { m.id, { start, start.addSecs(3600) }, { place.latitude(), place.longitude() } });
        }
    }
    const double generateMs = double(timer.elapsed());
    const qint64 rssData = residentKb();

    // Requests: a mission near a town, one to six interventions of one or two hours.
    QList<domain::ReplacementRequest> requests;
    for (int i = 0; i < requestCount; ++i) {
        const Town &t = i < townCount ? towns[(i * 7) % townCount] : synthetic.town();
        domain::ReplacementRequest r;
        r.id = id();
        r.structureId = input.structures.keys().at(synthetic.below(structureCount));
        r.missionLocation = synthetic.around(t);
        r.radiusKm = 20 + synthetic.below(11);
        r.needs = { synthetic.pick(domain::vocabulary::needs) };
        if (synthetic.chance(30))
            r.requiredSkills = { synthetic.pick(domain::vocabulary::skills) };
        const int day = synthetic.below(7 * weeks - 7);
        for (int k = 1 + synthetic.below(6); k > 0; --k) {
            const QDateTime start = monday.addDays(day + synthetic.below(7))
                                        .addSecs(qint64(7 + synthetic.below(11)) * 3600);
            r.interventions.append(
                { id(), start, start.addSecs(qint64(1 + synthetic.below(2)) * 3600) });
        }
        requests.append(r);
    }

    out << "data: " << input.staff.size() << " staff around " << townCount << " towns, "
        << input.availabilitySlots().size() << " slots over " << weeks << " weeks, "
        << input.commitments.size() << " commitments, " << input.structures.size()
        << " structures (generated in " << qRound(generateMs) << " ms, RSS "
        << (rssData - rssStart) / 1024 << " MiB)\n";
    out.flush();

    matching::MatchIndex index;
    Timing build;
    build.time([&] { index = matching::MatchIndex(input); });
    const qint64 rssIndex = residentKb();
    out << "index: built in " << build.median(0) << "; RSS " << rssIndex / 1024 << " MiB in all, "
        << (rssIndex - rssData) / 1024 << " MiB more than the data set\n";
    out.flush();

    matching::MatchOptions options = input;
    options.limit = topCandidates;
    options.listExclusions = false;

    // The engine: every request, five times; the median of all runs.
    Timing engine;
    QList<int> eligible;
    for (int round = 0; round < engineRounds; ++round) {
        for (const domain::ReplacementRequest &r : std::as_const(requests)) {
            matching::MatchResult result;
            engine.time([&] { result = index.rank(r, options); });
            if (round == 0)
                eligible.append(result.eligibleCount);
        }
    }
    std::sort(eligible.begin(), eligible.end());

    // Reading every slot once: the floor of any method that looks at all of them.
    Timing reading;
    qint64 total = 0;
    for (int round = 0; round < 5; ++round) {
        reading.time([&] {
            for (const AvailabilitySlot &slot : std::as_const(input.availabilitySlots()))
                total += slot.start.secsTo(slot.end);
        });
    }

    // A full scan of the same data, on a few requests; its results must be the engine's.
    Timing scanning;
    bool identical = true;
    matching::MatchInput scan = input;
    scan.limit = topCandidates;
    scan.listExclusions = false;
    for (int i = 0; i < 5; ++i) {
        scan.request = requests.at(i);
        matching::MatchResult result;
        scanning.time([&] { result = matching::rankByFullScan(scan); });
        identical = identical
            && QJsonDocument(result.toJson(true))
                == QJsonDocument(index.rank(scan.request, options).toJson(true));
    }

    out << "engine, top " << topCandidates << " of a request (" << engine.wall.size()
        << " runs over " << requests.size() << " requests): median " << engine.median(3)
        << ", 90th percentile " << engine.percentile(0.9, 3) << ", max "
        << engine.percentile(1.0, 3) << "\n";
    out << "  eligible workers per request: median " << eligible.at(eligible.size() / 2) << ", max "
        << eligible.last() << "\n";
    out << "full scan (rankByFullScan), same requests: median " << scanning.median(1)
        << "; same results as the engine: " << (identical ? "yes" : "NO") << "\n";
    out << "reading every slot once (sum of " << input.availabilitySlots().size()
        << " durations): median " << reading.median(2) << " (total " << total / 3600 << " h)\n";
    auto ratio = [](const QList<double> &a, const QList<double> &b, int decimals) {
        return QString::number(median(a) / median(b), 'f', decimals);
    };
    out << "ratios, elapsed (CPU): engine / read-everything = "
        << ratio(engine.wall, reading.wall, 4) << " (" << ratio(engine.cpu, reading.cpu, 4)
        << "), aim: well under 0.1; full scan / engine = " << ratio(scanning.wall, engine.wall, 0)
        << " (" << ratio(scanning.cpu, engine.cpu, 0) << ")\n";
    return identical ? 0 : 1;
}
