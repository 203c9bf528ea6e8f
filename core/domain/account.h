// A person who signs in; belongs to one structure (DESIGN.md, "Account"). No secret here:
// password hashes live only in the server's storage.
#pragma once

#include "error.h"

#include <QStringList>

namespace releve::domain {

struct Account
{
    QString id;
    QString structureId;
    QString login;
    QString displayName;
    QString role = QStringLiteral("coordinator");
    QStringList departements; // for a territorial referent: the départements it follows
    bool disabled = false;

    QJsonObject toJson() const;
    static Result<Account> fromJson(const QJsonObject &object);
};

} // namespace releve::domain
