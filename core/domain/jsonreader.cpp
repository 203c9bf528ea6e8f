#include "jsonreader.h"

#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace releve::domain {

namespace {
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return QStringLiteral("null");
    case QJsonValue::Bool: return QStringLiteral("a boolean");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::String: return QStringLiteral("a string");
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Undefined: break;
    }
    return QStringLiteral("nothing");
}
} // namespace

JsonReader::JsonReader(const QJsonObject &object, QString prefix)
    : m_object(object)
    , m_prefix(std::move(prefix))
{
}

QString JsonReader::path(const QString &key) const
{
    return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key;
}

void JsonReader::addError(const QString &key, const QString &code, const QString &message)
{
    m_errors.append(Error{ code, path(key), message });
}

bool JsonReader::present(const QString &key, Presence presence)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        if (presence == Required)
            addError(key, QStringLiteral("required"), QStringLiteral("is required"));
        return false;
    }
    return true;
}

QString JsonReader::string(const QString &key, Presence presence, int maxLength)
{
    if (!present(key, presence))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be a string, not %1").arg(typeName(value)));
        return {};
    }
    const QString text = value.toString().trimmed();
    if (text.size() > maxLength) {
        addError(key, QStringLiteral("too_long"),
                 QStringLiteral("is too long (%1 characters, at most %2)")
                         .arg(text.size())
                         .arg(maxLength));
        return {};
    }
    if (text.isEmpty() && presence == Required)
        addError(key, QStringLiteral("required"), QStringLiteral("must not be empty"));
    return text;
}

QString JsonReader::code(const QString &key, const QStringList &allowed, Presence presence,
                         const QString &fallback)
{
    const QString text = string(key, presence, 64);
    if (text.isEmpty())
        return fallback;
    if (!allowed.contains(text)) {
        addError(key, QStringLiteral("invalid_value"),
                 QStringLiteral("\"%1\" is not one of: %2").arg(text, allowed.join(u", ")));
        return fallback;
    }
    return text;
}

QStringList JsonReader::strings(const QString &key, int maxItems, int maxLength)
{
    const QJsonArray items = array(key, Optional, maxItems);
    QStringList result;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString itemPath = QStringLiteral("%1[%2]").arg(key).arg(i);
        if (!items.at(i).isString()) {
            addError(itemPath, QStringLiteral("invalid_type"), QStringLiteral("must be a string"));
            continue;
        }
        const QString text = items.at(i).toString().trimmed();
        if (text.size() > maxLength) {
            addError(itemPath, QStringLiteral("too_long"), QStringLiteral("is too long"));
            continue;
        }
        result.append(text);
    }
    return result;
}

QStringList JsonReader::codes(const QString &key, const QStringList &allowed)
{
    QStringList result;
    const QStringList items = strings(key, allowed.size() + 10, 64);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!allowed.contains(items.at(i))) {
            addError(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("invalid_value"),
                     QStringLiteral("\"%1\" is not one of: %2")
                             .arg(items.at(i), allowed.join(u", ")));
        } else if (!result.contains(items.at(i))) {
            result.append(items.at(i));
        }
    }
    return result;
}

qint64 JsonReader::integer(const QString &key, qint64 min, qint64 max, Presence presence,
                           qint64 fallback)
{
    if (!present(key, presence))
        return fallback;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble(qQNaN());
    if (!value.isDouble() || std::isnan(number) || number != std::floor(number)) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be a whole number, not %1").arg(typeName(value)));
        return fallback;
    }
    if (number < double(min) || number > double(max)) {
        addError(key, QStringLiteral("out_of_range"),
                 QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return fallback;
    }
    return qint64(number);
}

double JsonReader::number(const QString &key, double min, double max, Presence presence,
                          double fallback)
{
    if (!present(key, presence))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isDouble()) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be a number, not %1").arg(typeName(value)));
        return fallback;
    }
    const double number = value.toDouble();
    if (!(number >= min && number <= max)) {
        addError(key, QStringLiteral("out_of_range"),
                 QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        return fallback;
    }
    return number;
}

