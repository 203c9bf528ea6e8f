// Copies a day or the week shown, for one staff member or every one shown, onto the following
// weeks: the quickest way to carry a stable week forward. The copy is one step to undo.
#pragma once

#include <QDate>
#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace releve::ui {

class CopyWeeksDialog : public QDialog
{
    Q_OBJECT

public:
    CopyWeeksDialog(QWidget *parent = nullptr);

    // The current cell's day and staff member, the first day of the week shown and the staff
    // shown (by id, with the current one's name for the labels).
    void setChoices(QDate day, QDate weekStart, const QString &staffId, const QString &staffName,
                    const QStringList &shownStaffIds);

    QDate firstDay() const;
    int dayCount() const;
    QStringList staffIds() const;
    int weeks() const;

private:
    QRadioButton *m_day;
    QRadioButton *m_week;
    QRadioButton *m_oneStaff;
    QRadioButton *m_allStaff;
    QSpinBox *m_weeks;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QDate m_dayDate;
    QDate m_weekStart;
    QString m_staffId;
    QStringList m_shown;
};

} // namespace releve::ui
