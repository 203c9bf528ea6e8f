#include "slotcommands.h"

#include "core/domain/entity.h"
#include "core/store/localstore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace releve::ui {

SaveSlotCommand::SaveSlotCommand(store::LocalStore *store, QJsonObject before, QJsonObject after)
    : m_store(store)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(m_before.isEmpty()
                ? QCoreApplication::translate("releve::ui::SlotCommands", "add slot")
                : QCoreApplication::translate("releve::ui::SlotCommands", "edit slot"));
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

DeleteSlotCommand::DeleteSlotCommand(store::LocalStore *store, QJsonObject slot)
    : m_store(store)
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

} // namespace releve::ui
