// The entity names of the change feed and mutations (DESIGN.md, "Fixed interfaces"), and the
// validation of any record by entity name, shared by client and server.
#pragma once

#include "error.h"

#include <QJsonObject>
#include <QStringList>

namespace releve::domain::entity {

inline const QString structure = QStringLiteral("structure");
inline const QString account = QStringLiteral("account");
inline const QString staff = QStringLiteral("staff");
inline const QString availability = QStringLiteral("availability");
inline const QString request = QStringLiteral("request");
inline const QString proposal = QStringLiteral("proposal");
inline const QString contract = QStringLiteral("contract");
inline const QString interventionRecord = QStringLiteral("intervention_record");

inline const QStringList all{ structure, account,  staff,    availability,
                              request,   proposal, contract, interventionRecord };

// Validates a record's data for the entity; returns the errors, each naming its field.
Errors validate(const QString &entityName, const QJsonObject &data);
// The record as its codec writes it back (normalised: trimmed text, UTC instants…).
QJsonObject normalise(const QString &entityName, const QJsonObject &data);

} // namespace releve::domain::entity
