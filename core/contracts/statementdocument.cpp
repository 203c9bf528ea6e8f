#include "statementdocument.h"

#include "core/contracts/contractdocument.h"
#include "core/contracts/documenttemplate.h"
#include "core/contracts/printeddocument.h"
#include "core/rules/tariffs.h"

#include <QCoreApplication>
#include <QTextDocument>

namespace releve::contracts {

namespace {
const QString dateFormat = QStringLiteral("d MMMM yyyy");
const QString timeFormat = QStringLiteral("HH:mm");

QString time(const QDateTime &instant, const QTimeZone &zone, const QLocale &locale)
{
    return instant.isValid() ? locale.toString(instant.toTimeZone(zone).time(), timeFormat)
                             : QString();
}

QString timeRange(const QDateTime &from, const QDateTime &to, const QTimeZone &zone,
                  const QLocale &locale)
{
    return time(from, zone, locale) + QChar(0x2013) + time(to, zone, locale);
}

QString dayClass(const StatementLine &line, const DocumentTemplate &text)
{
    if (line.holiday)
        return text.label(u"day_classes"_qs, u"holiday"_qs);
    if (line.dayClass == rules::DayClass::SundayOrHoliday)
        return text.label(u"day_classes"_qs, u"sunday"_qs);
    return text.label(u"day_classes"_qs, u"weekday"_qs);
}

QString entry(const StatementLine &line, const DocumentTemplate &text)
{
    return text.label(u"entries"_qs, line.corrected ? u"corrected"_qs : u"timestamped"_qs);
}

// An amount without currency sign or grouping, as spreadsheets read a number: "138,88".
QString plainAmount(qint64 cents, const QLocale &locale)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return (cents < 0 ? u"-"_qs : QString()) + QString::number(magnitude / 100)
        + locale.decimalPoint() + QString::number(magnitude % 100).rightJustified(2, u'0');
}

// Hours and minutes as spreadsheets read a duration: "6:15".
QString clockDuration(qint64 minutes)
{
    return QString::number(minutes / 60) + u':'
        + QString::number(minutes % 60).rightJustified(2, u'0');
}

QString csvField(const QString &value)
{
    if (!value.contains(u';') && !value.contains(u'"') && !value.contains(u'\n')
        && !value.contains(u'\r') && value.trimmed() == value)
        return value;
    return u'"' + QString(value).replace(u"\""_qs, u"\"\""_qs) + u'"';
}

domain::Error templateMissing(const QLocale &locale)
{
    return domain::Error { u"template_missing"_qs,
                           {},
                           QCoreApplication::translate(
                               "releve::contracts",
                               "The template \"%1\" for %2 is missing from this build; nothing "
                               "was printed. Reinstall Relève.")
                               .arg(StatementDocument::templateName(), locale.name()) };
}
} // namespace

QString StatementDocument::templateName()
{
    return u"releve_mensuel"_qs;
}

QString StatementDocument::html(const Statement &statement, const QLocale &requested)
{
    const DocumentTemplate text(templateName(), requested);
    if (!text.isValid())
        return {};
    const QLocale locale = text.locale();
    const QTimeZone &zone = statement.place.zone;
    const domain::Contract &contract = statement.contract;
    TemplateValues values = ContractDocument::values(contract, text, zone);
    auto &v = values.text;

    v.insert(u"contract_type"_qs, text.label(u"contract_types"_qs, contract.type));
    v.insert(u"lender_role"_qs, text.label(u"party_roles"_qs, u"lender_"_qs + contract.type));
    v.insert(u"user_role"_qs, text.label(u"party_roles"_qs, u"user_"_qs + contract.type));
    v.insert(u"period"_qs,
             locale.standaloneMonthName(statement.month) + u' ' + QString::number(statement.year));
    v.insert(u"period_first_day"_qs, locale.toString(statement.firstDay(), dateFormat));
    v.insert(u"period_last_day"_qs, locale.toString(statement.lastDay(), dateFormat));
    v.insert(u"departement"_qs, text.orBlank(statement.place.departement));

    QString rows;
    for (const StatementLine &line : statement.lines) {
        const QStringList cells {
            locale.toString(line.day, u"ddd dd/MM/yyyy"_qs),
            timeRange(line.arrival, line.departure, zone, locale),
            timeRange(line.roundedStart, line.roundedEnd, zone, locale),
            text.duration(line.minutes),
            dayClass(line, text),
            locale.toString(line.kilometres),
            entry(line, text),
        };
        rows += u"<tr>"_qs;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            // Numbers right-aligned, text left.
            const bool number = i == 3 || i == 5;
            rows += (number ? u"<td align=\"right\">"_qs : u"<td>"_qs) + cells.at(i).toHtmlEscaped()
                + u"</td>";
        }
        rows += u"</tr>\n"_qs;
    }
    values.html.insert(u"statement_rows"_qs, rows);
    v.insert(u"line_count"_qs, locale.toString(statement.lines.size()));

    v.insert(u"weekday_hours"_qs, text.duration(statement.weekdayMinutes));
    v.insert(u"sunday_holiday_hours"_qs, text.duration(statement.sundayHolidayMinutes));
    v.insert(u"total_hours"_qs, text.duration(statement.totalMinutes()));
    v.insert(u"weekday_amount"_qs, rules::formatEuros(statement.weekdayAmountCents, locale));
    v.insert(u"sunday_holiday_amount"_qs,
             rules::formatEuros(statement.sundayHolidayAmountCents, locale));
    v.insert(u"hours_amount"_qs, rules::formatEuros(statement.hoursAmountCents(), locale));
    v.insert(u"kilometres"_qs, locale.toString(statement.kilometres));
    v.insert(u"km_amount"_qs, rules::formatEuros(statement.kilometresAmountCents, locale));
    v.insert(u"total_amount"_qs, rules::formatEuros(statement.totalCents(), locale));

    QString unrecorded;
    for (const domain::Intervention &i : statement.unrecorded) {
        const QString item
            = locale.toString(i.start.toTimeZone(zone).date(), u"dddd d MMMM yyyy"_qs) + u", "
            + timeRange(i.start, i.end, zone, locale);
        unrecorded += u"<li>" + item.toHtmlEscaped() + u"</li>\n";
    }
    const QString unrecordedHtml = unrecorded.isEmpty()
        ? QString(u"<p>" + text.phrase(u"none"_qs).toHtmlEscaped() + u"</p>")
        : QString(u"<ul>\n" + unrecorded + u"</ul>");
    values.html.insert(u"unrecorded_list"_qs, unrecordedHtml);

    const int total = int(statement.lines.size());
    const double percent = total == 0 ? 0.0 : 100.0 * statement.correctedCount / total;
    v.insert(u"correction_rate"_qs,
             text.phrase(u"correction"_qs, u"%1 / %2 (%3 %)"_qs)
                 .arg(locale.toString(statement.correctedCount), locale.toString(total),
                      locale.toString(percent, 'f', 1)));
    return text.fill(values);
}

