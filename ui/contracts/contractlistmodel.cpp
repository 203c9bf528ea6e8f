#include "contractlistmodel.h"

#include "ui/common/recordrows.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace releve::ui {

ContractListModel::ContractListModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::contract)
                    reload();
            });
    connect(m_workspace, &Workspace::structureChanged, this, &ContractListModel::reload);
    reload();
}

void ContractListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    store::LocalStore *store = m_workspace->store();
    const QString mine = m_workspace->structureId();
    if (store->isOpen() && !mine.isEmpty()) {
        const auto records = store->records(domain::entity::contract);
        for (const store::CachedRecord &record : records) {
            Row row;
            row.id = record.id;
            row.data = record.data;
            const QString lender
                = record.data.value(u"lender"_s).toObject().value(u"structure_id"_s).toString();
            const QString user
                = record.data.value(u"user"_s).toObject().value(u"structure_id"_s).toString();
            if (lender != mine && user != mine)
                continue;
            row.lending = lender == mine;
            const QJsonArray interventions = record.data.value(u"interventions"_s).toArray();
            for (const QJsonValue &value : interventions) {
                const QJsonObject item = value.toObject();
                const QDateTime start = domain::instantFromJson(item.value(u"start"_s).toString());
                const QDateTime end = domain::instantFromJson(item.value(u"end"_s).toString());
                if (start.isValid() && (!row.first.isValid() || start < row.first))
                    row.first = start;
                if (start.isValid() && end.isValid())
                    row.minutes += start.secsTo(end) / 60;
            }
            m_rows.append(row);
        }
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        const QString na = a.data.value(u"number"_s).toString();
        const QString nb = b.data.value(u"number"_s).toString();
        return na != nb ? na > nb : a.id < b.id; // newest number first
    });
    endResetModel();
}

QString ContractListModel::contractIdAt(int row) const
{
    return recordrows::idAt(m_rows, row);
}

int ContractListModel::rowOfContract(const QString &contractId) const
{
    return recordrows::rowOf(m_rows, contractId);
}

QJsonObject ContractListModel::contractAt(int row) const
{
    return recordrows::dataAt(m_rows, row);
}

int ContractListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ContractListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContractListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == ContractIdRole)
        return row.id;
    if (role == RequestIdRole)
        return row.data.value(u"request_id"_s).toString();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn:
            return row.data.value(u"number"_s).toString();
        case StatusColumn:
            return Labels::contractStatus(row.data.value(u"status"_s).toString());
        case WorkerColumn:
            return row.data.value(u"staff_name"_s).toString();
        case PartnerColumn: {
            const QString other = row.data.value(row.lending ? u"user"_s : u"lender"_s)
                                      .toObject()
                                      .value(u"name"_s)
                                      .toString();
            return row.lending ? tr("Lent to %1").arg(other) : tr("From %1").arg(other);
        }
        case FirstDayColumn:
            return row.first.isValid()
                ? LocalTime::shortDay(LocalTime::toLocal(row.first, m_workspace->timeZone()).date())
                : QString();
        case HoursColumn:
            return Labels::duration(row.minutes);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        const QString status = row.data.value(u"status"_s).toString();
        if (status == u"draft"_s)
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        if (status == u"active"_s)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
    }
    return {};
}

QVariant ContractListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Number");
    case StatusColumn:
        return tr("Status");
    case WorkerColumn:
        return tr("Worker");
    case PartnerColumn:
        return tr("Other agency");
    case FirstDayColumn:
        return tr("Starts");
    case HoursColumn:
        return tr("Hours");
    default:
        return {};
    }
}

} // namespace releve::ui
