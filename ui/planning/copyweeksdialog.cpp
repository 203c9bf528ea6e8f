#include "copyweeksdialog.h"

#include "ui/common/localtime.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

CopyWeeksDialog::CopyWeeksDialog(QWidget *parent)
    : QDialog(parent)
    , m_day(new QRadioButton(this))
    , m_week(new QRadioButton(this))
    , m_oneStaff(new QRadioButton(this))
    , m_allStaff(new QRadioButton(this))
    , m_weeks(new QSpinBox(this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"copyWeeksDialog"_s);
    setWindowTitle(tr("Copy to the following weeks"));
    m_day->setObjectName(u"copyDayRadio"_s);
    m_week->setObjectName(u"copyWeekRadio"_s);
    m_oneStaff->setObjectName(u"copyOneStaffRadio"_s);
    m_allStaff->setObjectName(u"copyAllStaffRadio"_s);
    m_weeks->setObjectName(u"copyWeeksSpin"_s);
    m_weeks->setAccessibleName(tr("Number of following weeks"));
    m_weeks->setRange(1, 26);
    m_weeks->setValue(3);
    m_summary->setObjectName(u"copySummary"_s);
    m_summary->setWordWrap(true);
    m_buttons->setObjectName(u"copyButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Copy"));

    auto *what = new QGroupBox(tr("What"), this);
    auto *whatLayout = new QVBoxLayout(what);
    whatLayout->addWidget(m_day);
    whatLayout->addWidget(m_week);
    auto *whose = new QGroupBox(tr("Whose"), this);
    auto *whoseLayout = new QVBoxLayout(whose);
    whoseLayout->addWidget(m_oneStaff);
    whoseLayout->addWidget(m_allStaff);
    auto *whatGroup = new QButtonGroup(this);
    whatGroup->addButton(m_day);
    whatGroup->addButton(m_week);
    auto *whoseGroup = new QButtonGroup(this);
    whoseGroup->addButton(m_oneStaff);
    whoseGroup->addButton(m_allStaff);
    m_week->setChecked(true);
    m_oneStaff->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Onto the following weeks:"), m_weeks);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(whose);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    const auto updateSummary = [this] {
        const QDate from = firstDay();
        const QDate last = from.addDays(7 * weeks() + dayCount() - 1);
        m_summary->setText(
            tr("Copies the one-off slots onto the same days of the %n following week(s), up to "
               "%1. Slots already there are left as they are; weekly slots already repeat.",
               nullptr, weeks())
                .arg(LocalTime::longDay(last)));
    };
    connect(m_weeks, &QSpinBox::valueChanged, this, updateSummary);
    connect(m_day, &QRadioButton::toggled, this, updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void CopyWeeksDialog::setChoices(QDate day, QDate weekStart, const QString &staffId,
                                 const QString &staffName, const QStringList &shownStaffIds)
{
    m_dayDate = day;
    m_weekStart = weekStart;
    m_staffId = staffId;
    m_shown = shownStaffIds;
    m_day->setText(tr("The day %1").arg(LocalTime::longDay(day)));
    m_day->setEnabled(day.isValid());
    m_week->setText(tr("The week of %1").arg(LocalTime::longDay(weekStart)));
    m_oneStaff->setText(staffName.isEmpty() ? tr("The selected staff member")
                                            : tr("Only %1").arg(staffName));
    m_oneStaff->setEnabled(!staffId.isEmpty());
    if (staffId.isEmpty())
        m_allStaff->setChecked(true);
    m_allStaff->setText(tr("Every staff member shown (%n)", nullptr, int(shownStaffIds.size())));
    m_weeks->setValue(m_weeks->value()); // refresh the summary
    emit m_weeks->valueChanged(m_weeks->value());
}

QDate CopyWeeksDialog::firstDay() const
{
    return m_day->isChecked() ? m_dayDate : m_weekStart;
}

int CopyWeeksDialog::dayCount() const
{
    return m_day->isChecked() ? 1 : 7;
}

QStringList CopyWeeksDialog::staffIds() const
{
    return m_oneStaff->isChecked() ? QStringList { m_staffId } : m_shown;
}

int CopyWeeksDialog::weeks() const
{
    return m_weeks->value();
}

} // namespace releve::ui
