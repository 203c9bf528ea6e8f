#include "planningmodel.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/availabilityslot.h"
#include "core/domain/contract.h"
#include "core/domain/entity.h"
#include "core/domain/structure.h"
#include "core/rules/interventionchecks.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {

// The local midnights of the span and of the day after it, in UTC, to cut ranges into days.
QList<QDateTime> midnights(QDate first, int dayCount, const QTimeZone &zone)
{
    QList<QDateTime> result;
    result.reserve(dayCount + 1);
    for (int day = 0; day <= dayCount; ++day)
        result.append(LocalTime::toUtc(first.addDays(day), QTime(0, 0), zone));
    return result;
}

// Calls part(day, from, to) for each local day of the span the range touches.
template<typename Part>
void forEachDay(const QList<QDateTime> &midnight, const domain::TimeRange &range, Part part)
{
    const int dayCount = int(midnight.size()) - 1;
    // The last midnight at or before the range's start.
    auto it = std::upper_bound(midnight.cbegin(), midnight.cend(), range.start);
    int day = std::max(0, int(it - midnight.cbegin()) - 1);
    for (; day < dayCount && midnight.at(day) < range.end; ++day) {
        if (midnight.at(day + 1) <= range.start)
            continue;
        const QDateTime from = std::max(range.start, midnight.at(day));
        const QDateTime to = std::min(range.end, midnight.at(day + 1));
        part(day, from, to);
    }
}

int minutesBetween(const QDateTime &from, const QDateTime &to)
{
    return int(from.secsTo(to) / 60);
}

const QList<PlanningModel::Segment> noSegments;
const QList<PlanningModel::InterventionBar> noInterventions;

} // namespace

PlanningModel::PlanningModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_first = LocalTime::mondayOf(
        LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date());
    // The store says recordsChanged then outboxChanged for one change: one reload for both.
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                m_outboxFollows = true;
                if (entity.isEmpty() || entity == domain::entity::staff
                    || entity == domain::entity::availability || entity == domain::entity::contract
                    || entity == domain::entity::structure)
                    reload();
            });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this, [this] {
        if (std::exchange(m_outboxFollows, false))
            return;
        reload();
    });
    connect(m_workspace, &Workspace::structureChanged, this, &PlanningModel::reload);
    reload();
}

QString PlanningModel::times(int startMinute, int endMinute)
{
    const auto write = [](int minute) {
        return minute >= 1440 ? u"24:00"_s
                              : LocalTime::time(QTime(0, 0).addSecs(qint64(minute) * 60));
    };
    return write(startMinute) + u"–"_s + write(endMinute);
}

void PlanningModel::setWeek(QDate anyDayOfWeek)
{
    const QDate monday = LocalTime::mondayOf(anyDayOfWeek);
    if (monday == m_first && m_dayCount == m_weeks * 7)
        return;
    setRange(monday, m_weeks * 7);
}

void PlanningModel::setWeeks(int weeks)
{
    weeks = std::clamp(weeks, 1, 4);
    if (weeks == m_weeks && m_dayCount == weeks * 7)
        return;
    m_weeks = weeks;
    setRange(LocalTime::mondayOf(m_first), weeks * 7);
}

void PlanningModel::setRange(QDate firstDay, int dayCount)
{
    dayCount = std::clamp(dayCount, 1, 62);
    if (firstDay == m_first && dayCount == m_dayCount)
        return;
    beginResetModel();
    m_first = firstDay;
    m_dayCount = dayCount;
    m_rows = buildRows();
    endResetModel();
}

void PlanningModel::setFilter(const Filter &filter)
{
    m_filter = filter;
    m_filter.text = m_filter.text.trimmed();
    beginResetModel();
    m_rows = buildRows();
    endResetModel();
}

QDate PlanningModel::dateOfColumn(int column) const
{
    if (column < FirstDayColumn || column > lastDayColumn())
        return {};
    return m_first.addDays(column - FirstDayColumn);
}

int PlanningModel::columnOfDate(QDate date) const
{
    const qint64 offset = m_first.daysTo(date);
    return offset >= 0 && offset < m_dayCount ? FirstDayColumn + int(offset) : -1;
}

QString PlanningModel::staffIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).staffId : QString();
}

QString PlanningModel::staffNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
}

QString PlanningModel::qualificationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).qualification : QString();
}

QString PlanningModel::syncStateAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? stateCode(m_rows.at(row)) : QString();
}

QString PlanningModel::syncStateTextAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? stateText(m_rows.at(row)) : QString();
}

int PlanningModel::rowOfStaff(const QString &staffId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).staffId == staffId)
            return row;
    }
    return -1;
}

