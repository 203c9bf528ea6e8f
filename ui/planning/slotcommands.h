// Undoable edits of availability slots, on the window's QUndoStack. Each is applied to the
// LocalStore before being pushed (so that its errors reach the form), then redo/undo replay it.
#pragma once

#include <QJsonObject>
#include <QUndoCommand>

namespace releve::store {
class LocalStore;
}

namespace releve::ui {

class SaveSlotCommand : public QUndoCommand
{
public:
    // before is empty for a new slot.
    SaveSlotCommand(store::LocalStore *store, QJsonObject before, QJsonObject after);

    void undo() override;
    void redo() override;

private:
    store::LocalStore *m_store;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_skipRedo = true; // applied to the store before being pushed
};

class DeleteSlotCommand : public QUndoCommand
{
public:
    DeleteSlotCommand(store::LocalStore *store, QJsonObject slot);

    void undo() override;
    void redo() override;

private:
    store::LocalStore *m_store;
    QJsonObject m_slot;
    bool m_skipRedo = true;
};

} // namespace releve::ui
