// The replacement contract created when a requester accepts a proposal (DESIGN.md,
// "Contract"). Only its two parties receive it; it is the only record carrying the worker's name.
#pragma once

#include "error.h"
#include "replacementrequest.h"

namespace releve::domain {

struct Signature
{
    QString role; // "lender", "user", "employee"
    QString name;
    QDateTime at;
};

struct ContractParty
{
    QString structureId;
    QString name;
    QString siret;
    QString authorisation;
    QString address;
};

struct Contract
{
    QString id;
    QString structureId; // the lending structure (the worker's employer)
    QString number; // REL-2026-000123, unique on the platform and per year
    QString type = QStringLiteral("mise_a_disposition");
    QString requestId;
    QString proposalId;
    ContractParty lender;
    ContractParty user; // the requesting structure
    QString staffId;
    QString staffName;
    QString staffQualification;
    QString missionAddress;
    QString missionCommune;
    QStringList needs;
    QList<Intervention> interventions;
    qint64 hourlyRateCents = 0;
    qint64 kmRateCents = 0;
    QString status = QStringLiteral("draft");
    QList<Signature> signatures;
    QString documentHash; // SHA-256 of the printed document
    QDateTime createdAt;

    QJsonObject toJson() const;
    static Result<Contract> fromJson(const QJsonObject &object);
};

} // namespace releve::domain
