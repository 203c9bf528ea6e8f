#include "tariffs.h"

#include <QLocale>
#include <QString>

namespace releve::rules {

QString formatEuros(qint64 cents, const QLocale &locale)
{
    const QString euro(QChar(0x20AC));
    const qint64 magnitude = cents < 0 ? -cents : cents;
    // The number with the locale's group separator and decimal point, built from integers.
    const QString number = locale.toString(qlonglong(magnitude / 100)) + locale.decimalPoint()
        + locale.toString(qlonglong(magnitude % 100)).rightJustified(2, locale.zeroDigit().at(0));
    // The locale's currency pattern (symbol before or after, spacing), taken from a zero.
    QString pattern = locale.toCurrencyString(0, euro);
    pattern.replace(locale.toString(0), number);
    return cents < 0 ? locale.negativeSign() + pattern : pattern;
}

} // namespace releve::rules
