#include "hoursdonemodel.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/contracts/hoursdone.h"
#include "core/domain/entity.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
// "8:02", "08:02", "0802", "8h02", "8 h 02", "08:02:41" → a time; invalid otherwise.
QTime parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        u"^\\s*(\\d{1,2})\\s*(?:[:hH.]\\s*)?(\\d{2})(?:\\s*:\\s*(\\d{2}))?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return QTime(m.captured(1).toInt(), m.captured(2).toInt(),
                 m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
}
} // namespace

HoursDoneModel::HoursDoneModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                // Our own save updates its row in place: a reset would close the editor the
                // delegate is still committing from.
                if (!m_saving
                    && (entity.isEmpty() || entity == domain::entity::contract
                        || entity == domain::entity::interventionRecord))
                    reload();
            });
}

void HoursDoneModel::setContract(const QString &contractId)
{
    if (contractId != m_contractId)
        m_typed.clear();
    m_contractId = contractId;
    reload();
}

void HoursDoneModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_contract.reset();
    m_editable = false;
    store::LocalStore *store = m_workspace->store();
    const auto record = m_contractId.isEmpty() || !store->isOpen()
        ? std::nullopt
        : store->record(domain::entity::contract, m_contractId);
    if (record) {
        if (auto contract = domain::Contract::fromJson(record->data))
            m_contract = *contract;
    }
    if (m_contract) {
        m_editable = m_contract->lender.structureId == m_workspace->structureId()
            && m_contract->status != u"ended"_s;
        QHash<QString, domain::InterventionRecord> byIntervention;
        for (const store::CachedRecord &stored : store->recordsWhere(
                 domain::entity::interventionRecord, u"contract_id"_s, m_contractId)) {
            if (auto hours = domain::InterventionRecord::fromJson(stored.data))
                byIntervention.insert(hours->interventionId, *hours);
        }
        QList<domain::Intervention> interventions = m_contract->interventions;
        std::sort(interventions.begin(), interventions.end(),
                  [](const domain::Intervention &a, const domain::Intervention &b) {
                      return a.start < b.start;
                  });
        for (const domain::Intervention &intervention : std::as_const(interventions)) {
            Row row;
            row.intervention = intervention;
            if (byIntervention.contains(intervention.id))
                row.record = byIntervention.value(intervention.id);
            m_rows.append(row);
        }
    }
    endResetModel();
}

int HoursDoneModel::rowOfIntervention(const QString &interventionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).intervention.id == interventionId)
            return row;
    }
    return -1;
}

QList<domain::InterventionRecord> HoursDoneModel::records() const
{
    QList<domain::InterventionRecord> result;
    for (const Row &row : m_rows) {
        if (row.record)
            result.append(*row.record);
    }
    return result;
}

int HoursDoneModel::correctedCount() const
{
    return contracts::CorrectionRate::of(records()).corrected;
}

int HoursDoneModel::recordCount() const
{
    return contracts::CorrectionRate::of(records()).total;
}

QString HoursDoneModel::firstError() const
{
    for (const Row &row : m_rows) {
        const QString error = m_typed.value(row.intervention.id).error;
        if (!error.isEmpty())
            return error;
    }
    return {};
}

int HoursDoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HoursDoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HoursDoneModel::timeText(const QDateTime &utc) const
{
    return utc.isValid() ? LocalTime::time(LocalTime::toLocal(utc, m_workspace->timeZone()).time())
                         : QString();
}

QVariant HoursDoneModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Typed typed = m_typed.value(row.intervention.id);
    const bool pending
        = !typed.arrival.isEmpty() || !typed.departure.isEmpty() || !typed.kilometres.isEmpty();
    const QTimeZone zone = m_workspace->timeZone();
    switch (role) {
    case InterventionIdRole:
        return row.intervention.id;
    case RecordIdRole:
        return row.record ? row.record->id : QString();
    case CorrectedRole:
        return row.record && row.record->corrected;
    case PendingRole:
        return pending;
    default:
        break;
    }
    const auto typedOr = [&](const QString &value, const QString &stored) {
        return value.isEmpty() ? stored : value;
    };
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case DayColumn:
            return LocalTime::shortDay(LocalTime::toLocal(row.intervention.start, zone).date());
        case PlannedColumn:
            return QString(timeText(row.intervention.start) + QChar(0x2013)
                           + timeText(row.intervention.end));
        case ArrivalColumn:
            return typedOr(typed.arrival, row.record ? timeText(row.record->arrival) : QString());
        case DepartureColumn:
            return typedOr(typed.departure,
                           row.record ? timeText(row.record->departure) : QString());
        case KilometresColumn:
            return typedOr(typed.kilometres,
                           row.record ? QString::number(row.record->kilometres) : QString());
        case RoundedColumn:
            if (!row.record)
                return role == Qt::DisplayRole ? tr("not recorded") : QVariant();
            return contracts::describeHours(*row.record, QLocale(), zone);
        case EntryColumn:
            if (pending)
                return tr("Not saved");
            if (!row.record)
                return QString();
            return row.record->corrected ? tr("Corrected by hand") : tr("Time-stamped");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!typed.error.isEmpty())
            return typed.error;
        if (index.column() == RoundedColumn && row.record)
            return tr("CPOM rounding: the start to the nearest 5 minutes, the duration to the "
                      "nearest 5 minutes; raw times are kept.");
        if (index.column() == EntryColumn && row.record && row.record->corrected)
            return tr("Entered or changed by hand: counts in the correction rate.");
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (pending
            && (index.column() == ArrivalColumn || index.column() == DepartureColumn
                || index.column() == KilometresColumn || index.column() == EntryColumn))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (index.column() == EntryColumn && row.record && row.record->corrected)
            return QBrush(QColor(0xe6, 0x51, 0x00));
        if (index.column() == RoundedColumn && !row.record)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    if (role == Qt::FontRole && index.column() == EntryColumn && row.record
        && row.record->corrected) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::AccessibleDescriptionRole && !typed.error.isEmpty())
        return typed.error;
    return {};
}

