#include "labels.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace releve::ui {

QString Labels::qualification(const QString &code)
{
    if (code == u"deaes"_s)
        return tr("DEAES");
    if (code == u"deavs"_s)
        return tr("DEAVS");
    if (code == u"advf"_s)
        return tr("ADVF");
    if (code == u"aide_soignant"_s)
        return tr("Care assistant");
    if (code == u"none"_s || code.isEmpty())
        return tr("No diploma");
    return code;
}

QString Labels::skill(const QString &code)
{
    if (code == u"disability"_s)
        return tr("Disability");
    if (code == u"end_of_life"_s)
        return tr("End of life");
    if (code == u"alzheimer"_s)
        return tr("Alzheimer's");
    if (code == u"cancer"_s)
        return tr("Cancer");
    if (code == u"nutrition"_s)
        return tr("Nutrition");
    if (code == u"transfers"_s)
        return tr("Transfers");
    return code;
}

QString Labels::skills(const QStringList &codes)
{
    if (codes.isEmpty())
        return tr("None");
    QStringList words;
    for (const QString &code : codes)
        words.append(skill(code));
    return words.join(u", "_s);
}

QString Labels::mobility(const QString &code)
{
    if (code == u"car"_s)
        return tr("Own car");
    if (code == u"licence"_s)
        return tr("Driving licence, no car");
    if (code == u"scooter"_s)
        return tr("Scooter");
    if (code == u"public_transport"_s)
        return tr("Public transport");
    if (code == u"none"_s)
        return tr("No means of transport");
    return code;
}

QString Labels::need(const QString &code)
{
    if (code == u"lever"_s)
        return tr("Getting up");
    if (code == u"toilette"_s)
        return tr("Washing");
    if (code == u"repas"_s)
        return tr("Meals");
    if (code == u"courses"_s)
        return tr("Shopping");
    if (code == u"menage"_s)
        return tr("Housework");
    if (code == u"coucher"_s)
        return tr("Going to bed");
    if (code == u"accompagnement"_s)
        return tr("Accompanying");
    if (code == u"linge"_s)
        return tr("Laundry");
    return code;
}

QString Labels::needs(const QStringList &codes)
{
    if (codes.isEmpty())
        return tr("None");
    QStringList words;
    for (const QString &code : codes)
        words.append(need(code));
    return words.join(u", "_s);
}

QString Labels::reason(const QString &code)
{
    if (code == u"absence"_s)
        return tr("Staff absence");
    if (code == u"sick_leave"_s)
        return tr("Sick leave");
    if (code == u"crisis"_s)
        return tr("Crisis");
    if (code == u"hospital_discharge"_s)
        return tr("Hospital discharge");
    if (code == u"overflow"_s)
        return tr("Too much work");
    return code;
}

QString Labels::urgency(const QString &code)
{
    if (code == u"normal"_s)
        return tr("Normal");
    if (code == u"urgent"_s)
        return tr("Urgent");
    if (code == u"critical"_s)
        return tr("Critical");
    return code;
}

QString Labels::funding(const QString &code)
{
    if (code == u"apa"_s)
        return tr("APA");
    if (code == u"pch"_s)
        return tr("PCH");
    if (code == u"other"_s)
        return tr("Other");
    return code;
}

QString Labels::contractType(const QString &code)
{
    if (code == u"mise_a_disposition"_s)
        return tr("Staff loan (mise à disposition)");
    if (code == u"sous_traitance"_s)
        return tr("Subcontracting (sous-traitance)");
    return code;
}

QString Labels::slotKind(const QString &code)
{
    if (code == u"absent"_s)
        return tr("Absent");
    return tr("Available");
}

QString Labels::requestStatus(const QString &code)
{
    if (code == u"draft"_s)
        return tr("Draft");
    if (code == u"published"_s)
        return tr("Published");
    if (code == u"proposed"_s)
        return tr("Offers received");
    if (code == u"accepted"_s)
        return tr("Accepted");
    if (code == u"contracted"_s)
        return tr("Contract signed");
    if (code == u"done"_s)
        return tr("Done");
    if (code == u"cancelled"_s)
        return tr("Cancelled");
    if (code == u"expired"_s)
        return tr("Expired");
    return code;
}

QString Labels::proposalStatus(const QString &code)
{
    if (code == u"offered"_s)
        return tr("Offered");
    if (code == u"accepted"_s)
        return tr("Accepted");
    if (code == u"declined"_s)
        return tr("Declined");
    if (code == u"withdrawn"_s)
        return tr("Withdrawn");
    return code;
}

