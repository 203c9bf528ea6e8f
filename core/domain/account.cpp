#include "account.h"

#include "jsonreader.h"
#include "vocabulary.h"

namespace releve::domain {

QJsonObject Account::toJson() const
{
    return QJsonObject{ { QStringLiteral("id"), id },
                        { QStringLiteral("structure_id"), structureId },
                        { QStringLiteral("login"), login },
                        { QStringLiteral("display_name"), displayName },
                        { QStringLiteral("role"), role },
                        { QStringLiteral("departements"), QJsonArray::fromStringList(departements) },
                        { QStringLiteral("disabled"), disabled } };
}

Result<Account> Account::fromJson(const QJsonObject &object)
{
    JsonReader r(object);
    Account a;
    a.id = r.uuid(QStringLiteral("id"), JsonReader::Required);
    a.structureId = r.uuid(QStringLiteral("structure_id"), JsonReader::Required);
    a.login = r.string(QStringLiteral("login"), JsonReader::Required, 100);
    a.displayName = r.string(QStringLiteral("display_name"), JsonReader::Optional, 200);
    a.role = r.code(QStringLiteral("role"), vocabulary::roles, JsonReader::Required);
    a.departements = r.strings(QStringLiteral("departements"), 120, 3);
    a.disabled = r.boolean(QStringLiteral("disabled"));
    if (!r.ok())
        return r.errors();
    return a;
}

} // namespace releve::domain
