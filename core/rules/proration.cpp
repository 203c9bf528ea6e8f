#include "proration.h"

#include <algorithm>

namespace releve::rules {

int openDays(const QDate &month, const QDate &rightsFrom, const QDate &rightsTo)
{
    if (!month.isValid())
        return 0;
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addDays(month.daysInMonth() - 1);
    const QDate from = rightsFrom.isValid() ? std::max(first, rightsFrom) : first;
    const QDate to = rightsTo.isValid() ? std::min(last, rightsTo) : last;
    return from <= to ? int(from.daysTo(to)) + 1 : 0;
}

int proratePlanMinutes(int planMinutes, const QDate &month, const QDate &rightsFrom,
                       const QDate &rightsTo)
{
    const int days = openDays(month, rightsFrom, rightsTo);
    if (days == 0 || planMinutes <= 0)
        return 0;
    // Integer arithmetic: the product fits easily in 64 bits; division truncates = rounds down.
    return int(qint64(planMinutes) * days / month.daysInMonth());
}

} // namespace releve::rules
