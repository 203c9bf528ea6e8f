#include "contractdocument.h"

#include "core/rules/tariffs.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextDocument>

#include <algorithm>

namespace releve::contracts {

namespace {
domain::Error templateMissing(ContractDocument::Kind kind, const QLocale &locale)
{
    return domain::Error { u"template_missing"_qs,
                           {},
                           QCoreApplication::translate(
                               "releve::contracts",
                               "The template \"%1\" for %2 is missing from this build; nothing "
                               "was printed. Reinstall Relève.")
                               .arg(ContractDocument::templateName(kind), locale.name()) };
}
} // namespace

ContractDocument::Kind ContractDocument::mainKind(const domain::Contract &contract)
{
    return contract.type == u"sous_traitance" ? Kind::Subcontract : Kind::Convention;
}

QList<ContractDocument::Kind> ContractDocument::kinds(const domain::Contract &contract)
{
    QList<Kind> result = mainKind(contract) == Kind::Subcontract
        ? QList<Kind> { Kind::Subcontract }
        : QList<Kind> { Kind::Convention, Kind::Avenant };
    if (!contract.amendments.isEmpty())
        result.append(Kind::Amendment);
    return result;
}

QString ContractDocument::templateName(Kind kind)
{
    switch (kind) {
    case Kind::Convention:
        return u"convention_mise_a_disposition"_qs;
    case Kind::Avenant:
        return u"avenant_contrat_de_travail"_qs;
    case Kind::Subcontract:
        return u"contrat_sous_traitance"_qs;
    case Kind::Amendment:
        return u"avenant_modification"_qs;
    }
    Q_UNREACHABLE();
}

QString ContractDocument::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Convention:
        return u"convention"_qs;
    case Kind::Avenant:
        return u"avenant"_qs;
    case Kind::Subcontract:
        return u"sous_traitance"_qs;
    case Kind::Amendment:
        return u"amendment"_qs;
    }
    Q_UNREACHABLE();
}

QString ContractDocument::templatePath(const QLocale &locale, Kind kind)
{
    return DocumentTemplate::path(templateName(kind), locale);
}

