// Undoable edits of availability slots, on the window's QUndoStack. Each is applied to the
// LocalStore before being pushed (so that its errors reach the person at once), then redo/undo
// replay it. Several edits made by one gesture (a copy, a weekly pattern) are the children of one
// command, undone together.
#pragma once

#include <QJsonObject>
#include <QPointer>
#include <QUndoCommand>

namespace releve::store {
class LocalStore;
}

namespace releve::ui {

class PlanningModel;

class SaveSlotCommand : public QUndoCommand
{
public:
    // before is empty for a new slot.
    SaveSlotCommand(store::LocalStore *store, QJsonObject before, QJsonObject after,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    // Keyboard nudges of the same slot, one after the other, are one step to undo.
    int id() const override { return m_mergeable ? 0x51a7 : -1; }
    bool mergeWith(const QUndoCommand *other) override;
    void setMergeable(bool mergeable) { m_mergeable = mergeable; }
    QString slotId() const;

private:
    store::LocalStore *m_store;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_skipRedo = true; // applied to the store before being pushed
    bool m_mergeable = false;
};

class DeleteSlotCommand : public QUndoCommand
{
public:
    DeleteSlotCommand(store::LocalStore *store, QJsonObject slot, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    store::LocalStore *m_store;
    QJsonObject m_slot;
    bool m_skipRedo = true;
};

// The edits of one gesture (a copy, a weekly pattern), undone and redone together; the planning,
// when given, reloads once for all of them rather than once per slot.
class SlotGroupCommand : public QUndoCommand
{
public:
    SlotGroupCommand(const QString &text, PlanningModel *model);

    void undo() override;
    void redo() override;

private:
    QPointer<PlanningModel> m_model;
};

} // namespace releve::ui
