#include "error.h"

namespace releve::domain {

QJsonObject Error::toJson() const
{
    QJsonObject object{ { QStringLiteral("error"), code }, { QStringLiteral("message"), message } };
    if (!field.isEmpty())
        object.insert(QStringLiteral("field"), field);
    return object;
}

Error Error::fromJson(const QJsonObject &object)
{
    return Error{ object.value(QStringLiteral("error")).toString(),
                  object.value(QStringLiteral("field")).toString(),
                  object.value(QStringLiteral("message")).toString() };
}

QString Error::toString() const
{
    return field.isEmpty() ? message : field + QStringLiteral(": ") + message;
}

} // namespace releve::domain