TemplateValues ContractDocument::values(const domain::Contract &contract,
                                        const DocumentTemplate &text, const QTimeZone &zone)
{
    // Values are formatted in the template's language whatever locale was asked for.
    const QLocale locale = text.locale();
    const QString dateFormat = u"d MMMM yyyy"_qs;
    const QString dayFormat = u"dddd d MMMM yyyy"_qs;
    const QString timeFormat = u"HH:mm"_qs;

    TemplateValues values;
    auto &v = values.text;
    v.insert(u"blank"_qs, text.blank());
    v.insert(u"number"_qs, text.orBlank(contract.number));
    const auto party = [&](const QString &prefix, const domain::ContractParty &p) {
        v.insert(prefix + u"_name", text.orBlank(p.name));
        v.insert(prefix + u"_siret", text.orBlank(p.siret));
        v.insert(prefix + u"_authorisation", text.orBlank(p.authorisation));
        v.insert(prefix + u"_address", text.orBlank(p.address));
    };
    party(u"lender"_qs, contract.lender);
    party(u"user"_qs, contract.user);
    v.insert(u"staff_name"_qs, text.orBlank(contract.staffName));
    v.insert(u"staff_qualification"_qs,
             text.orBlank(text.label(u"qualifications"_qs, contract.staffQualification)));
    v.insert(u"mission_address"_qs, text.orBlank(contract.missionAddress));
    v.insert(u"mission_commune"_qs, text.orBlank(contract.missionCommune));
    v.insert(u"mission_departement"_qs, text.orBlank(contract.missionDepartement));
    v.insert(u"post_characteristics"_qs, text.orBlank(contract.postCharacteristics));
    v.insert(u"contract_type"_qs, text.label(u"contract_types"_qs, contract.type));
    v.insert(u"lender_role"_qs, text.label(u"party_roles"_qs, u"lender_"_qs + contract.type));
    v.insert(u"user_role"_qs, text.label(u"party_roles"_qs, u"user_"_qs + contract.type));
    QStringList needs;
    for (const QString &need : contract.needs)
        needs.append(text.label(u"needs"_qs, need));
    v.insert(u"needs"_qs, text.orBlank(locale.createSeparatedList(needs)));

    // Interventions in time order, in local time of the place of work.
    QList<domain::Intervention> interventions = contract.interventions;
    std::stable_sort(interventions.begin(), interventions.end(),
                     [](const domain::Intervention &a, const domain::Intervention &b) {
                         return a.start < b.start;
                     });
    QString list = u"<ul>\n"_qs;
    qint64 totalMinutes = 0;
    QDateTime lastEnd;
    for (const domain::Intervention &i : interventions) {
        const QDateTime start = i.start.toTimeZone(zone);
        const QDateTime end = i.end.toTimeZone(zone);
        const qint64 minutes = i.start.secsTo(i.end) / 60;
        totalMinutes += minutes;
        lastEnd = lastEnd.isValid() ? std::max(lastEnd, i.end) : i.end;
        QString line = locale.toString(start.date(), dayFormat) + u", "
            + locale.toString(start.time(), timeFormat) + QChar(0x2013);
        if (end.date() != start.date())
            line += locale.toString(end.date(), dayFormat) + u", ";
        line += locale.toString(end.time(), timeFormat) + u" (" + text.duration(minutes) + u')';
        list += u"<li>" + line.toHtmlEscaped() + u"</li>\n";
    }
    list += u"</ul>"_qs;
    values.html.insert(u"intervention_list"_qs, list);
    v.insert(u"intervention_count"_qs, locale.toString(interventions.size()));
    v.insert(u"total_duration"_qs, text.duration(totalMinutes));
    v.insert(
        u"first_day"_qs,
        interventions.isEmpty()
            ? text.blank()
            : locale.toString(interventions.first().start.toTimeZone(zone).date(), dateFormat));
    v.insert(u"last_day"_qs,
             lastEnd.isValid() ? locale.toString(lastEnd.toTimeZone(zone).date(), dateFormat)
                               : text.blank());

    v.insert(u"hourly_rate"_qs, rules::formatEuros(contract.hourlyRateCents, locale));
    v.insert(u"km_rate"_qs, rules::formatEuros(contract.kmRateCents, locale));

    const auto signatures = [&](const QString &prefix, const QList<domain::Signature> &list) {
        for (const QString &role : { u"lender"_qs, u"user"_qs, u"employee"_qs }) {
            const auto signature
                = std::find_if(list.cbegin(), list.cend(),
                               [&role](const domain::Signature &s) { return s.role == role; });
            const bool signedByRole = signature != list.cend();
            v.insert(prefix + role + u"_signatory",
                     signedByRole ? text.orBlank(signature->name) : text.blank());
            v.insert(prefix + role + u"_signed_on",
                     signedByRole && signature->at.isValid()
                         ? locale.toString(signature->at.toTimeZone(zone).date(), dateFormat)
                         : text.blank());
        }
    };
    signatures({}, contract.signatures);

    // The latest amendment: its number, reason and what it changes, interventions by their
    // times (the list above is already the amended one).
    const domain::ContractAmendment amendment
        = contract.amendments.isEmpty() ? domain::ContractAmendment() : contract.amendments.last();
    v.insert(u"amendment_number"_qs, text.orBlank(amendment.number));
    v.insert(u"amendment_reason"_qs, text.orBlank(amendment.reason));
    v.insert(u"amendment_date"_qs,
             amendment.createdAt.isValid()
                 ? locale.toString(amendment.createdAt.toTimeZone(zone).date(), dateFormat)
                 : text.blank());
    signatures(u"amendment_"_qs, amendment.signatures);
    const auto slot = [&](const QList<domain::Intervention> &list, const QString &id) -> QString {
        for (const domain::Intervention &i : list) {
            if (i.id == id) {
                const QDateTime start = i.start.toTimeZone(zone);
                const QDateTime end = i.end.toTimeZone(zone);
                return locale.toString(start.date(), dayFormat) + u", "
                    + locale.toString(start.time(), timeFormat) + QChar(0x2013)
                    + locale.toString(end.time(), timeFormat);
            }
        }
        return text.blank();
    };
    QString changes = u"<ul>\n"_qs;
    const auto change = [&](const QString &label, const QString &line) {
        changes += u"<li>"
            + text.phrase(u"amendment_line"_qs, u"%1: %2"_qs).arg(label, line).toHtmlEscaped()
            + u"</li>\n";
    };
    for (const QString &id : amendment.added)
        change(text.phrase(u"amendment_added"_qs, u"added"_qs), slot(amendment.interventions, id));
    for (const QString &id : amendment.changed)
        change(text.phrase(u"amendment_changed"_qs, u"moved"_qs),
               slot(amendment.previous, id) + u" → " + slot(amendment.interventions, id));
    for (const QString &id : amendment.removed)
        change(text.phrase(u"amendment_removed"_qs, u"removed"_qs), slot(amendment.previous, id));
    if (amendment.added.isEmpty() && amendment.changed.isEmpty() && amendment.removed.isEmpty())
        changes += u"<li>" + text.phrase(u"none"_qs).toHtmlEscaped() + u"</li>\n";
    changes += u"</ul>"_qs;
    values.html.insert(u"amendment_changes"_qs, changes);
    // The employee signs an amendment of a loan of staff (their hours change), not of a
    // subcontract. The label is lines of text: "%1" the name, "%2" the date.
    QString employeeCell;
    if (contract.type != u"sous_traitance") {
        const QStringList lines
            = text.phrase(u"amendment_employee_cell"_qs, u"%1\n%2"_qs)
                  .arg(v.value(u"staff_name"_qs), v.value(u"amendment_employee_signed_on"_qs))
                  .split(u'\n');
        employeeCell = u"<td width=\"34%\">"_qs;
        for (const QString &line : lines)
            employeeCell += line.toHtmlEscaped() + u"<br>"_qs;
        employeeCell += u"<br><br></td>"_qs;
    }
    values.html.insert(u"amendment_employee_cell"_qs, employeeCell);
    return values;
}

