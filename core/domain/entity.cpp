#include "entity.h"

#include "account.h"
#include "availabilityslot.h"
#include "contract.h"
#include "interventionrecord.h"
#include "proposal.h"
#include "replacementrequest.h"
#include "staffmember.h"
#include "structure.h"

namespace releve::domain::entity {

namespace {
template<typename T>
std::pair<Errors, QJsonObject> decode(const QJsonObject &data)
{
    const Result<T> result = T::fromJson(data);
    if (!result)
        return { result.errors(), {} };
    return { {}, result->toJson() };
}

std::pair<Errors, QJsonObject> dispatch(const QString &name, const QJsonObject &data)
{
    if (name == structure)
        return decode<Structure>(data);
    if (name == account)
        return decode<Account>(data);
    if (name == staff)
        return decode<StaffMember>(data);
    if (name == availability)
        return decode<AvailabilitySlot>(data);
    if (name == request)
        return decode<ReplacementRequest>(data);
    if (name == proposal)
        return decode<Proposal>(data);
    if (name == contract)
        return decode<Contract>(data);
    if (name == interventionRecord)
        return decode<InterventionRecord>(data);
    return { { Error{ QStringLiteral("invalid_value"), QStringLiteral("entity"),
                      QStringLiteral("\"%1\" is not an entity: %2").arg(name.left(40), all.join(u", ")) } },
             {} };
}
} // namespace

Errors validate(const QString &entityName, const QJsonObject &data)
{
    return dispatch(entityName, data).first;
}

QJsonObject normalise(const QString &entityName, const QJsonObject &data)
{
    return dispatch(entityName, data).second;
}

} // namespace releve::domain::entity
