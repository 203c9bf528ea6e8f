// Reads a JSON object field by field, checking type, presence and range, and collects an Error
// per bad field (named by its path) so a record is validated in one pass.
#pragma once

#include "error.h"
#include "geopoint.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

namespace releve::domain {

class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString prefix = {});

    enum Presence { Optional, Required };

    // Text is trimmed; longer than maxLength is an error (a 10 MB field never reaches storage).
    QString string(const QString &key, Presence presence, int maxLength = 200);
    // One of the allowed codes.
    QString code(const QString &key, const QStringList &allowed, Presence presence,
                 const QString &fallback = {});
    QStringList codes(const QString &key, const QStringList &allowed);
    QStringList strings(const QString &key, int maxItems = 200, int maxLength = 200);
    qint64 integer(const QString &key, qint64 min, qint64 max, Presence presence,
                   qint64 fallback = 0);
    double number(const QString &key, double min, double max, Presence presence,
                  double fallback = 0);
    bool boolean(const QString &key, bool fallback = false);
    // An instant in ISO 8601 with an offset or Z, returned in UTC.
    QDateTime instant(const QString &key, Presence presence);
    QDate date(const QString &key, Presence presence);
    QTime timeOfDay(const QString &key, Presence presence, QTime fallback = {});
    GeoPoint point(const QString &key, Presence presence);
    QString uuid(const QString &key, Presence presence);
    QStringList uuids(const QString &key);
    QJsonArray array(const QString &key, Presence presence, int maxItems = 1000);

    void addError(const QString &key, const QString &code, const QString &message);
    // Takes the errors of a reader of a nested object (made with this reader's path as prefix).
    void merge(const JsonReader &inner) { m_errors.append(inner.errors()); }
    QString path(const QString &key) const;
    const Errors &errors() const { return m_errors; }
    bool ok() const { return m_errors.isEmpty(); }
    const QJsonObject &object() const { return m_object; }

private:
    bool present(const QString &key, Presence presence);

    QJsonObject m_object;
    QString m_prefix;
    Errors m_errors;
};

// Canonical text forms used in every JSON record.
QString instantToJson(const QDateTime &instant); // "2026-11-23T08:00:00Z"
QDateTime instantFromJson(const QString &text); // invalid if not ISO 8601 with offset
QString newId(); // a UUID without braces, created where the record is born

} // namespace releve::domain