QList<PlanningModel::Segment> PlanningModel::segments(int row, QDate date) const
{
    const int column = columnOfDate(date);
    if (row < 0 || row >= m_rows.size() || column < 0)
        return {};
    return m_rows.at(row).days.at(column - FirstDayColumn);
}

const QList<PlanningModel::Segment> &PlanningModel::daySegments(int row, int day) const
{
    if (row < 0 || row >= m_rows.size() || day < 0 || day >= m_dayCount)
        return noSegments;
    return m_rows.at(row).days.at(day);
}

const QList<PlanningModel::InterventionBar> &PlanningModel::dayInterventions(int row, int day) const
{
    if (row < 0 || row >= m_rows.size() || day < 0 || day >= m_dayCount)
        return noInterventions;
    return m_rows.at(row).interventions.at(day);
}

void PlanningModel::beginBatch()
{
    ++m_batchDepth;
}

void PlanningModel::endBatch()
{
    if (m_batchDepth > 0 && --m_batchDepth == 0 && m_reloadSkipped) {
        m_reloadSkipped = false;
        reload();
    }
}

void PlanningModel::reload()
{
    if (m_batchDepth > 0) {
        m_reloadSkipped = true;
        return;
    }
    QList<Row> rows = buildRows();
    // Same staff in the same order: the cells change in place, so that the cursor, the
    // selection and the scroll position stay where the coordinator left them.
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows.at(i).staffId == m_rows.at(i).staffId;
    if (sameRows) {
        m_rows = std::move(rows);
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QList<PlanningModel::Row> PlanningModel::buildRows()
{
    QList<Row> rows;
    m_totalStaff = 0;
    m_sectors.clear();
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    if (!store->isOpen() || mine.isEmpty())
        return rows;

    rules::InterventionSettings settings;
    if (const auto structure = domain::Structure::fromJson(m_workspace->structure(mine)))
        settings = rules::InterventionSettings::of(*structure);
    settings.zone = m_workspace->timeZone();
    m_amplitudeStart = settings.amplitudeStart.msecsSinceStartOfDay() / 60000;
    m_amplitudeEnd = settings.amplitudeEnd.msecsSinceStartOfDay() / 60000;

    const QString text = m_filter.text;
    const auto staffRecords = store->records(domain::entity::staff);
    for (const store::CachedRecord &record : staffRecords) {
        const QJsonObject &staff = record.data;
        if (record.structureId != mine || !staff.value(u"active"_s).toBool(true))
            continue;
        ++m_totalStaff;
        const QString sector = staff.value(u"sector"_s).toString().trimmed();
        if (!sector.isEmpty() && !m_sectors.contains(sector))
            m_sectors.append(sector);
        if (!m_filter.skill.isEmpty()
            && !staff.value(u"skills"_s).toArray().contains(QJsonValue(m_filter.skill)))
            continue;
        if (!m_filter.qualification.isEmpty()
            && staff.value(u"qualification"_s).toString() != m_filter.qualification)
            continue;
        if (!m_filter.mobility.isEmpty()
            && staff.value(u"mobility"_s).toString() != m_filter.mobility)
            continue;
        if (!m_filter.sector.isEmpty() && sector != m_filter.sector)
            continue;
        Row row;
        row.staffId = record.id;
        row.name = staff.value(u"first_name"_s).toString() + u' '
            + staff.value(u"last_name"_s).toString();
        if (!text.isEmpty() && !row.name.contains(text, Qt::CaseInsensitive))
            continue;
        row.lastName = staff.value(u"last_name"_s).toString();
        row.qualification = Labels::qualification(staff.value(u"qualification"_s).toString());
        row.days.resize(m_dayCount);
        row.interventions.resize(m_dayCount);
        rows.append(row);
    }
    std::sort(m_sectors.begin(), m_sectors.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        // By last name, as coordinators' paper plannings are.
        const int order = QString::localeAwareCompare(a.lastName, b.lastName);
        return order != 0 ? order < 0 : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QHash<QString, int> rowOf;
    for (int i = 0; i < rows.size(); ++i)
        rowOf.insert(rows.at(i).staffId, i);

    const QTimeZone zone = settings.zone;
    const QList<QDateTime> midnight = midnights(m_first, m_dayCount, zone);
    const QDateTime spanStart = midnight.first();
    const QDateTime spanEnd = midnight.last();
    const auto slotRecords = store->records(domain::entity::availability, true);
    for (const store::CachedRecord &record : slotRecords) {
        const auto found = rowOf.constFind(record.data.value(u"staff_id"_s).toString());
        if (found == rowOf.cend())
            continue;
        Row &row = rows[*found];
        if (record.syncState == u"pending"_s)
            ++row.pending;
        else if (record.syncState == u"rejected"_s)
            ++row.rejected;
        else if (record.syncState == u"conflict"_s)
            ++row.conflicts;
        if (record.deleted)
            continue;
        const auto slot = domain::AvailabilitySlot::fromJson(record.data);
        if (!slot)
            continue;
        const auto occurrences = slot->occurrences(spanStart, spanEnd);
        for (const domain::TimeRange &occurrence : occurrences) {
            QString amplitude;
            if (!slot->isAbsence()) {
                // Availability outside the amplitude cannot be offered as it is: said on the bar.
                const auto warnings = rules::checkIntervention(
                    domain::Intervention { record.id, occurrence.start, occurrence.end }, settings);
                for (const rules::Warning &warning : warnings) {
                    if (warning.code == rules::warningcode::outsideAmplitude)
                        amplitude = warning.message;
                }
            }
            forEachDay(midnight, occurrence,
                       [&](int day, const QDateTime &from, const QDateTime &to) {
                           Segment segment;
                           segment.slotId = record.id;
                           segment.start = LocalTime::toLocal(from, zone).time();
                           segment.end = LocalTime::toLocal(to, zone).time();
                           segment.startMinute = minutesBetween(midnight.at(day), from);
                           segment.endMinute = minutesBetween(midnight.at(day), to);
                           segment.absent = slot->isAbsence();
                           segment.syncState = record.syncState;
                           segment.note = slot->note;
                           segment.weekly = slot->weeklyUntil.isValid();
                           segment.startsHere = from == occurrence.start;
                           segment.endsHere = to == occurrence.end;
                           segment.amplitudeWarning = amplitude;
                           row.days[day].append(segment);
                       });
        }
    }

    const auto contracts = store->records(domain::entity::contract);
    for (const store::CachedRecord &record : contracts) {
        const auto found = rowOf.constFind(record.data.value(u"staff_id"_s).toString());
        if (found == rowOf.cend())
            continue;
        const auto contract = domain::Contract::fromJson(record.data);
        if (!contract)
            continue;
        Row &row = rows[*found];
        const QString label = contract->missionCommune.isEmpty()
            ? contract->number
            : tr("%1, %2").arg(contract->number, contract->missionCommune);
        for (const domain::Intervention &intervention : contract->interventions) {
            if (intervention.end <= spanStart || intervention.start >= spanEnd)
                continue;
            forEachDay(midnight, intervention.range(),
                       [&](int day, const QDateTime &from, const QDateTime &to) {
                           InterventionBar bar;
                           bar.contractId = record.id;
                           bar.label = label;
                           bar.start = LocalTime::toLocal(from, zone).time();
                           bar.end = LocalTime::toLocal(to, zone).time();
                           bar.startMinute = minutesBetween(midnight.at(day), from);
                           bar.endMinute = minutesBetween(midnight.at(day), to);
                           row.interventions[day].append(bar);
                       });
        }
    }

    for (Row &row : rows) {
        for (int day = 0; day < m_dayCount; ++day) {
            QList<Segment> &segments = row.days[day];
            std::sort(segments.begin(), segments.end(), [](const Segment &a, const Segment &b) {
                return a.startMinute < b.startMinute;
            });
            // Two slots on the same hours contradict each other (available and absent, or two
            // versions merged by a sync); an absence during a contracted intervention leaves
            // the intervention uncovered.
            for (int i = 0; i < segments.size(); ++i) {
                Segment &a = segments[i];
                for (int j = i + 1; j < segments.size(); ++j) {
                    Segment &b = segments[j];
                    if (b.startMinute >= a.endMinute)
                        break;
                    if (a.slotId != b.slotId)
                        a.overlap = b.overlap = true;
                }
                if (!a.absent)
                    continue;
                for (const InterventionBar &bar : std::as_const(row.interventions.at(day))) {
                    if (bar.startMinute < a.endMinute && a.startMinute < bar.endMinute)
                        a.overlap = true;
                }
            }
        }
    }
    return rows;
}

int PlanningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDayColumn + m_dayCount;
}

QString PlanningModel::stateCode(const Row &row) const
{
    if (row.conflicts > 0)
        return u"conflict"_s;
    if (row.rejected > 0)
        return u"rejected"_s;
    if (row.pending > 0)
        return u"pending"_s;
    return u"synced"_s;
}

QString PlanningModel::stateText(const Row &row) const
{
    if (row.conflicts > 0)
        return tr("Conflict to resolve");
    if (row.rejected > 0)
        return tr("Refused by the server");
    if (row.pending > 0)
        return tr("%n change(s) to send", nullptr, row.pending);
    return tr("Up to date");
}

QString PlanningModel::warningsText(const Row &row, int day) const
{
    QStringList lines;
    for (const Segment &segment : row.days.at(day)) {
        const QString times = PlanningModel::times(segment.startMinute, segment.endMinute);
        if (segment.overlap)
            lines.append(segment.absent
                             ? tr("Absence %1 overlaps another slot or an intervention").arg(times)
                             : tr("Availability %1 overlaps another slot").arg(times));
        if (!segment.amplitudeWarning.isEmpty())
            lines.append(segment.amplitudeWarning);
    }
    lines.removeDuplicates();
    return lines.join(u'\n');
}

QVariant PlanningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();

    switch (role) {
    case StaffIdRole:
        return row.staffId;
    case QualificationRole:
        return row.qualification;
    case SyncStateRole:
        return stateCode(row);
    case DateRole:
        return dateOfColumn(column);
    default:
        break;
    }

    if (column == StaffColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return row.name;
        if (role == Qt::ToolTipRole)
            return tr("%1 — %2").arg(row.name, row.qualification);
        return {};
    }
    if (column == StateColumn) {
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return stateText(row);
        if (role == Qt::ForegroundRole) {
            const QString code = stateCode(row);
            if (code == u"synced"_s)
                return QBrush(QColor(0x78, 0x86, 0x8f)); // the normal state: quiet
            if (code == u"pending"_s)
                return QBrush(QColor(0xb2, 0x5e, 0x00));
            return QBrush(QColor(0xb3, 0x26, 0x1e));
        }
        return {};
    }

    const int day = column - FirstDayColumn;
    const QList<Segment> &segments = row.days.at(day);
    if (role == SegmentsRole)
        return QVariant::fromValue(segments);
    if (role == InterventionsRole)
        return QVariant::fromValue(row.interventions.at(day));
    if (role == WarningsRole)
        return warningsText(row, day);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        QStringList parts;
        for (const Segment &segment : segments) {
            QString text = times(segment.startMinute, segment.endMinute);
            if (segment.absent)
                text = tr("Absent %1").arg(text);
            if (role == Qt::ToolTipRole) {
                if (!segment.note.isEmpty())
                    text += u" — "_s + segment.note;
                if (segment.syncState == u"pending"_s)
                    text += u" "_s + tr("(not sent yet)");
                else if (segment.syncState == u"rejected"_s)
                    text += u" "_s + tr("(refused by the server)");
                else if (segment.syncState == u"conflict"_s)
                    text += u" "_s + tr("(conflict)");
            }
            parts.append(text);
        }
        for (const InterventionBar &bar : row.interventions.at(day)) {
            if (role == Qt::DisplayRole)
                break;
            parts.append(tr("Contracted intervention %1–%2 (%3)")
                             .arg(LocalTime::time(bar.start), LocalTime::time(bar.end), bar.label));
        }
        if (role != Qt::DisplayRole) {
            const QString warnings = warningsText(row, day);
            if (!warnings.isEmpty())
                parts.append(warnings);
        }
        if (parts.isEmpty())
            return role == Qt::DisplayRole ? QVariant() : QVariant(tr("No availability"));
        return parts.join(role == Qt::DisplayRole ? u", "_s : u"\n"_s);
    }
    return {};
}

QVariant PlanningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (section == StaffColumn)
            return tr("Staff member");
        if (section == StateColumn)
            return tr("Sync");
        const QDate date = dateOfColumn(section);
        if (m_dayCount <= 7)
            return LocalTime::shortDay(date);
        // Narrow columns: "lu 23", the full date in the tool tip.
        return QString(QLocale().dayName(date.dayOfWeek(), QLocale::ShortFormat).left(2) + u' '
                       + QString::number(date.day()));
    }
    if ((role == Qt::ToolTipRole || role == Qt::AccessibleTextRole) && section >= FirstDayColumn
        && section <= lastDayColumn())
        return LocalTime::longDay(dateOfColumn(section));
    if (role == Qt::FontRole && section >= FirstDayColumn && section <= lastDayColumn()) {
        const QDate today
            = LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date();
        if (dateOfColumn(section) == today) {
            QFont font;
            font.setBold(true);
            return font;
        }
    }
    if (role == Qt::TextAlignmentRole)
        return section == StaffColumn || section == StateColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignCenter);
    return {};
}

} // namespace releve::ui
