#include "planningmodel.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/availabilityslot.h"
#include "core/domain/entity.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::ui {

PlanningModel::PlanningModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    m_monday = LocalTime::mondayOf(
        LocalTime::toLocal(QDateTime::currentDateTimeUtc(), m_workspace->timeZone()).date());
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::staff
                    || entity == domain::entity::availability)
                    reload();
            });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this, &PlanningModel::reload);
    connect(m_workspace, &Workspace::structureChanged, this, &PlanningModel::reload);
    reload();
}

void PlanningModel::setWeek(QDate anyDayOfWeek)
{
    const QDate monday = LocalTime::mondayOf(anyDayOfWeek);
    if (monday == m_monday)
        return;
    m_monday = monday;
    reload();
    emit headerDataChanged(Qt::Horizontal, FirstDayColumn, LastDayColumn);
}

QDate PlanningModel::dateOfColumn(int column) const
{
    if (column < FirstDayColumn || column > LastDayColumn)
        return {};
    return m_monday.addDays(column - FirstDayColumn);
}

int PlanningModel::columnOfDate(QDate date) const
{
    const qint64 offset = m_monday.daysTo(date);
    return offset >= 0 && offset < 7 ? FirstDayColumn + int(offset) : -1;
}

QString PlanningModel::staffIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).staffId : QString();
}

QString PlanningModel::staffNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).name : QString();
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
    return m_rows.at(row).days[column - FirstDayColumn];
}

void PlanningModel::reload()
{
    beginResetModel();
    m_rows.clear();
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    if (!store->isOpen() || mine.isEmpty()) {
        endResetModel();
        return;
    }

    const auto staffRecords = store->records(domain::entity::staff);
    for (const store::CachedRecord &record : staffRecords) {
        if (record.structureId != mine || !record.data.value(u"active"_s).toBool(true))
            continue;
        Row row;
        row.staffId = record.id;
        row.name = record.data.value(u"first_name"_s).toString() + u' '
            + record.data.value(u"last_name"_s).toString();
        row.lastName = record.data.value(u"last_name"_s).toString();
        row.qualification = Labels::qualification(record.data.value(u"qualification"_s).toString());
        m_rows.append(row);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        // By last name, as coordinators' paper plannings are.
        const int order = QString::localeAwareCompare(a.lastName, b.lastName);
        return order != 0 ? order < 0 : QString::localeAwareCompare(a.name, b.name) < 0;
    });
    QHash<QString, int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i)
        rowOf.insert(m_rows.at(i).staffId, i);

    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime weekStart = LocalTime::toUtc(m_monday, QTime(0, 0), zone);
    const QDateTime weekEnd = LocalTime::toUtc(m_monday.addDays(7), QTime(0, 0), zone);
    const auto slotRecords = store->records(domain::entity::availability, true);
    for (const store::CachedRecord &record : slotRecords) {
        const QString staffId = record.data.value(u"staff_id"_s).toString();
        const auto found = rowOf.constFind(staffId);
        if (found == rowOf.cend())
            continue;
        Row &row = m_rows[*found];
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
        const auto occurrences = slot->occurrences(weekStart, weekEnd);
        for (const domain::TimeRange &occurrence : occurrences) {
            for (int day = 0; day < 7; ++day) {
                const QDate date = m_monday.addDays(day);
                const QDateTime dayStart = LocalTime::toUtc(date, QTime(0, 0), zone);
                const QDateTime dayEnd = LocalTime::toUtc(date.addDays(1), QTime(0, 0), zone);
                if (!occurrence.overlaps({ dayStart, dayEnd }))
                    continue;
                const QDateTime from = std::max(occurrence.start, dayStart);
                const QDateTime to = std::min(occurrence.end, dayEnd);
                Segment segment;
                segment.slotId = record.id;
                segment.start = LocalTime::toLocal(from, zone).time();
                segment.end = LocalTime::toLocal(to, zone).time();
                segment.startMinute = int(dayStart.secsTo(from) / 60);
                segment.endMinute = int(dayStart.secsTo(to) / 60);
                segment.absent = slot->isAbsence();
                segment.syncState = record.syncState;
                segment.note = slot->note;
                segment.weekly = slot->weeklyUntil.isValid();
                row.days[day].append(segment);
            }
        }
    }
    for (Row &row : m_rows) {
        for (auto &day : row.days)
            std::sort(day.begin(), day.end(), [](const Segment &a, const Segment &b) {
                return a.startMinute < b.startMinute;
            });
    }
    endResetModel();
}

int PlanningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StateColumn + 1;
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

    const QList<Segment> &day = row.days[column - FirstDayColumn];
    if (role == SegmentsRole)
        return QVariant::fromValue(day);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        QStringList parts;
        for (const Segment &segment : day) {
            QString text = LocalTime::time(segment.start) + u"–"_s + LocalTime::time(segment.end);
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
        if (parts.isEmpty())
            return role == Qt::DisplayRole ? QVariant() : QVariant(tr("No availability"));
        return parts.join(role == Qt::ToolTipRole ? u"\n"_s : u", "_s);
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
        return LocalTime::shortDay(dateOfColumn(section));
    }
    if (role == Qt::ToolTipRole && section >= FirstDayColumn && section <= LastDayColumn)
        return LocalTime::longDay(dateOfColumn(section));
    if (role == Qt::FontRole && section >= FirstDayColumn && section <= LastDayColumn) {
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
