// Why a candidate ranks where it does, as structured reason codes the server sends
// (Candidate::reasonCodes, "reason_codes" in JSON) and the sentences they stand for, built
// through QCoreApplication::translate("releve::matching", …) so that each reader gets them in
// their own language. The English `reasons` the server also sends are these sentences built
// with QLocale::c() and no translator.
//
// Codes and their arguments (every code has "code"):
//   covers_all {count}                 covers_some {covered, count}
//   distance_band {band, max_travel_km, radius_km, routed}
//   availability_confirmed {date (yyyy-MM-dd), days (before the ranking), stale,
//                           stale_after_days}
//   availability_never_confirmed {}    came_before {}
//   unreachable {count}: interventions it cannot reach in time between its commitments
//   cover_member {team_size}           only_candidate {}        draw {}
//   ahead / behind {criterion, …}: what puts it before the next candidate / after the previous
//     one. criterion: coverage, continuity, distance, freshness (+ tier_km, stale_after_days),
//     load (+ tier_km), structure_fairness (+ tie_km), qualification (+ tie_km, personal_care).
#pragma once

#include <QJsonObject>
#include <QLocale>
#include <QString>

namespace releve::matching {

// The sentence for a reason code in the application's language, dates in `locale`'s format
// (QLocale::c(): ISO 8601). Empty for a code this version does not know.
QString explainReason(const QJsonObject &code, const QLocale &locale);
QString explainReason(const QJsonObject &code); // in QLocale()

} // namespace releve::matching