std::unique_ptr<QTextDocument> StatementDocument::document(const Statement &statement,
                                                           const QLocale &locale)
{
    return PrintedDocument::fromHtml(html(statement, locale));
}

domain::Result<QByteArray> StatementDocument::renderPdf(const Statement &statement,
                                                        const QLocale &locale)
{
    const std::unique_ptr<QTextDocument> doc = document(statement, locale);
    if (!doc)
        return templateMissing(locale);
    return PrintedDocument::toPdf(*doc);
}

domain::Result<QString> StatementDocument::writePdf(const Statement &statement, const QString &path,
                                                    const QLocale &locale)
{
    const domain::Result<QByteArray> pdf = renderPdf(statement, locale);
    if (!pdf)
        return pdf.errors();
    return PrintedDocument::write(*pdf, path);
}

QByteArray StatementDocument::csv(const Statement &statement, const QLocale &locale)
{
    const DocumentTemplate text(templateName(), locale);
    const QTimeZone &zone = statement.place.zone;
    const QLocale c = QLocale::c(); // times and dates as spreadsheets read them
    const auto header = [&text](const char *key) {
        return text.label(u"statement_csv"_qs, QString::fromLatin1(key));
    };
    QStringList lines;
    const auto add = [&lines](const QStringList &fields) {
        QStringList escaped;
        for (const QString &f : fields)
            escaped.append(csvField(f));
        lines.append(escaped.join(u';'));
    };
    add({ header("contract"), header("date"), header("arrival"), header("departure"),
          header("rounded_start"), header("rounded_end"), header("minutes"), header("duration"),
          header("day_class"), header("kilometres"), header("entry") });
    for (const StatementLine &line : statement.lines) {
        add({ statement.contract.number, line.day.toString(u"dd/MM/yyyy"_qs),
              time(line.arrival, zone, c), time(line.departure, zone, c),
              time(line.roundedStart, zone, c), time(line.roundedEnd, zone, c),
              QString::number(line.minutes), clockDuration(line.minutes), dayClass(line, text),
              QString::number(line.kilometres), entry(line, text) });
    }
    lines.append(QString());
    const qint64 rate = statement.contract.hourlyRateCents;
    add({ header("summary"), header("quantity"), header("rate"), header("amount") });
    add({ header("weekday_hours"), clockDuration(statement.weekdayMinutes),
          plainAmount(rate, locale), plainAmount(statement.weekdayAmountCents, locale) });
    add({ header("sunday_holiday_hours"), clockDuration(statement.sundayHolidayMinutes),
          plainAmount(rate, locale), plainAmount(statement.sundayHolidayAmountCents, locale) });
    add({ header("kilometres_total"), QString::number(statement.kilometres),
          plainAmount(statement.contract.kmRateCents, locale),
          plainAmount(statement.kilometresAmountCents, locale) });
    add({ header("total"), clockDuration(statement.totalMinutes()), QString(),
          plainAmount(statement.totalCents(), locale) });
    return QByteArray("\xEF\xBB\xBF") + lines.join(u"\r\n"_qs).toUtf8() + "\r\n";
}

domain::Result<QString> StatementDocument::writeCsv(const Statement &statement, const QString &path,
                                                    const QLocale &locale)
{
    return PrintedDocument::write(csv(statement, locale), path);
}

} // namespace releve::contracts
