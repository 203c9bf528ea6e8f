#include "requestlistmodel.h"

#include "ui/common/recordrows.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/statuscolours.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/matching/matcher.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace releve::ui {

RequestListModel::RequestListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                // Staff, slots and contracts change what my staff could cover.
                if (entity.isEmpty() || entity == domain::entity::request
                    || entity == domain::entity::structure || entity == domain::entity::staff
                    || entity == domain::entity::availability || entity == domain::entity::contract)
                    reload();
            });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this,
            &RequestListModel::reload);
    connect(m_workspace, &Workspace::structureChanged, this, &RequestListModel::reload);
    reload();
}

QString RequestListModel::statusText(Workspace *workspace, const QJsonObject &request,
                                     const QString &syncState)
{
    const QString id = request.value(u"id"_s).toString();
    const auto command = workspace->unconfirmedCommand(domain::entity::request, id);
    if (command) {
        if (command->state == u"rejected"_s)
            return tr("Refused by the server");
        return tr("Awaiting confirmation");
    }
    const QString status = request.value(u"status"_s).toString();
    if (status == u"draft"_s && syncState != u"synced"_s)
        return tr("Draft, not sent yet");
    return Labels::requestStatus(status);
}

void RequestListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    if (store->isOpen() && !mine.isEmpty()) {
        const auto records = store->records(domain::entity::request);
        for (const store::CachedRecord &record : records) {
            Row row;
            row.id = record.id;
            row.data = record.data;
            row.syncState = record.syncState;
            row.mine = record.structureId == mine;
            if (!row.mine && record.data.value(u"status"_s).toString() == u"draft"_s)
                continue;
            const QJsonArray interventions = record.data.value(u"interventions"_s).toArray();
            row.interventions = int(interventions.size());
            for (const QJsonValue &value : interventions) {
                const QJsonObject item = value.toObject();
                const QDateTime start = domain::instantFromJson(item.value(u"start"_s).toString());
                const QDateTime end = domain::instantFromJson(item.value(u"end"_s).toString());
                if (start.isValid() && (!row.first.isValid() || start < row.first))
                    row.first = start;
                if (start.isValid() && end.isValid())
                    row.minutes += start.secsTo(end) / 60;
            }
            row.deadline = domain::instantFromJson(record.data.value(u"deadline"_s).toString());
            row.statusText = statusText(m_workspace, record.data, record.syncState);
            row.agency = m_workspace->structureName(record.structureId);
            row.departement
                = m_workspace->structure(record.structureId).value(u"departement"_s).toString();
            row.published
                = domain::instantFromJson(record.data.value(u"published_at"_s).toString());
            m_rows.append(row);
        }
        previewCoverage(m_rows);
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return a.id < b.id;
    });
    endResetModel();
}

void RequestListModel::previewCoverage(QList<Row> &rows) const
{
    // Only a coordinator's structure lends staff.
    if (!m_workspace->isCoordinator())
        return;
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    matching::MatchInput input;
    input.structures.insert(mine, { mine, m_workspace->structureName(mine), true, {} });
    for (const store::CachedRecord &record : store->records(domain::entity::staff)) {
        if (record.structureId != mine)
            continue;
        if (auto member = domain::StaffMember::fromJson(record.data))
            input.staff.append(*member);
    }
    if (input.staff.isEmpty())
        return;
    for (const store::CachedRecord &record : store->records(domain::entity::availability)) {
        if (record.structureId != mine)
            continue;
        if (auto slot = domain::AvailabilitySlot::fromJson(record.data))
            input.availabilitySlots().append(*slot);
    }
    // What my staff are already committed to: the interventions of my running contracts.
    for (const store::CachedRecord &record : store->records(domain::entity::contract)) {
        const QJsonObject &c = record.data;
        if (c.value(u"status"_s).toString() == u"ended"_s
            || c.value(u"lender"_s).toObject().value(u"structure_id"_s).toString() != mine)
            continue;
        for (const QJsonValue &value : c.value(u"interventions"_s).toArray()) {
            const QJsonObject item = value.toObject();
            input.commitments.append(
                { c.value(u"staff_id"_s).toString(),
                  { domain::instantFromJson(item.value(u"start"_s).toString()),
                    domain::instantFromJson(item.value(u"end"_s).toString()) } });
        }
    }
    input.now = QDateTime::currentDateTimeUtc();
    input.listExclusions = false;
    for (Row &row : rows) {
        const QString status = row.data.value(u"status"_s).toString();
        if (row.mine || (status != u"published"_s && status != u"proposed"_s))
            continue;
        const auto request = domain::ReplacementRequest::fromJson(row.data);
        if (!request)
            continue;
        input.request = *request;
        row.coverable = !matching::rankCandidates(input).candidates.isEmpty();
    }
}

