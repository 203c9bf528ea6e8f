#include "planningedits.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/slotcommands.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QDateTime instant(const QJsonObject &slot, const QString &field)
{
    return domain::instantFromJson(slot.value(field).toString());
}

QTime timeOfMinute(int minute)
{
    return QTime(0, 0).addSecs(qint64(minute % 1440) * 60);
}
} // namespace

PlanningEdits::PlanningEdits(Workspace *workspace, PlanningModel *model)
    : m_workspace(workspace)
    , m_model(model)
{ }

QDateTime PlanningEdits::shiftWallClock(const QDateTime &utc, qint64 minutes, const QTimeZone &zone)
{
    // Arithmetic on the wall clock (held in a UTC QDateTime, which has no gaps), then back to
    // the zone: 08:00 stays 08:00 a week later across a change of summer time.
    const QDateTime local = LocalTime::toLocal(utc, zone);
    const QDateTime wall = QDateTime(local.date(), local.time(), Qt::UTC).addSecs(minutes * 60);
    return LocalTime::toUtc(wall.date(), wall.time(), zone);
}

domain::Result<QJsonObject> PlanningEdits::createSlot(const QString &staffId, QDate day,
                                                      int startMinute, int endMinute,
                                                      const QString &kind)
{
    const QTimeZone zone = m_workspace->timeZone();
    QJsonObject slot;
    slot.insert(u"id"_s, domain::newId());
    slot.insert(u"structure_id"_s, m_workspace->structureId());
    slot.insert(u"staff_id"_s, staffId);
    slot.insert(u"start"_s,
                domain::instantToJson(LocalTime::toUtc(day.addDays(startMinute / 1440),
                                                       timeOfMinute(startMinute), zone)));
    slot.insert(u"end"_s,
                domain::instantToJson(LocalTime::toUtc(day.addDays(endMinute / 1440),
                                                       timeOfMinute(endMinute), zone)));
    slot.insert(u"kind"_s, kind.isEmpty() ? u"available"_s : kind);
    slot.insert(u"note"_s, QString());
    store::LocalStore *store = m_workspace->store();
    const auto saved = store->saveRecord(domain::entity::availability, slot);
    if (!saved)
        return saved.errors();
    m_workspace->undoStack()->push(new SaveSlotCommand(store, {}, saved->data));
    return saved->data;
}

domain::Result<QJsonObject> PlanningEdits::shiftSlot(const QString &slotId, int startMinutes,
                                                     int endMinutes, bool mergeable)
{
    store::LocalStore *store = m_workspace->store();
    const auto record = store->record(domain::entity::availability, slotId);
    if (!record || record->deleted)
        return domain::Error { u"not_found"_s, {}, tr("This slot no longer exists.") };
    const QTimeZone zone = m_workspace->timeZone();
    QJsonObject slot = record->data;
    const QDateTime start = shiftWallClock(instant(slot, u"start"_s), startMinutes, zone);
    const QDateTime end = shiftWallClock(instant(slot, u"end"_s), endMinutes, zone);
    slot.insert(u"start"_s, domain::instantToJson(start));
    slot.insert(u"end"_s, domain::instantToJson(end));
    const auto saved = store->saveRecord(domain::entity::availability, slot);
    if (!saved)
        return saved.errors();
    auto *command = new SaveSlotCommand(store, record->data, saved->data);
    command->setMergeable(mergeable);
    m_workspace->undoStack()->push(command);
    return saved->data;
}

domain::Result<bool> PlanningEdits::deleteSlot(const QString &slotId)
{
    store::LocalStore *store = m_workspace->store();
    const auto record = store->record(domain::entity::availability, slotId);
    if (!record || record->deleted)
        return domain::Error { u"not_found"_s, {}, tr("This slot no longer exists.") };
    const auto removed = store->deleteRecord(domain::entity::availability, slotId);
    if (!removed)
        return removed.errors();
    m_workspace->undoStack()->push(new DeleteSlotCommand(store, record->data));
    return true;
}

QString PlanningEdits::describeRefusal(const QJsonObject &slot, const domain::Errors &errors) const
{
    const QTimeZone zone = m_workspace->timeZone();
    const QString when = LocalTime::range(instant(slot, u"start"_s), instant(slot, u"end"_s), zone);
    QStringList reasons;
    for (const domain::Error &error : errors)
        reasons.append(Labels::error(error));
    return tr("%1: %2").arg(when, reasons.join(u' '));
}

void PlanningEdits::pushGroup(const QString &text,
                              const QList<std::pair<QJsonObject, QJsonObject>> &saves)
{
    if (saves.isEmpty())
        return;
    auto *group = new SlotGroupCommand(text, m_model);
    for (const auto &[before, after] : saves)
        new SaveSlotCommand(m_workspace->store(), before, after, group);
    m_workspace->undoStack()->push(group);
}