QString Labels::contractStatus(const QString &code)
{
    if (code == u"draft"_s)
        return tr("To be signed");
    if (code == u"signed_lender"_s)
        return tr("Signed by the lending agency");
    if (code == u"signed_user"_s)
        return tr("Signed by both agencies");
    if (code == u"active"_s)
        return tr("In force");
    if (code == u"ended"_s)
        return tr("Ended");
    return code;
}

QString Labels::distanceBand(const QString &band)
{
    if (band.isEmpty() || band == u"unknown"_s)
        return tr("Unknown");
    QString text = band;
    if (text.endsWith(u"+ km"_s))
        return tr("More than %1 km").arg(text.chopped(4).trimmed());
    return text.replace(u'-', u'–');
}

QString Labels::warning(const QString &code)
{
    if (code == u"outside_amplitude"_s)
        return tr("Outside working hours");
    if (code == u"below_minimum"_s)
        return tr("Shorter than the minimum");
    if (code == u"sunday"_s)
        return tr("Sunday");
    if (code == u"public_holiday"_s)
        return tr("Public holiday");
    if (code == u"hospital_stay"_s)
        return tr("During a hospital stay");
    if (code == u"hospital_suspended"_s)
        return tr("Past the 30 days of hospital stay");
    if (code == u"overlap"_s)
        return tr("Overlap");
    if (code == u"daily_rest"_s)
        return tr("Daily rest");
    if (code == u"consecutive_days"_s)
        return tr("Consecutive working days");
    if (code == u"daily_span"_s)
        return tr("Daily span");
    if (code == u"weekly_ceiling"_s)
        return tr("Weekly ceiling");
    return code;
}

QString Labels::command(const QString &code)
{
    if (code == u"publish"_s)
        return tr("Publish");
    if (code == u"propose"_s)
        return tr("Proposal");
    if (code == u"accept"_s)
        return tr("Acceptance");
    if (code == u"decline"_s)
        return tr("Decline");
    if (code == u"cancel"_s)
        return tr("Cancellation");
    if (code == u"withdraw"_s)
        return tr("Withdrawal");
    if (code == u"sign"_s)
        return tr("Signature");
    if (code == u"end"_s)
        return tr("End of contract");
    if (code == u"amend"_s)
        return tr("Amendment of the interventions");
    if (code == u"record_document"_s)
        return tr("Printed document record");
    return code;
}

QString Labels::money(qint64 cents)
{
    const QLocale locale;
    const bool negative = cents < 0;
    const qint64 absolute = negative ? -cents : cents;
    QString text = locale.toString(absolute / 100) + locale.decimalPoint()
        + u"%1"_s.arg(absolute % 100, 2, 10, QLatin1Char('0'));
    if (negative)
        text.prepend(locale.negativeSign());
    return tr("%1 €").arg(text);
}

QString Labels::error(const domain::Error &error)
{
    const QString &code = error.code;
    if (code == u"required"_s)
        return tr("Please fill in this field.");
    if (code == u"no_intervention"_s)
        return tr("Add at least one intervention.");
    if (code == u"network"_s)
        return tr("The server cannot be reached. Your changes are kept on this computer and will "
                  "be sent when the connection is back.");
    if (code == u"unauthorized"_s || code == u"invalid_credentials"_s)
        return tr("The login or the password is not right. Check them and try again.");
    if (code == u"forbidden"_s)
        return tr("Your account is not allowed to do this.");
    if (code == u"not_found"_s)
        return tr("This record no longer exists on the server.");
    if (code == u"invalid_transition"_s)
        return tr("This is no longer possible: the record changed in the meantime.");
    // The validation messages of core/domain that people meet in forms, in their language.
    const QString message = error.message.trimmed();
    if (code == u"invalid_value"_s && message == u"is not a phone number"_s)
        return tr("This is not a phone number: use digits, spaces, dots, dashes or a leading +.");
    if (code == u"too_long"_s) {
        static const QRegularExpression most(u"at most (\\d+)"_s);
        const auto match = most.match(message);
        if (match.hasMatch())
            return tr("This text is too long: at most %1 characters.").arg(match.captured(1));
        return tr("This text is too long.");
    }
    if (code == u"out_of_range"_s) {
        static const QRegularExpression between(u"^must be between (\\S+) and (\\S+)$"_s);
        const auto match = between.match(message);
        if (match.hasMatch())
            return tr("Must be between %1 and %2.").arg(match.captured(1), match.captured(2));
    }
    if (code == u"overlap"_s)
        return tr("This overlaps another one.");
    // The message is English source text from core or the server: sentence case it.
    QString text = message;
    if (text.isEmpty())
        return tr("Something went wrong (%1).").arg(code);
    text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text.append(u'.');
    return text;
}

QString Labels::duration(qint64 minutes)
{
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    if (minutes % 60 == 0)
        return tr("%1 h").arg(minutes / 60);
    return tr("%1 h %2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace releve::ui