int RequestListModel::coverableCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const Row &row) { return row.coverable; }));
}

QStringList RequestListModel::coverableUrgentIds() const
{
    QStringList ids;
    for (const Row &row : m_rows) {
        const QString urgency = row.data.value(u"urgency"_s).toString();
        if (row.coverable && urgency != u"normal"_s)
            ids.append(row.id);
    }
    return ids;
}

QString RequestListModel::requestIdAt(int row) const
{
    return recordrows::idAt(m_rows, row);
}

int RequestListModel::rowOfRequest(const QString &requestId) const
{
    return recordrows::rowOf(m_rows, requestId);
}

QJsonObject RequestListModel::requestAt(int row) const
{
    return recordrows::dataAt(m_rows, row);
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const QTimeZone zone = m_workspace->timeZone();
    switch (role) {
    case RequestIdRole:
        return row.id;
    case MineRole:
        return row.mine;
    case StatusCodeRole:
        return row.data.value(u"status"_s).toString();
    case CoverableRole:
        return row.coverable;
    case DepartementRole:
        return row.departement;
    case OpenRole: {
        const QString status = row.data.value(u"status"_s).toString();
        return status == u"published"_s || status == u"proposed"_s;
    }
    case UrgentRole:
        return row.data.value(u"urgency"_s).toString() != u"normal"_s;
    default:
        break;
    }

    const QString urgency = row.data.value(u"urgency"_s).toString();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case StatusColumn:
            return row.statusText;
        case UrgencyColumn:
            return Labels::urgency(urgency);
        case CommuneColumn: {
            const QString commune = row.data.value(u"mission_commune"_s).toString();
            return commune.isEmpty() ? tr("Commune not given") : commune;
        }
        case FirstDayColumn:
            return row.first.isValid() ? LocalTime::dateTime(row.first, zone) : tr("No date yet");
        case InterventionsColumn:
            return tr("%1 · %2").arg(row.interventions).arg(Labels::duration(row.minutes));
        case AgencyColumn:
            return row.mine ? tr("My agency") : row.agency;
        case DeadlineColumn:
            return row.deadline.isValid() ? LocalTime::dateTime(row.deadline, zone) : QString();
        case CoverColumn:
            if (row.mine)
                return QString();
            return row.coverable ? tr("Yes") : tr("No one available");
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case UrgencyColumn: {
            // Most urgent first, then the newest: "0|<seconds before 2100>" sorts ascending.
            const int rank = urgency == u"critical"_s ? 0 : urgency == u"urgent"_s ? 1 : 2;
            const qint64 age = row.published.isValid()
                ? qint64(4102444800) - row.published.toSecsSinceEpoch()
                : qint64(9999999999);
            return u"%1|%2"_s.arg(rank).arg(age, 10, 10, QLatin1Char('0'));
        }
        case CoverColumn:
            return row.coverable ? 0 : 1;
        case FirstDayColumn:
            return row.first;
        case DeadlineColumn:
            return row.deadline;
        case InterventionsColumn:
            return row.minutes;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ForegroundRole) {
        // Meaningful colours chosen for the palette in use (light or dark theme).
        using statuscolours::Meaning;
        const QPalette palette = QApplication::palette();
        if (index.column() == UrgencyColumn && urgency == u"critical"_s)
            return QBrush(statuscolours::text(Meaning::Error, palette));
        if (index.column() == UrgencyColumn && urgency == u"urgent"_s)
            return QBrush(statuscolours::text(Meaning::Warning, palette));
        if (index.column() == StatusColumn && row.statusText == tr("Awaiting confirmation"))
            return QBrush(statuscolours::text(Meaning::Warning, palette));
        if (index.column() == CoverColumn && row.coverable)
            return QBrush(statuscolours::text(Meaning::Success, palette));
        return {};
    }
    if (role == Qt::FontRole && index.column() == UrgencyColumn && urgency != u"normal"_s) {
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case UrgencyColumn:
        return tr("Urgency");
    case CommuneColumn:
        return tr("Commune");
    case FirstDayColumn:
        return tr("Starts");
    case InterventionsColumn:
        return tr("Interventions");
    case AgencyColumn:
        return tr("Agency");
    case DeadlineColumn:
        return tr("Answer by");
    case CoverColumn:
        return tr("My staff");
    default:
        return {};
    }
}

} // namespace releve::ui