bool JsonReader::boolean(const QString &key, bool fallback)
{
    if (!present(key, Optional))
        return fallback;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be true or false, not %1").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

QDateTime JsonReader::instant(const QString &key, Presence presence)
{
    const QString text = string(key, presence, 40);
    if (text.isEmpty())
        return {};
    const QDateTime instant = instantFromJson(text);
    if (!instant.isValid()) {
        addError(key, QStringLiteral("invalid_date"),
                 QStringLiteral("\"%1\" is not a date and time such as 2026-11-23T08:00:00Z")
                         .arg(text));
        return {};
    }
    return instant;
}

QDate JsonReader::date(const QString &key, Presence presence)
{
    const QString text = string(key, presence, 10);
    if (text.isEmpty())
        return {};
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || date.year() < 2000 || date.year() > 2200) {
        addError(key, QStringLiteral("invalid_date"),
                 QStringLiteral("\"%1\" is not a date such as 2026-11-23").arg(text));
        return {};
    }
    return date;
}

QTime JsonReader::timeOfDay(const QString &key, Presence presence, QTime fallback)
{
    const QString text = string(key, presence, 8);
    if (text.isEmpty())
        return fallback;
    const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!time.isValid()) {
        addError(key, QStringLiteral("invalid_time"),
                 QStringLiteral("\"%1\" is not a time of day such as 07:30").arg(text));
        return fallback;
    }
    return time;
}

GeoPoint JsonReader::point(const QString &key, Presence presence)
{
    if (!present(key, presence))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be an object {\"lat\", \"lon\"}"));
        return {};
    }
    JsonReader inner(value.toObject(), path(key));
    GeoPoint point;
    point.lat = inner.number(QStringLiteral("lat"), -90, 90, Required, qQNaN());
    point.lon = inner.number(QStringLiteral("lon"), -180, 180, Required, qQNaN());
    merge(inner);
    return inner.ok() ? point : GeoPoint{};
}

QString JsonReader::uuid(const QString &key, Presence presence)
{
    const QString text = string(key, presence, 64);
    if (text.isEmpty())
        return {};
    if (QUuid::fromString(text).isNull()) {
        addError(key, QStringLiteral("invalid_id"),
                 QStringLiteral("\"%1\" is not an identifier (UUID)").arg(text.left(64)));
        return {};
    }
    return text.toLower();
}

QStringList JsonReader::uuids(const QString &key)
{
    QStringList result;
    const QStringList items = strings(key, 1000, 64);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (QUuid::fromString(items.at(i)).isNull())
            addError(QStringLiteral("%1[%2]").arg(key).arg(i), QStringLiteral("invalid_id"),
                     QStringLiteral("is not an identifier (UUID)"));
        else
            result.append(items.at(i).toLower());
    }
    return result;
}

QJsonArray JsonReader::array(const QString &key, Presence presence, int maxItems)
{
    if (!present(key, presence))
        return {};
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        addError(key, QStringLiteral("invalid_type"),
                 QStringLiteral("must be an array, not %1").arg(typeName(value)));
        return {};
    }
    const QJsonArray items = value.toArray();
    if (items.size() > maxItems) {
        addError(key, QStringLiteral("too_long"),
                 QStringLiteral("has too many items (%1, at most %2)")
                         .arg(items.size())
                         .arg(maxItems));
        return {};
    }
    return items;
}

QString instantToJson(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    QDateTime utc = instant.toUTC();
    const QTime time = utc.time();
    utc.setTime(QTime(time.hour(), time.minute(), time.second()));
    return utc.toString(Qt::ISODate);
}

QDateTime instantFromJson(const QString &text)
{
    // An instant must say where it is: a bare local time would be read in the machine's zone.
    static const QRegularExpression withOffset(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:"
                           "\\d{2})$"));
    if (!withOffset.match(text).hasMatch())
        return {};
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid() || parsed.date().year() < 2000 || parsed.date().year() > 2200)
        return {};
    return parsed.toUTC();
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace releve::domain