QVariant HoursDoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DayColumn:
        return tr("Day");
    case PlannedColumn:
        return tr("Planned");
    case ArrivalColumn:
        return tr("Arrival");
    case DepartureColumn:
        return tr("Departure");
    case KilometresColumn:
        return tr("Km");
    case RoundedColumn:
        return tr("Raw → rounded (CPOM)");
    case EntryColumn:
        return tr("Entry");
    default:
        return {};
    }
}

Qt::ItemFlags HoursDoneModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_editable
        && (index.column() == ArrivalColumn || index.column() == DepartureColumn
            || index.column() == KilometresColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool HoursDoneModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row &row = m_rows.at(index.row());
    const QString text = value.toString().trimmed();
    const QString shown = data(index, Qt::EditRole).toString();
    if (text == shown)
        return false;
    Typed &typed = m_typed[row.intervention.id];
    switch (index.column()) {
    case ArrivalColumn:
        typed.arrival = text;
        break;
    case DepartureColumn:
        typed.departure = text;
        break;
    case KilometresColumn:
        typed.kilometres = text;
        break;
    default:
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    store(index.row());
    return true;
}

void HoursDoneModel::store(int rowIndex)
{
    const Row row = m_rows.at(rowIndex);
    const QString interventionId = row.intervention.id;
    Typed typed = m_typed.value(interventionId);
    const auto changedRow = [this, rowIndex] {
        emit dataChanged(index(rowIndex, 0), index(rowIndex, ColumnCount - 1));
    };
    if (typed.arrival.isEmpty() && typed.departure.isEmpty() && typed.kilometres.isEmpty()) {
        m_typed.remove(interventionId); // everything typed was taken back
        changedRow();
        return;
    }
    const QTimeZone zone = m_workspace->timeZone();
    const QString arrivalText = !typed.arrival.isEmpty()
        ? typed.arrival
        : (row.record ? timeText(row.record->arrival) : QString());
    const QString departureText = !typed.departure.isEmpty()
        ? typed.departure
        : (row.record ? timeText(row.record->departure) : QString());
    const QString kmText = !typed.kilometres.isEmpty()
        ? typed.kilometres
        : (row.record ? QString::number(row.record->kilometres) : QString());

    const QDate day = LocalTime::toLocal(row.intervention.start, zone).date();
    const QTime arrivalTime = parseTime(arrivalText);
    const QTime departureTime = parseTime(departureText);
    const auto fail = [&](const QString &message) {
        typed.error = message;
        m_typed.insert(interventionId, typed);
        changedRow();
        emit errorOccurred(message);
    };
    if (!arrivalText.isEmpty() && !arrivalTime.isValid())
        return fail(tr("Arrival on %1: \"%2\" is not a time. Type it as 08:02.")
                        .arg(LocalTime::shortDay(day), arrivalText));
    if (!departureText.isEmpty() && !departureTime.isValid())
        return fail(tr("Departure on %1: \"%2\" is not a time. Type it as 09:58.")
                        .arg(LocalTime::shortDay(day), departureText));
    bool kmOk = true;
    const int kilometres = kmText.isEmpty() ? 0 : kmText.toInt(&kmOk);
    if (!kmOk)
        return fail(tr("Kilometres on %1: \"%2\" is not a whole number.")
                        .arg(LocalTime::shortDay(day), kmText));
    if (!arrivalTime.isValid() || !departureTime.isValid()) {
        // Waiting for the other time: kept in the cell, nothing stored yet.
        typed.error = tr("Type both the arrival and the departure to record the hours.");
        m_typed.insert(interventionId, typed);
        changedRow();
        return;
    }
    // A time not typed again keeps the stored instant (time stamps keep their seconds); a
    // departure earlier than the arrival is past midnight.
    const QDate arrivalDay = !typed.arrival.isEmpty() || !row.record
        ? day
        : LocalTime::toLocal(row.record->arrival, zone).date();
    const QDateTime arrival = typed.arrival.isEmpty() && row.record
        ? row.record->arrival
        : LocalTime::toUtc(arrivalDay, arrivalTime, zone);
    QDateTime departure
        = typed.departure.isEmpty() && row.record ? row.record->departure : QDateTime();
    if (!departure.isValid() || !typed.arrival.isEmpty()) {
        departure = LocalTime::toUtc(arrivalDay, departureTime, zone);
        if (departureTime < arrivalTime)
            departure = LocalTime::toUtc(arrivalDay.addDays(1), departureTime, zone);
    }

    const domain::Result<domain::InterventionRecord> built = row.record
        ? contracts::correctHours(*row.record, arrival, departure, kilometres)
        : contracts::recordHours(*m_contract, interventionId, arrival, departure, kilometres,
                                 contracts::HoursSource::Hand);
    if (!built)
        return fail(tr("%1: %2").arg(LocalTime::shortDay(day), built.error().message));
    if (row.record && built->toJson() == row.record->toJson()) {
        m_typed.remove(interventionId); // typed back what was stored
        changedRow();
        return;
    }
    m_saving = true;
    const auto saved
        = m_workspace->store()->saveRecord(domain::entity::interventionRecord, built->toJson());
    m_saving = false;
    if (!saved)
        return fail(tr("The hours of %1 could not be saved: %2")
                        .arg(LocalTime::shortDay(day), Labels::error(saved.error())));
    m_typed.remove(interventionId);
    m_rows[rowIndex].record = *built;
    changedRow();
    emit recordStored(built->id);
}

} // namespace releve::ui
