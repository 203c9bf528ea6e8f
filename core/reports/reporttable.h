// The dashboard's figures as rows a person reads (indicator, value, what it is computed on), for
// the CSV export (semicolon, UTF-8 with BOM: French spreadsheet software opens it as is) and the
// PDF; and the series of past months the charts draw.
#pragma once

#include "indicators.h"

#include <QCoreApplication>
#include <QLocale>

namespace releve::reports {

struct ReportRow
{
    QString indicator;
    QString value; // formatted with the locale; "—" when there is no data
    QString basis; // what the value is computed on ("14 of 16 requests")
};

class ReportTable
{
    Q_DECLARE_TR_FUNCTIONS(releve::reports::ReportTable)

public:
    static QList<ReportRow> rows(const Indicators &indicators, const QLocale &locale = QLocale());
    // "Indicator;Value;Basis" with a first line naming the scope and the month.
    static QByteArray toCsv(const QString &scope, const ReportPeriod &period,
                            const QList<ReportRow> &rows, const QLocale &locale = QLocale());

    static QString requestStatus(const QString &status);
    static QString percent(const std::optional<double> &rate, const QLocale &locale);
    static QString hours(qint64 minutes, const QLocale &locale);
    static QString duration(const std::optional<qint64> &minutes, const QLocale &locale);
    static QString monthName(const QDate &month, const QLocale &locale); // "novembre 2026"
};

// The figures of each of the count months ending with period's month, oldest first.
QList<Indicators> monthlySeries(const ReportData &data, const QSet<QString> &structureIds,
                                const ReportPeriod &period, int count);

} // namespace releve::reports
