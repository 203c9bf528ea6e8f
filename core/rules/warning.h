// The warnings rules raise about an intervention or a proposal, and the coordinator's overrides.
// A warning is never a silent change: it stays listed, overridden or not (DESIGN.md, "Rules").
#pragma once

#include <QList>
#include <QString>

namespace releve::rules {

enum class Severity {
    Info, // worth knowing (a Sunday, a hospital stay within its 30 days); needs no decision
    Warning, // needs the coordinator's decision: change the plan or override with a reason
};

// Machine codes, stable: stored with overrides, exchanged with the server, translated by UIs.
namespace warningcode {
inline const QString outsideAmplitude = QStringLiteral("outside_amplitude");
inline const QString belowMinimum = QStringLiteral("below_minimum");
inline const QString sunday = QStringLiteral("sunday");
inline const QString publicHoliday = QStringLiteral("public_holiday");
inline const QString hospitalStay = QStringLiteral("hospital_stay");
inline const QString hospitalSuspended = QStringLiteral("hospital_suspended");
inline const QString overlap = QStringLiteral("overlap");
inline const QString dailyRest = QStringLiteral("daily_rest");
inline const QString consecutiveDays = QStringLiteral("consecutive_days");
inline const QString dailySpan = QStringLiteral("daily_span");
inline const QString weeklyCeiling = QStringLiteral("weekly_ceiling");
} // namespace warningcode

struct Warning
{
    QString code; // one of warningcode
    Severity severity = Severity::Warning;
    QString interventionId; // the intervention it is about
    QString message; // for people, translated
    QString overrideReason; // the coordinator's reason to go ahead anyway, set by applyOverrides

    bool isOverridden() const { return !overrideReason.isEmpty(); }
    // A warning of Severity::Warning that nobody has answered yet.
    bool needsDecision() const { return severity == Severity::Warning && !isOverridden(); }
    friend bool operator==(const Warning &, const Warning &) = default;
};

// The coordinator's decision to go ahead despite a warning.
struct Override
{
    QString code;
    QString interventionId; // empty: every warning with this code
    QString reason; // required; an override without a reason is not applied
};

// Returns the warnings with the reasons of the overrides that answer them. No warning is
// removed: an overridden warning stays in the list, with its reason, for the record.
QList<Warning> applyOverrides(QList<Warning> warnings, const QList<Override> &overrides);
// The warnings that still need a decision (see Warning::needsDecision).
QList<Warning> pendingWarnings(const QList<Warning> &warnings);

} // namespace releve::rules
