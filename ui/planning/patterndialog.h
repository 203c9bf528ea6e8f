// The weekly pattern editor: "Monday to Friday, 08:00–12:00, from week X to week Y" creates the
// slots of every chosen day, as one step to undo. Errors name the field and nothing typed is
// lost.
#pragma once

#include "ui/planning/planningedits.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QTimeEdit;

namespace releve::ui {

class ErrorLabel;
class PlanningModel;

class PatternDialog : public QDialog
{
    Q_OBJECT

public:
    // Applies the pattern; returns the errors that kept it from being applied.
    using ApplyFunction = std::function<domain::Errors(const PlanningEdits::Pattern &)>;

    // The staff shown by the model, the current one chosen; from the Monday of from to the
    // Sunday four weeks later by default.
    PatternDialog(const PlanningModel *model, const QString &staffId, QDate from,
                  QWidget *parent = nullptr);
    void setApplyFunction(ApplyFunction apply) { m_apply = std::move(apply); }

    PlanningEdits::Pattern pattern() const;
    void showErrors(const domain::Errors &errors);
    void accept() override;

private:
    QComboBox *m_staff;
    QList<QCheckBox *> m_days; // Monday first
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QComboBox *m_kind;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
    QHash<QString, ErrorLabel *> m_errors;
    ErrorLabel *m_formError;
    ApplyFunction m_apply;
};

} // namespace releve::ui
