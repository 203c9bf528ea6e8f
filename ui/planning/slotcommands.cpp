#include "slotcommands.h"

#include "ui/planning/planningmodel.h"

#include "core/domain/entity.h"
#include "core/store/localstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace releve::ui {

SaveSlotCommand::SaveSlotCommand(store::LocalStore *store, QJsonObject before, QJsonObject after,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.isEmpty()
                ? QCoreApplication::translate("releve::ui::SlotCommands", "add slot")
                : QCoreApplication::translate("releve::ui::SlotCommands", "edit slot"));
}

QString SaveSlotCommand::slotId() const
{
    return m_after.value(u"id"_s).toString();
}

bool SaveSlotCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = dynamic_cast<const SaveSlotCommand *>(other);
    if (!next || !m_mergeable || !next->m_mergeable || next->slotId() != slotId())
        return false;
    // Both already reached the store: the merged step goes from this one's before to the
    // other's after.
    m_after = next->m_after;
    return true;
}

void SaveSlotCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_store->saveRecord(domain::entity::availability, m_after);
}

void SaveSlotCommand::undo()
{
    if (m_before.isEmpty())
        m_store->deleteRecord(domain::entity::availability, m_after.value(u"id"_s).toString());
    else
        m_store->saveRecord(domain::entity::availability, m_before);
}

DeleteSlotCommand::DeleteSlotCommand(store::LocalStore *store, QJsonObject slot,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_slot(std::move(slot))
{
    setText(QCoreApplication::translate("releve::ui::SlotCommands", "delete slot"));
}

void DeleteSlotCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    m_store->deleteRecord(domain::entity::availability, m_slot.value(u"id"_s).toString());
}

void DeleteSlotCommand::undo()
{
    m_store->saveRecord(domain::entity::availability, m_slot);
}

SlotGroupCommand::SlotGroupCommand(const QString &text, PlanningModel *model)
    : QUndoCommand(text)
    , m_model(model)
{ }

void SlotGroupCommand::undo()
{
    if (m_model)
        m_model->beginBatch();
    QUndoCommand::undo();
    if (m_model)
        m_model->endBatch();
}

void SlotGroupCommand::redo()
{
    if (m_model)
        m_model->beginBatch();
    QUndoCommand::redo();
    if (m_model)
        m_model->endBatch();
}

} // namespace releve::ui
