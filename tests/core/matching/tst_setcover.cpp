// Tests of core/matching/setcover: the fewest sets, and the best ranked among equal families.
#include "core/matching/setcover.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace releve::matching;

namespace {

QSet<int> unionOf(const QList<QList<int>> &sets, const QList<int> &members)
{
    QSet<int> all;
    for (int m : members)
        for (int e : sets.at(m))
            all.insert(e);
    return all;
}

QList<int> allIndices(qsizetype n)
{
    QList<int> indices;
    for (int i = 0; i < n; ++i)
        indices.append(i);
    return indices;
}

// Every subset, by increasing size, in lexicographic order: the first that covers what all
// the sets cover is the answer smallestCover must give.
QList<int> bruteForceCover(const QList<QList<int>> &sets)
{
    const QSet<int> target = unionOf(sets, allIndices(sets.size()));
    const int n = int(sets.size());
    QList<int> best;
    bool found = false;
    for (quint32 subset = 0; subset < (quint32(1) << n); ++subset) {
        QList<int> members;
        for (int i = 0; i < n; ++i)
            if (subset & (quint32(1) << i))
                members.append(i);
        if (unionOf(sets, members) != target)
            continue;
        if (!found || members.size() < best.size()
            || (members.size() == best.size() && members < best)) {
            best = members;
            found = true;
        }
    }
    return best;
}

QList<QList<int>> randomInstance(QRandomGenerator &rng, int maxSets, int maxElements,
                                 int *elementCount)
{
    *elementCount = 1 + int(rng.bounded(maxElements));
    const int setCount = 1 + int(rng.bounded(maxSets));
    QList<QList<int>> sets;
    for (int i = 0; i < setCount; ++i) {
        QList<int> set;
        const int density = 15 + int(rng.bounded(50));
        for (int e = 0; e < *elementCount; ++e)
            if (int(rng.bounded(100)) < density)
                set.append(e);
        sets.append(set);
    }
    return sets;
}

} // namespace

class TestSetCover : public QObject
{
    Q_OBJECT

private slots:
    void exactCoverEqualsBruteForceOptimum()
    {
        QRandomGenerator rng(20261123); // fixed: the same 300 instances every run
        for (int round = 0; round < 300; ++round) {
            int elementCount = 0;
            const QList<QList<int>> sets = randomInstance(rng, 11, 10, &elementCount);
            const SetCover cover = smallestCover(sets, elementCount);
            QVERIFY(cover.exact);
            const QList<int> expected = bruteForceCover(sets);
            QCOMPARE(cover.members, expected);
        }
    }

    void greedyCoverStaysWithinLogarithmicBound()
    {
        QRandomGenerator rng(4242);
        for (int round = 0; round < 200; ++round) {
            int elementCount = 0;
            const QList<QList<int>> sets = randomInstance(rng, 11, 12, &elementCount);
            const SetCover cover = smallestCover(sets, elementCount, CoverLimits { 0, 0 });
            QVERIFY(!cover.exact || unionOf(sets, allIndices(sets.size())).isEmpty());
            QCOMPARE(unionOf(sets, cover.members), unionOf(sets, allIndices(sets.size())));
            qsizetype largest = 0;
            for (const QList<int> &set : sets)
                largest = std::max(largest, set.size());
            const qsizetype optimum = bruteForceCover(sets).size();
            const double bound = std::log(double(std::max<qsizetype>(largest, 1))) + 1;
            QVERIFY(cover.members.size() <= optimum * bound + 1e-9);
            QVERIFY(std::is_sorted(cover.members.begin(), cover.members.end()));
        }
    }

    void longRequestWithFewPatternsStaysExact()
    {
        // 60 interventions, but each worker takes whole weekdays: only 5 distinct patterns.
        QList<QList<int>> sets(4);
        for (int e = 0; e < 60; ++e) {
            const int weekday = e % 5;
            if (weekday < 3)
                sets[0].append(e);
            if (weekday >= 2)
                sets[1].append(e);
            if (weekday == 0 || weekday == 4)
                sets[2].append(e);
            if (weekday == 1 || weekday == 3)
                sets[3].append(e);
        }
        const SetCover cover = smallestCover(sets, 60);
        QVERIFY(cover.exact);
        QCOMPARE(cover.members, (QList<int> { 0, 1 }));
    }

    void manyPatternsFallBackToGreedy()
    {
        // Each of 20 sets covers its own element and a shared one: 20 distinct patterns.
        QList<QList<int>> sets;
        for (int i = 0; i < 20; ++i)
            sets.append(QList<int> { i, 20 });
        const SetCover cover = smallestCover(sets, 21);
        QVERIFY(!cover.exact);
        QCOMPARE(cover.members.size(), 20);
    }

    void uncoverableElementsAndEmptySetsAreIgnored()
    {
        const QList<QList<int>> sets { {}, { 1 }, { 1, 3 }, { 7, -1 } };
        const SetCover cover = smallestCover(sets, 5);
        QVERIFY(cover.exact);
        QCOMPARE(cover.members, (QList<int> { 2 }));
        QVERIFY(smallestCover({}, 3).members.isEmpty());
        QVERIFY(smallestCover({ { 0 } }, 0).members.isEmpty());
    }

    void equalSetsKeepTheBestRanked()
    {
        const QList<QList<int>> sets { { 0 }, { 1, 2 }, { 0 }, { 1, 2 }, { 0, 1, 2 } };
        QCOMPARE(smallestCover(sets, 3).members, (QList<int> { 4 }));
        const QList<QList<int>> pairs { { 1, 2 }, { 0 }, { 1, 2 }, { 0 } };
        QCOMPARE(smallestCover(pairs, 3).members, (QList<int> { 0, 1 }));
    }
};

QTEST_GUILESS_MAIN(TestSetCover)
#include "tst_setcover.moc"
