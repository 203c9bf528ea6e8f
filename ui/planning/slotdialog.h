// Adds, edits or deletes one availability slot of a staff member: day, start and end in local
// time, available or absent, a note, and an optional weekly repetition. Validation errors are
// shown under the field they name; nothing is saved until they are fixed.
#pragma once

#include "core/domain/error.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTime>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
class QTimeEdit;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class SlotDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome { Saved = QDialog::Accepted, Deleted = 2 };

    // Saves the record; returns the errors that kept it from being saved.
    using SaveFunction = std::function<domain::Errors(const QJsonObject &slot)>;
    using DeleteFunction = std::function<domain::Errors(const QJsonObject &slot)>;

    SlotDialog(Workspace *workspace, QWidget *parent = nullptr);

    // A new slot for this staff member and local day (09:00–12:00 by default).
    void startNew(const QString &staffId, QDate day);
    // The same, with these times (the last ones the coordinator used).
    void startNew(const QString &staffId, QDate day, QTime start, QTime end);
    // An existing slot record.
    void startEdit(const QJsonObject &slot);
    void setSaveFunction(SaveFunction save) { m_save = std::move(save); }
    void setDeleteFunction(DeleteFunction remove) { m_delete = std::move(remove); }

    // The record the form describes.
    QJsonObject slotData() const;
    void showErrors(const domain::Errors &errors);

    void accept() override;

private:
    void deleteSlot();
    void clearErrors();
    ErrorLabel *addErrorLabel(const QString &field, const QString &objectName);

    Workspace *m_workspace;
    QJsonObject m_original;
    SaveFunction m_save;
    DeleteFunction m_delete;
    QComboBox *m_staff;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_kind;
    QLineEdit *m_note;
    QCheckBox *m_weekly;
    QDateEdit *m_weeklyUntil;
    QDialogButtonBox *m_buttons;
    QPushButton *m_deleteButton;
    QHash<QString, ErrorLabel *> m_errorLabels; // by the record field they stand for
    ErrorLabel *m_formError;
};

} // namespace releve::ui
