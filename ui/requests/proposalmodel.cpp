#include "proposalmodel.h"

#include "ui/common/recordrows.h"

#include "ui/common/labels.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace releve::ui {

ProposalModel::ProposalModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity.isEmpty() || entity == domain::entity::proposal)
                    reload();
            });
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this, &ProposalModel::reload);
}

void ProposalModel::setRequest(const QString &requestId, int interventionCount)
{
    m_requestId = requestId;
    m_interventionCount = interventionCount;
    reload();
}

void ProposalModel::reload()
{
    beginResetModel();
    m_rows.clear();
    store::LocalStore *store = m_workspace->store();
    if (m_requestId.isEmpty() || !store->isOpen()) {
        endResetModel();
        return;
    }
    const QString mine = m_workspace->structureId();
    const auto workerName = [&](const QJsonObject &proposal) {
        const QString pseudonym = proposal.value(u"staff_pseudonym"_s).toString();
        if (proposal.value(u"structure_id"_s).toString() != mine)
            return pseudonym;
        // One of my own staff: I know the name.
        const auto staff
            = store->record(domain::entity::staff, proposal.value(u"staff_id"_s).toString());
        if (!staff)
            return pseudonym;
        const QString name = staff->data.value(u"first_name"_s).toString() + u' '
            + staff->data.value(u"last_name"_s).toString();
        return pseudonym.isEmpty() ? name : tr("%1 (%2)").arg(name, pseudonym);
    };

    QSet<QString> known;
    const auto records
        = store->recordsWhere(domain::entity::proposal, u"request_id"_s, m_requestId);
    for (const store::CachedRecord &record : records) {
        Row row;
        row.id = record.id;
        row.data = record.data;
        row.status = record.data.value(u"status"_s).toString();
        row.worker = workerName(record.data);
        row.agency = record.structureId == mine ? tr("My agency")
                                                : m_workspace->structureName(record.structureId);
        row.covered = int(record.data.value(u"intervention_ids"_s).toArray().size());
        const auto command = m_workspace->unconfirmedCommand(domain::entity::proposal, record.id);
        if (command && command->state == u"rejected"_s) {
            row.statusText = tr("%1 refused by the server: %2")
                                 .arg(Labels::command(command->data.value(u"command"_s).toString()),
                                      command->error);
        } else if (command) {
            row.awaiting = true;
            row.statusText = tr("Awaiting confirmation");
        } else {
            row.statusText = Labels::proposalStatus(row.status);
        }
        row.decidable = !command && row.status == u"offered"_s && record.version > 0;
        known.insert(record.id);
        m_rows.append(row);
    }
    // Proposals queued here that the server has not created yet.
    const auto queued = m_workspace->unconfirmedCommands(domain::entity::proposal);
    for (const store::OutboxEntry &entry : queued) {
        if (known.contains(entry.recordId)
            || entry.data.value(u"command"_s).toString() != u"propose"_s
            || entry.data.value(u"request_id"_s).toString() != m_requestId)
            continue;
        Row row;
        row.id = entry.recordId;
        row.data = entry.data;
        row.data.insert(u"structure_id"_s, mine);
        row.status = u"queued"_s;
        row.worker = workerName(row.data);
        row.agency = tr("My agency");
        row.covered = int(entry.data.value(u"intervention_ids"_s).toArray().size());
        row.awaiting = entry.state != u"rejected"_s;
        row.statusText = row.awaiting ? tr("Awaiting confirmation")
                                      : tr("Refused by the server: %1").arg(entry.error);
        m_rows.append(row);
    }
    endResetModel();
}

QString ProposalModel::proposalIdAt(int row) const
{
    return recordrows::idAt(m_rows, row);
}

int ProposalModel::rowOfProposal(const QString &proposalId) const
{
    return recordrows::rowOf(m_rows, proposalId);
}

int ProposalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProposalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case ProposalIdRole:
        return row.id;
    case StatusCodeRole:
        return row.status;
    case AwaitingRole:
        return row.awaiting;
    case DecidableRole:
        return row.decidable;
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case WorkerColumn:
            return row.worker;
        case AgencyColumn:
            return row.agency;
        case CoverageColumn:
            if (row.covered == 0 || row.covered >= m_interventionCount)
                return tr("All %n intervention(s)", nullptr, m_interventionCount);
            return tr("%1 of %2").arg(row.covered).arg(m_interventionCount);
        case StatusColumn:
            return row.statusText;
        case NoteColumn: {
            QStringList parts;
            const QString note = row.data.value(u"note"_s).toString();
            if (!note.isEmpty())
                parts.append(note);
            const QJsonArray warnings = row.data.value(u"warnings"_s).toArray();
            for (const QJsonValue &warning : warnings)
                parts.append(tr("Warning: %1").arg(warning.toString()));
            return parts.join(role == Qt::ToolTipRole ? u"\n"_s : u" · "_s);
        }
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        if (row.awaiting)
            return QBrush(QColor(0xb2, 0x5e, 0x00));
        if (row.status == u"accepted"_s)
            return QBrush(QColor(0x1b, 0x5e, 0x20));
        if (row.status == u"declined"_s || row.status == u"withdrawn"_s)
            return QBrush(QColor(0x75, 0x75, 0x75));
    }
    return {};
}

QVariant ProposalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WorkerColumn:
        return tr("Worker");
    case AgencyColumn:
        return tr("Agency");
    case CoverageColumn:
        return tr("Covers");
    case StatusColumn:
        return tr("Status");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace releve::ui
