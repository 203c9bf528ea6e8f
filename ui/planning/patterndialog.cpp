#include "patterndialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/planning/planningmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

PatternDialog::PatternDialog(const PlanningModel *model, const QString &staffId, QDate from,
                             QWidget *parent)
    : QDialog(parent)
    , m_staff(new QComboBox(this))
    , m_start(new QTimeEdit(QTime(8, 0), this))
    , m_end(new QTimeEdit(QTime(12, 0), this))
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(from, this))
    , m_to(new QDateEdit(from.addDays(27), this))
    , m_note(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_formError(new ErrorLabel(this))
{
    setObjectName(u"patternDialog"_s);
    setWindowTitle(tr("Weekly pattern"));
    m_staff->setObjectName(u"patternStaffCombo"_s);
    m_staff->setAccessibleName(tr("Staff member"));
    for (int row = 0; row < model->rowCount(); ++row)
        m_staff->addItem(model->staffNameAt(row), model->staffIdAt(row));
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(staffId)));
    m_start->setObjectName(u"patternStartEdit"_s);
    m_start->setAccessibleName(tr("From"));
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setObjectName(u"patternEndEdit"_s);
    m_end->setAccessibleName(tr("To"));
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_kind->setObjectName(u"patternKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(Labels::slotKind(u"available"_s), u"available"_s);
    m_kind->addItem(Labels::slotKind(u"absent"_s), u"absent"_s);
    m_from->setObjectName(u"patternFromEdit"_s);
    m_from->setAccessibleName(tr("First day"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_to->setObjectName(u"patternToEdit"_s);
    m_to->setAccessibleName(tr("Last day"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_note->setObjectName(u"patternNoteEdit"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, for your agency only"));
    m_note->setMaxLength(500);
    m_buttons->setObjectName(u"patternButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create the slots"));
    m_formError->setObjectName(u"patternFormError"_s);

    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), days);
        box->setObjectName(u"patternDay%1"_s.arg(day));
        box->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        box->setChecked(day <= 5);
        daysLayout->addWidget(box);
        m_days.append(box);
    }
    daysLayout->addStretch(1);
    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_start);
    timesLayout->addWidget(new QLabel(tr("to"), times));
    timesLayout->addWidget(m_end);
    timesLayout->addStretch(1);
    auto *dates = new QWidget(this);
    auto *datesLayout = new QHBoxLayout(dates);
    datesLayout->setContentsMargins(0, 0, 0, 0);
    datesLayout->addWidget(m_from);
    datesLayout->addWidget(new QLabel(tr("to"), dates));
    datesLayout->addWidget(m_to);
    datesLayout->addStretch(1);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, QWidget *field, const QString &recordField) {
        auto *cell = new QWidget(this);
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field);
        auto *error = new ErrorLabel(cell);
        error->setObjectName(u"pattern_%1_error"_s.arg(recordField));
        m_errors.insert(recordField, error);
        box->addWidget(error);
        form->addRow(label, cell);
    };
    addRow(tr("Staff member"), m_staff, u"staff_id"_s);
    addRow(tr("Days"), days, u"weekdays"_s);
    addRow(tr("Hours"), times, u"end"_s);
    addRow(tr("Kind"), m_kind, u"kind"_s);
    addRow(tr("Weeks"), dates, u"to"_s);
    addRow(tr("Note"), m_note, u"note"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PatternDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PlanningEdits::Pattern PatternDialog::pattern() const
{
    PlanningEdits::Pattern pattern;
    pattern.staffId = m_staff->currentData().toString();
    for (int day = 0; day < m_days.size(); ++day) {
        if (m_days.at(day)->isChecked())
            pattern.weekdays.append(day + 1);
    }
    pattern.start = m_start->time();
    pattern.end = m_end->time();
    pattern.kind = m_kind->currentData().toString();
    pattern.note = m_note->text();
    pattern.from = m_from->date();
    pattern.to = m_to->date();
    return pattern;
}

void PatternDialog::showErrors(const domain::Errors &errors)
{
    for (ErrorLabel *label : std::as_const(m_errors))
        label->clearError();
    m_formError->clearError();
    QStringList unplaced;
    for (const domain::Error &error : errors) {
        if (ErrorLabel *label = m_errors.value(error.field))
            label->showError(Labels::error(error));
        else
            unplaced.append(Labels::error(error));
    }
    if (!unplaced.isEmpty())
        m_formError->showError(unplaced.join(u'\n'));
}

void PatternDialog::accept()
{
    const PlanningEdits::Pattern value = pattern();
    domain::Errors errors = PlanningEdits::validate(value);
    if (errors.isEmpty() && m_apply)
        errors = m_apply(value);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    QDialog::accept();
}

} // namespace releve::ui
