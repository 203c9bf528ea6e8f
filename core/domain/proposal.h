// A providing structure's offer of one of its staff for some or all of a request's
// interventions (DESIGN.md, "Proposal"). offered → accepted / declined / withdrawn.
#pragma once

#include "error.h"

#include <QDateTime>
#include <QStringList>

namespace releve::domain {

struct Proposal
{
    QString id;
    QString structureId; // the providing structure
    QString requestId;
    QString requestStructureId; // the requester, so both parties see the proposal
    QString staffId;
    QString staffPseudonym;
    QStringList interventionIds; // empty means all of the request's interventions
    QString status = QStringLiteral("offered");
    QString note;
    QStringList warnings; // labour-limit warnings computed when proposing
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Proposal> fromJson(const QJsonObject &object);
};

} // namespace releve::domain