PlanningEdits::Outcome PlanningEdits::copyToFollowingWeeks(const QStringList &staffIds,
                                                           QDate firstDay, int dayCount, int weeks)
{
    Outcome outcome;
    store::LocalStore *store = m_workspace->store();
    const QTimeZone zone = m_workspace->timeZone();
    const QDate lastDay = firstDay.addDays(dayCount - 1);
    if (m_model)
        m_model->beginBatch();
    QList<std::pair<QJsonObject, QJsonObject>> saves;
    for (const QString &staffId : staffIds) {
        const auto records
            = store->recordsWhere(domain::entity::availability, u"staff_id"_s, staffId);
        QList<QJsonObject> sources;
        for (const store::CachedRecord &record : records) {
            // A weekly slot already repeats; copying it would only overlap itself.
            if (record.deleted || record.data.contains(u"weekly_until"_s))
                continue;
            const QDate day = LocalTime::toLocal(instant(record.data, u"start"_s), zone).date();
            if (day >= firstDay && day <= lastDay)
                sources.append(record.data);
        }
        std::sort(sources.begin(), sources.end(), [](const QJsonObject &a, const QJsonObject &b) {
            return a.value(u"start"_s).toString() < b.value(u"start"_s).toString();
        });
        // What is already there, so that copying twice does not double anything.
        QSet<QString> existing;
        for (const store::CachedRecord &record : records) {
            if (!record.deleted)
                existing.insert(record.data.value(u"start"_s).toString() + u'|'
                                + record.data.value(u"end"_s).toString() + u'|'
                                + record.data.value(u"kind"_s).toString());
        }
        for (int week = 1; week <= weeks; ++week) {
            for (const QJsonObject &source : std::as_const(sources)) {
                QJsonObject copy = source;
                copy.insert(u"id"_s, domain::newId());
                const qint64 minutes = qint64(week) * 7 * 1440;
                copy.insert(u"start"_s,
                            domain::instantToJson(
                                shiftWallClock(instant(source, u"start"_s), minutes, zone)));
                copy.insert(u"end"_s,
                            domain::instantToJson(
                                shiftWallClock(instant(source, u"end"_s), minutes, zone)));
                const QString key = copy.value(u"start"_s).toString() + u'|'
                    + copy.value(u"end"_s).toString() + u'|' + copy.value(u"kind"_s).toString();
                if (existing.contains(key)) {
                    ++outcome.skipped;
                    continue;
                }
                const auto saved = store->saveRecord(domain::entity::availability, copy);
                if (!saved) {
                    outcome.refused.append(describeRefusal(copy, saved.errors()));
                    continue;
                }
                existing.insert(key);
                saves.append({ QJsonObject(), saved->data });
                ++outcome.created;
            }
        }
    }
    pushGroup(tr("copy %n slot(s) to the following weeks", nullptr, outcome.created), saves);
    if (m_model)
        m_model->endBatch();
    return outcome;
}

domain::Errors PlanningEdits::validate(const Pattern &pattern)
{
    domain::Errors errors;
    if (pattern.staffId.isEmpty())
        errors.append({ u"required"_s, u"staff_id"_s, tr("Choose a staff member.") });
    if (pattern.weekdays.isEmpty())
        errors.append(
            { u"no_weekday"_s, u"weekdays"_s, tr("Choose at least one day of the week.") });
    if (!pattern.start.isValid() || !pattern.end.isValid()
        || (pattern.end != QTime(0, 0) && pattern.end <= pattern.start))
        errors.append({ u"end_before_start"_s, u"end"_s, tr("The end must be after the start.") });
    if (!pattern.from.isValid() || !pattern.to.isValid() || pattern.to < pattern.from)
        errors.append(
            { u"to_before_from"_s, u"to"_s, tr("The last day must be on or after the first.") });
    else if (pattern.from.daysTo(pattern.to) > 366)
        errors.append({ u"range_too_long"_s, u"to"_s, tr("A pattern covers at most one year.") });
    return errors;
}

domain::Result<PlanningEdits::Outcome> PlanningEdits::applyPattern(const Pattern &pattern)
{
    const domain::Errors errors = validate(pattern);
    if (!errors.isEmpty())
        return errors;
    Outcome outcome;
    store::LocalStore *store = m_workspace->store();
    const QTimeZone zone = m_workspace->timeZone();
    QSet<QString> existing;
    const auto records
        = store->recordsWhere(domain::entity::availability, u"staff_id"_s, pattern.staffId);
    for (const store::CachedRecord &record : records) {
        if (!record.deleted)
            existing.insert(record.data.value(u"start"_s).toString() + u'|'
                            + record.data.value(u"end"_s).toString() + u'|'
                            + record.data.value(u"kind"_s).toString());
    }
    QList<std::pair<QJsonObject, QJsonObject>> saves;
    if (m_model)
        m_model->beginBatch();
    for (QDate day = pattern.from; day <= pattern.to; day = day.addDays(1)) {
        if (!pattern.weekdays.contains(day.dayOfWeek()))
            continue;
        QJsonObject slot;
        slot.insert(u"id"_s, domain::newId());
        slot.insert(u"structure_id"_s, m_workspace->structureId());
        slot.insert(u"staff_id"_s, pattern.staffId);
        slot.insert(u"start"_s, domain::instantToJson(LocalTime::toUtc(day, pattern.start, zone)));
        const QDate endDay = pattern.end == QTime(0, 0) ? day.addDays(1) : day;
        slot.insert(u"end"_s, domain::instantToJson(LocalTime::toUtc(endDay, pattern.end, zone)));
        slot.insert(u"kind"_s, pattern.kind);
        slot.insert(u"note"_s, pattern.note.trimmed());
        const QString key = slot.value(u"start"_s).toString() + u'|'
            + slot.value(u"end"_s).toString() + u'|' + pattern.kind;
        if (existing.contains(key)) {
            ++outcome.skipped;
            continue;
        }
        const auto saved = store->saveRecord(domain::entity::availability, slot);
        if (!saved) {
            outcome.refused.append(describeRefusal(slot, saved.errors()));
            continue;
        }
        existing.insert(key);
        saves.append({ QJsonObject(), saved->data });
        ++outcome.created;
    }
    pushGroup(tr("weekly pattern: %n slot(s)", nullptr, outcome.created), saves);
    if (m_model)
        m_model->endBatch();
    return outcome;
}

} // namespace releve::ui
