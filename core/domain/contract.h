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

// The SHA-256 of a document as it was printed or exported (PDF bytes), per document kind and
// contract text version, so that a signed paper copy can be matched to the file it came from.
struct PrintedDocumentRecord
{
    QString kind; // "convention", "avenant", "sous_traitance", "amendment", "statement"
    int textVersion = 0; // 0: the original text; n: after the n-th amendment
    QString sha256; // 64 lowercase hexadecimal characters
    QString structureId; // the party that printed it
    QDateTime at;
};

// An amendment (avenant) to the contract when its interventions change: its own number
// (REL-2026-000123-A1, -A2…), the interventions after it, what changed, and its own signatures
// (draft → signed_lender → signed_user → active, as the contract).
struct ContractAmendment
{
    QString number;
    QString reason;
    QString structureId; // the party that asked for it
    QList<Intervention> interventions; // the contract's interventions from this amendment on
    QList<Intervention> previous; // the interventions it replaced
    QStringList added; // intervention ids
    QStringList removed;
    QStringList changed; // same id, other times
    QString status = QStringLiteral("draft");
    QList<Signature> signatures;
    QDateTime createdAt;
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
    QString missionDepartement; // of the place of work: its public holidays (L3134-13)
    QString postCharacteristics; // the particular characteristics of the post (L8241-2 3°)
    QStringList needs;
    QList<Intervention> interventions;
    qint64 hourlyRateCents = 0;
    qint64 kmRateCents = 0;
    QString status = QStringLiteral("draft");
    QList<Signature> signatures;
    QString documentHash; // SHA-256 of the printed main document (the latest recorded)
    QList<PrintedDocumentRecord> documents; // every printed document's hash
    QList<ContractAmendment> amendments; // oldest first
    QDateTime createdAt;

    // The contract's text version: the number of amendments.
    int textVersion() const { return int(amendments.size()); }

    // PrintedDocumentRecord::kind codes; ContractAmendment::status codes.
    static const QStringList &documentKinds();
    static const QStringList &amendmentStatuses();

    QJsonObject toJson() const;
    static Result<Contract> fromJson(const QJsonObject &object);
};

} // namespace releve::domain