QString ContractDocument::html(const domain::Contract &contract, const QLocale &locale,
                               const QTimeZone &zone)
{
    return html(mainKind(contract), contract, locale, zone);
}

QString ContractDocument::html(Kind kind, const domain::Contract &contract, const QLocale &locale,
                               const QTimeZone &zone)
{
    const DocumentTemplate text(templateName(kind), locale);
    if (!text.isValid())
        return {};
    return text.fill(values(contract, text, zone));
}

std::unique_ptr<QTextDocument> ContractDocument::document(const domain::Contract &contract,
                                                          const QLocale &locale,
                                                          const QTimeZone &zone)
{
    return document(mainKind(contract), contract, locale, zone);
}

std::unique_ptr<QTextDocument> ContractDocument::document(Kind kind,
                                                          const domain::Contract &contract,
                                                          const QLocale &locale,
                                                          const QTimeZone &zone)
{
    return PrintedDocument::fromHtml(html(kind, contract, locale, zone));
}

bool ContractDocument::print(const QTextDocument &document, QPagedPaintDevice *device)
{
    return PrintedDocument::print(document, device);
}

domain::Result<QByteArray> ContractDocument::renderPdf(const domain::Contract &contract,
                                                       const QLocale &locale, const QTimeZone &zone)
{
    return renderPdf(mainKind(contract), contract, locale, zone);
}

domain::Result<QByteArray> ContractDocument::renderPdf(Kind kind, const domain::Contract &contract,
                                                       const QLocale &locale, const QTimeZone &zone)
{
    const std::unique_ptr<QTextDocument> doc = document(kind, contract, locale, zone);
    if (!doc)
        return templateMissing(kind, locale);
    return PrintedDocument::toPdf(*doc);
}

domain::Result<QString> ContractDocument::writePdf(const domain::Contract &contract,
                                                   const QString &path, const QLocale &locale,
                                                   const QTimeZone &zone)
{
    return writePdf(mainKind(contract), contract, path, locale, zone);
}

domain::Result<QString> ContractDocument::writePdf(Kind kind, const domain::Contract &contract,
                                                   const QString &path, const QLocale &locale,
                                                   const QTimeZone &zone)
{
    const domain::Result<QByteArray> pdf = renderPdf(kind, contract, locale, zone);
    if (!pdf)
        return pdf.errors();
    return PrintedDocument::write(*pdf, path);
}

QString ContractDocument::documentHash(const QByteArray &pdf)
{
    return PrintedDocument::documentHash(pdf);
}

} // namespace releve::contracts
