// A small territory for the report tests, May 2026, Paris time, with every figure computed by
// hand in tst_indicators.cpp. Agency A (Creuse) borrows from agency B (Creuse) and lends to it;
// structure C (Haute-Vienne) has no activity. May 2026: Friday 1 and Friday 8 are public
// holidays, Sunday 10, Ascension Thursday 14, Whit Monday 25 (Code du travail L3133-1).
#pragma once

#include "core/reports/indicators.h"

#include <QTimeZone>

namespace releve::reports::testing {

inline QDateTime paris(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute),
                     QTimeZone(QByteArrayLiteral("Europe/Paris")))
        .toUTC();
}

inline QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, minute), QTimeZone::utc());
}

inline QString uuid(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

inline const QString agencyA = uuid(1);
inline const QString agencyB = uuid(2);
inline const QString agencyC = uuid(3);
inline const QString worker1 = uuid(11); // B's
inline const QString worker2 = uuid(12); // B's
inline const QString worker9 = uuid(19); // A's

inline domain::Structure structure(const QString &id, const QString &name,
                                   const QString &departement)
{
    domain::Structure s;
    s.id = id;
    s.name = name;
    s.departement = departement;
    return s;
}

inline domain::ReplacementRequest request(int n, const QString &structureId, const QString &status,
                                          const QString &beneficiary, const QDateTime &publishedAt,
                                          const QList<domain::Intervention> &interventions)
{
    domain::ReplacementRequest q;
    q.id = uuid(100 + n);
    q.structureId = structureId;
    q.status = status;
    q.beneficiaryRef = beneficiary;
    q.publishedAt = publishedAt;
    q.interventions = interventions;
    return q;
}

inline domain::Intervention slot(int n, int month, int day, int fromHour, int fromMinute,
                                 int toHour, int toMinute)
{
    return { uuid(1000 + n), paris(month, day, fromHour, fromMinute),
             paris(month, day, toHour, toMinute) };
}

inline domain::Contract contract(int n, const QString &lender, const QString &user,
                                 const QString &requestId, const QString &staffId,
                                 const QDateTime &createdAt,
                                 const QList<domain::Intervention> &interventions)
{
    domain::Contract c;
    c.id = uuid(200 + n);
    c.structureId = lender;
    c.number = QStringLiteral("REL-2026-%1").arg(n, 6, 10, QLatin1Char('0'));
    c.requestId = requestId;
    c.lender = { lender, QStringLiteral("Lender"), {}, {}, {} };
    c.user = { user, QStringLiteral("User"), {}, {}, {} };
    c.staffId = staffId;
    c.staffName = QStringLiteral("Worker");
    c.interventions = interventions;
    c.createdAt = createdAt;
    c.status = QStringLiteral("active");
    return c;
}

inline domain::InterventionRecord done(int n, const domain::Contract &c,
                                       const domain::Intervention &i, int roundedMinutes,
                                       bool corrected)
{
    domain::InterventionRecord r;
    r.id = uuid(300 + n);
    r.structureId = c.structureId;
    r.contractId = c.id;
    r.interventionId = i.id;
    r.arrival = i.start;
    r.departure = i.start.addSecs(60 * roundedMinutes);
    r.roundedStart = i.start;
    r.roundedMinutes = roundedMinutes;
    r.corrected = corrected;
    return r;
}

inline ReportData mayFixture()
{
    ReportData data;
    data.structures = { structure(agencyA, QStringLiteral("A"), QStringLiteral("23")),
                        structure(agencyB, QStringLiteral("B"), QStringLiteral("23")),
                        structure(agencyC, QStringLiteral("C"), QStringLiteral("87")) };

    // A's requests. q1: beneficiary A-1, Monday 4 and Sunday 10.
    const domain::Intervention i1a = slot(1, 5, 4, 8, 0, 10, 0); // 120 min, weekday
    const domain::Intervention i1b = slot(2, 5, 10, 8, 0, 9, 0); // 60 min, Sunday
    const auto q1 = request(1, agencyA, QStringLiteral("contracted"), QStringLiteral("A-1"),
                            utc(4, 28, 8), { i1a, i1b });
    // q2: A-1 again, Thursday 7 and Ascension Thursday 14.
    const domain::Intervention i2a = slot(3, 5, 7, 17, 0, 18, 0); // 60 min, weekday
    const domain::Intervention i2b = slot(4, 5, 14, 17, 0, 18, 30); // 90 min, holiday
    const auto q2 = request(2, agencyA, QStringLiteral("done"), QStringLiteral("A-1"),
                            utc(5, 2, 10), { i2a, i2b });
    const auto q3 = request(3, agencyA, QStringLiteral("published"), QStringLiteral("A-2"),
                            utc(5, 15, 9), { slot(5, 5, 20, 9, 0, 10, 0) });
    const auto q4 = request(4, agencyA, QStringLiteral("draft"), QStringLiteral("A-2"), {},
                            { slot(6, 5, 21, 9, 0, 10, 0) });
    const auto q5 = request(5, agencyA, QStringLiteral("cancelled"), QStringLiteral("A-2"), {},
                            { slot(7, 5, 22, 9, 0, 10, 0) });
    const auto q6 = request(6, agencyA, QStringLiteral("cancelled"), QStringLiteral("A-2"),
                            utc(5, 18, 9), { slot(8, 5, 23, 9, 0, 10, 0) });
    const auto q7 = request(7, agencyA, QStringLiteral("expired"), QStringLiteral("A-2"),
                            utc(5, 1, 9), { slot(9, 5, 5, 9, 0, 10, 0) });
    // q8: beneficiary A-3, Wednesday 6.
    const domain::Intervention i8 = slot(10, 5, 6, 9, 0, 10, 0); // 60 min, weekday
    const auto q8 = request(8, agencyA, QStringLiteral("accepted"), QStringLiteral("A-3"),
                            utc(5, 5, 9), { i8 });
    // q9: April, outside the month.
    const domain::Intervention i9 = slot(11, 4, 30, 9, 0, 10, 0);
    const auto q9 = request(9, agencyA, QStringLiteral("contracted"), QStringLiteral("A-1"),
                            utc(4, 20, 9), { i9 });
    // B's request, covered by A's worker: Tuesday 12 and Whit Monday 25.
    const domain::Intervention iba = slot(12, 5, 12, 14, 0, 16, 0); // 120 min, weekday
    const domain::Intervention ibb = slot(13, 5, 25, 9, 0, 10, 0); // 60 min, holiday
    const auto qb = request(10, agencyB, QStringLiteral("contracted"), QStringLiteral("B-1"),
                            utc(5, 10, 8), { iba, ibb });
    data.requests = { q1, q2, q3, q4, q5, q6, q7, q8, q9, qb };

    const auto c1 = contract(1, agencyB, agencyA, q1.id, worker1, utc(4, 28, 11, 30), { i1a, i1b });
    const auto c2 = contract(2, agencyB, agencyA, q2.id, worker2, utc(5, 2, 10, 45), { i2a, i2b });
    const auto c3 = contract(3, agencyB, agencyA, q8.id, worker1, utc(5, 5, 14), { i8 });
    const auto c4 = contract(4, agencyB, agencyA, q9.id, worker2, utc(4, 20, 12), { i9 });
    const auto c5 = contract(5, agencyA, agencyB, qb.id, worker9, utc(5, 10, 9), { iba, ibb });
    data.contracts = { c1, c2, c3, c4, c5 };

    data.records
        = { done(1, c1, i1a, 115, false), done(2, c1, i1b, 60, true),  done(3, c2, i2b, 90, false),
            done(4, c5, iba, 120, false), done(5, c5, ibb, 55, false), done(6, c4, i9, 60, true) };
    return data;
}

} // namespace releve::reports::testing
