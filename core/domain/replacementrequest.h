// A replacement or intervention request posted by a structure (DESIGN.md, "Request").
#pragma once

#include "availabilityslot.h"
#include "error.h"
#include "geopoint.h"

#include <QStringList>

namespace releve::domain {

struct Intervention
{
    QString id;
    QDateTime start; // UTC
    QDateTime end; // UTC

    TimeRange range() const { return { start, end }; }
    QJsonObject toJson() const;
};

// The coordinator's decision to go ahead despite a rule's warning (amplitude, minimum duration,
// hospital stay…), kept with the request: the code of core/rules/warning.h, the intervention it
// is about (empty: every intervention with that warning) and the written reason.
struct WarningOverride
{
    QString code;
    QString interventionId;
    QString reason;

    QJsonObject toJson() const;
};

struct ReplacementRequest
{
    QString id;
    QString structureId;
    QString status = QStringLiteral("draft");
    QString reason = QStringLiteral("absence");
    QString urgency = QStringLiteral("normal");
    QString missionAddress; // reaches other structures only once they are a contract party
    QString missionCommune;
    GeoPoint missionLocation;
    QString beneficiaryRef; // chosen by the requester, never an identity; stays with the requester
    int gir = 0; // 1–6, 0 unknown
    QString funding = QStringLiteral("apa");
    QStringList needs;
    bool consentRecorded = false; // the person's consent, required before publishing
    QStringList requiredSkills;
    QList<Intervention> interventions;
    QString contractType = QStringLiteral("mise_a_disposition");
    qint64 hourlyRateCents = 2222;
    QDateTime deadline;
    int radiusKm = 20;
    QString note; // mission details for the providing structure; no identity
    QList<WarningOverride> overrides; // the warnings the requester answered with a reason
    QDateTime publishedAt;

    TimeRange span() const; // from the first start to the last end
    qint64 totalMinutes() const;

    QJsonObject toJson() const;
    static Result<ReplacementRequest> fromJson(const QJsonObject &object);
    // Fields only the requester sees (identity and exact place of the beneficiary).
    static const QStringList &privateFields();
};

} // namespace releve::domain
