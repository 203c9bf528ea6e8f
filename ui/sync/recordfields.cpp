#include "recordfields.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace entity = domain::entity;

namespace {

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

bool isInstant(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"_s);
    return pattern.match(text).hasMatch();
}

bool isDate(const QString &text)
{
    static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

QString RecordFields::entityName(const QString &name)
{
    if (name == entity::structure)
        return tr("Structure");
    if (name == entity::account)
        return tr("Account");
    if (name == entity::staff)
        return tr("Staff member");
    if (name == entity::availability)
        return tr("Availability");
    if (name == entity::request)
        return tr("Request");
    if (name == entity::proposal)
        return tr("Proposal");
    if (name == entity::contract)
        return tr("Contract");
    if (name == entity::interventionRecord)
        return tr("Time record");
    return name;
}

QString RecordFields::label(const QString &name, const QString &field)
{
    // Words shared by several entities first, then those whose meaning depends on the entity.
    if (field == u"staff_id"_s)
        return tr("Staff member");
    if (field == u"note"_s)
        return tr("Note");
    if (field == u"status"_s)
        return tr("Status");
    if (field == u"hourly_rate_cents"_s)
        return tr("Hourly rate");
    if (name == entity::availability) {
        if (field == u"start"_s)
            return tr("Start");
        if (field == u"end"_s)
            return tr("End");
        if (field == u"kind"_s)
            return tr("Kind");
        if (field == u"weekly_until"_s)
            return tr("Repeated weekly until");
    }
    if (field == u"first_name"_s)
        return tr("First name");
    if (field == u"last_name"_s)
        return tr("Last name");
    if (field == u"phone"_s)
        return tr("Phone");
    if (field == u"home"_s)
        return tr("Home");
    if (field == u"qualification"_s)
        return tr("Qualification");
    if (field == u"skills"_s)
        return tr("Skills");
    if (field == u"mobility"_s)
        return tr("Mobility");
    if (field == u"max_travel_km"_s)
        return tr("Maximum travel distance");
    if (field == u"weekly_hours_ceiling"_s)
        return tr("Weekly hours ceiling");
    if (field == u"consent_sharing"_s)
        return tr("Agrees to work for other structures");
    if (field == u"active"_s)
        return tr("Active");
    if (field == u"reason"_s)
        return tr("Reason");
    if (field == u"urgency"_s)
        return tr("Urgency");
    if (field == u"beneficiary_ref"_s)
        return tr("Beneficiary reference");
    if (field == u"gir"_s)
        return tr("GIR");
    if (field == u"funding"_s)
        return tr("Funding");
    if (field == u"needs"_s)
        return tr("Needs");
    if (field == u"required_skills"_s)
        return tr("Required skills");
    if (field == u"interventions"_s)
        return tr("Interventions");
    if (field == u"contract_type"_s)
        return tr("Contract type");
    if (field == u"deadline"_s)
        return tr("Answer deadline");
    if (field == u"radius_km"_s)
        return tr("Search radius");
    if (field == u"mission_address"_s)
        return tr("Mission address");
    if (field == u"mission_commune"_s)
        return tr("Mission commune");
    if (field == u"consent_recorded"_s)
        return tr("Beneficiary's consent recorded");
    if (field == u"name"_s)
        return tr("Name");
    if (field == u"address"_s)
        return tr("Address");
    if (field == u"arrival"_s)
        return tr("Arrival");
    if (field == u"departure"_s)
        return tr("Departure");
    if (field == u"kilometres"_s)
        return tr("Kilometres");
    if (field == u"command"_s)
        return tr("Action");
    QString words = field;
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

QString RecordFields::staffName(const Workspace *workspace, const QString &staffId)
{
    if (staffId.isEmpty())
        return tr("(empty)");
    if (workspace) {
        if (const auto staff = workspace->store()->record(entity::staff, staffId)) {
            const QString name = QString(staff->data.value(u"first_name"_s).toString() + u' '
                                         + staff->data.value(u"last_name"_s).toString())
                                     .trimmed();
            if (!name.isEmpty())
                return name;
            const QString pseudonym = staff->data.value(u"pseudonym"_s).toString();
            if (!pseudonym.isEmpty())
                return tr("%1 (another structure)").arg(pseudonym);
        }
    }
    return tr("a staff member unknown to this computer");
}

QString RecordFields::value(const Workspace *workspace, const QString &name, const QString &field,
                            const QJsonValue &value)
{
    const QString empty = tr("(empty)");
    if (value.isUndefined() || value.isNull())
        return empty;
    if (value.isBool())
        return value.toBool() ? tr("Yes") : tr("No");
    const QLocale locale;
    if (value.isDouble()) {
        if (field.endsWith(u"_cents"_s))
            return Labels::money(value.toInteger());
        if (field.endsWith(u"_km"_s))
            return tr("%1 km").arg(locale.toString(value.toDouble()));
        if (field.endsWith(u"_minutes"_s))
            return Labels::duration(value.toInteger());
        return locale.toString(value.toDouble());
    }
    if (value.isArray()) {
        if (field == u"skills"_s || field == u"required_skills"_s)
            return Labels::skills(toStringList(value));
        if (field == u"needs"_s)
            return Labels::needs(toStringList(value));
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return empty;
        if (std::all_of(array.begin(), array.end(),
                        [](const QJsonValue &v) { return v.isString(); }))
            return toStringList(value).join(u", "_s);
        return tr("%n item(s)", nullptr, int(array.size()));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"lat"_s) && object.contains(u"lon"_s))
            return tr("%1, %2").arg(locale.toString(object.value(u"lat"_s).toDouble(), 'f', 5),
                                    locale.toString(object.value(u"lon"_s).toDouble(), 'f', 5));
        return tr("%n detail(s)", nullptr, int(object.size()));
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return empty;
    if (field == u"staff_id"_s)
        return staffName(workspace, text);
    if (field == u"kind"_s && name == entity::availability)
        return Labels::slotKind(text);
    if (field == u"status"_s) {
        if (name == entity::request)
            return Labels::requestStatus(text);
        if (name == entity::proposal)
            return Labels::proposalStatus(text);
        if (name == entity::contract)
            return Labels::contractStatus(text);
    }
    if (field == u"qualification"_s)
        return Labels::qualification(text);
    if (field == u"urgency"_s)
        return Labels::urgency(text);
    if (field == u"reason"_s && name == entity::request)
        return Labels::reason(text);
    if (field == u"funding"_s)
        return Labels::funding(text);
    if (field == u"contract_type"_s)
        return Labels::contractType(text);
    if (field == u"command"_s)
        return Labels::command(text);
    if (isInstant(text)) {
        const QDateTime utc = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (utc.isValid()) {
            const QTimeZone zone = workspace ? workspace->timeZone() : QTimeZone::utc();
            const QDateTime local = LocalTime::toLocal(utc, zone);
            return tr("%1 at %2")
                .arg(LocalTime::longDay(local.date()), LocalTime::time(local.time()));
        }
    }
    if (isDate(text)) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            return LocalTime::longDay(date);
    }
    return text;
}

QString RecordFields::describe(const Workspace *workspace, const QString &name,
                               const QJsonObject &data)
{
    const QTimeZone zone = workspace ? workspace->timeZone() : QTimeZone::utc();
    if (name == entity::availability) {
        const QString when = LocalTime::range(
            QDateTime::fromString(data.value(u"start"_s).toString(), Qt::ISODate),
            QDateTime::fromString(data.value(u"end"_s).toString(), Qt::ISODate), zone);
        const QString who = staffName(workspace, data.value(u"staff_id"_s).toString());
        if (data.value(u"kind"_s).toString() == u"absent"_s)
            return tr("Absence of %1, %2").arg(who, when);
        return tr("Availability of %1, %2").arg(who, when);
    }
    if (name == entity::staff) {
        const QString who = staffName(workspace, data.value(u"id"_s).toString());
        const QString typed = QString(data.value(u"first_name"_s).toString() + u' '
                                      + data.value(u"last_name"_s).toString())
                                  .trimmed();
        return tr("Staff member %1").arg(typed.isEmpty() ? who : typed);
    }
    if (name == entity::request) {
        const QString reference = data.value(u"beneficiary_ref"_s).toString();
        return reference.isEmpty() ? tr("Replacement request")
                                   : tr("Replacement request %1").arg(reference);
    }
    if (name == entity::structure)
        return tr("Structure %1").arg(data.value(u"name"_s).toString());
    return entityName(name);
}

QString RecordFields::refusal(const QString &name, const domain::Error &error)
{
    const QString &code = error.code;
    const QString said = error.message.trimmed();
    const auto withDetail = [&said](const QString &words) {
        return said.isEmpty() ? words : tr("%1 The server says: \"%2\".").arg(words, said);
    };
    if (code == u"forbidden"_s && error.field == u"staff_id"_s && name == entity::availability)
        return tr("This person is not one of your structure's staff: availability is recorded "
                  "only for your own staff.");
    if (code == u"forbidden"_s && error.field == u"structure_id"_s)
        return tr("The record must belong to your own structure.");
    if (code == u"slot_committed"_s)
        return tr("This slot covers a contracted intervention: while the contract runs it can be "
                  "extended or annotated, not shortened, moved or removed.");
    if (code == u"staff_committed"_s)
        return tr("This worker has a running contract: end it before removing the worker.");
    if (code == u"deleted"_s)
        return tr("This record was deleted on the server. Create a new one if it is still "
                  "needed.");
    if (code == u"charter_not_accepted"_s)
        return tr("Your structure must first accept the platform's quality charter.");
    if (code == u"invalid_state"_s || code == u"invalid_transition"_s)
        return withDetail(tr("This is no longer possible: the record changed on the server in "
                             "the meantime."));
    if (code == u"duplicate"_s)
        return withDetail(tr("The server already has this."));
    if (code == u"forbidden"_s || code == u"not_found"_s)
        return withDetail(Labels::error(error));
    return Labels::error(error);
}

bool RecordFields::isShown(const QString &field)
{
    return field != u"id"_s && field != u"structure_id"_s;
}

QStringList RecordFields::shownFields(const QString &name, const QJsonObject &data)
{
    // The order a coordinator fills the form in, then the rest alphabetically.
    static const QStringList availabilityOrder { u"staff_id"_s, u"start"_s,        u"end"_s,
                                                 u"kind"_s,     u"weekly_until"_s, u"note"_s };
    QStringList fields;
    if (name == entity::availability) {
        for (const QString &field : availabilityOrder) {
            if (data.contains(field))
                fields.append(field);
        }
    }
    QStringList rest;
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (isShown(it.key()) && !fields.contains(it.key()))
            rest.append(it.key());
    }
    rest.sort();
    return fields + rest;
}

} // namespace releve::ui
