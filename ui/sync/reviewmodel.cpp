#include "reviewmodel.h"

#include "recordfields.h"

#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace releve::ui {

ReviewModel::ReviewModel(Workspace *workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
    connect(m_workspace->store(), &store::LocalStore::outboxChanged, this, &ReviewModel::reload);
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this, &ReviewModel::reload);
    reload();
}

void ReviewModel::reload()
{
    beginResetModel();
    m_items.clear();
    store::LocalStore *store = m_workspace->store();
    if (store->isOpen()) {
        for (const store::Conflict &conflict : store->conflicts())
            m_items.append(Item { Item::Kind::Conflict, conflict, {} });
        for (const store::OutboxEntry &entry : store->outbox({ u"rejected"_s }))
            m_items.append(Item { Item::Kind::Rejected, {}, entry });
    }
    endResetModel();
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ReviewModel::Item *ReviewModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

QString ReviewModel::recordText(const Item &item) const
{
    if (item.kind == Item::Kind::Conflict) {
        const QJsonObject &data
            = item.conflict.theirs.isEmpty() ? item.conflict.mine : item.conflict.theirs;
        return RecordFields::describe(m_workspace, item.conflict.entity, data);
    }
    const store::OutboxEntry &entry = item.entry;
    if (entry.op == u"command"_s)
        return tr("%1 of %2")
            .arg(Labels::command(entry.data.value(u"command"_s).toString()),
                 RecordFields::entityName(entry.entity).toLower());
    QJsonObject data = entry.data;
    if (const auto cached = m_workspace->store()->record(entry.entity, entry.recordId);
        cached && !cached->data.isEmpty() && entry.op != u"delete"_s)
        data = cached->data;
    const QString described = RecordFields::describe(m_workspace, entry.entity, data);
    return entry.op == u"delete"_s ? tr("Removal: %1").arg(described) : described;
}

QString ReviewModel::reasonText(const Item &item) const
{
    if (item.kind == Item::Kind::Conflict) {
        const QStringList both = item.conflict.overlappingFields();
        QStringList labels;
        for (const QString &field : both) {
            if (RecordFields::isShown(field))
                labels.append(RecordFields::label(item.conflict.entity, field));
        }
        return labels.isEmpty()
            ? tr("Changed here and on the server")
            : tr("Changed here and on the server: %1").arg(labels.join(u", "_s));
    }
    const store::OutboxEntry &entry = item.entry;
    const QString reason = RecordFields::refusal(
        entry.entity, domain::Error { entry.errorCode, entry.errorField, entry.error });
    if (entry.errorField.isEmpty())
        return reason;
    return tr("%1: %2").arg(RecordFields::label(entry.entity, entry.errorField), reason);
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn:
            return item.kind == Item::Kind::Conflict ? tr("Conflict") : tr("Refused by the server");
        case RecordColumn:
            return recordText(item);
        case ReasonColumn:
            return reasonText(item);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == KindColumn)
        return QBrush(item.kind == Item::Kind::Conflict ? QColor(0xef, 0x6c, 0x00)
                                                        : QColor(0xb3, 0x26, 0x1e));
    return {};
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("What");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Why it waits");
    default:
        return {};
    }
}

} // namespace releve::ui
