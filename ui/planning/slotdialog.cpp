#include "slotdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::ui {

SlotDialog::SlotDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_staff(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_start(new QTimeEdit(this))
    , m_end(new QTimeEdit(this))
    , m_kind(new QComboBox(this))
    , m_note(new QLineEdit(this))
    , m_weekly(new QCheckBox(tr("Repeat every week until"), this))
    , m_weeklyUntil(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_deleteButton(new QPushButton(tr("Delete slot"), this))
    , m_formError(new ErrorLabel(this))
{
    setObjectName(u"slotDialog"_s);
    setMinimumWidth(420);
    m_staff->setObjectName(u"slotStaffCombo"_s);
    m_staff->setAccessibleName(tr("Staff member"));
    m_staff->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_date->setObjectName(u"slotDateEdit"_s);
    m_date->setAccessibleName(tr("Day"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dddd d MMMM yyyy"_s);
    m_start->setObjectName(u"slotStartEdit"_s);
    m_start->setAccessibleName(tr("From"));
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setObjectName(u"slotEndEdit"_s);
    m_end->setAccessibleName(tr("To"));
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_kind->setObjectName(u"slotKindCombo"_s);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(Labels::slotKind(u"available"_s), u"available"_s);
    m_kind->addItem(Labels::slotKind(u"absent"_s), u"absent"_s);
    m_note->setObjectName(u"slotNoteEdit"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setPlaceholderText(tr("Optional, for your agency only"));
    m_note->setMaxLength(500);
    m_weekly->setObjectName(u"slotWeeklyCheck"_s);
    m_weeklyUntil->setObjectName(u"slotWeeklyUntilEdit"_s);
    m_weeklyUntil->setAccessibleName(tr("Last week of the repetition"));
    m_weeklyUntil->setCalendarPopup(true);
    m_weeklyUntil->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_weeklyUntil->setEnabled(false);
    m_deleteButton->setObjectName(u"slotDeleteButton"_s);
    m_deleteButton->hide();
    m_buttons->setObjectName(u"slotButtons"_s);
    // Enter saves from any field: a week is typed with the keyboard alone.
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_formError->setObjectName(u"slotFormError"_s);

    // Staff of the signed-in structure, by name.
    struct StaffName
    {
        QString last;
        QString first;
        QString id;
    };
    QList<StaffName> staff;
    const auto records = m_workspace->store()->records(domain::entity::staff);
    for (const store::CachedRecord &record : records) {
        if (record.structureId != m_workspace->structureId()
            || !record.data.value(u"active"_s).toBool(true))
            continue;
        staff.append({ record.data.value(u"last_name"_s).toString(),
                       record.data.value(u"first_name"_s).toString(), record.id });
    }
    // By last name, as on the planning.
    std::sort(staff.begin(), staff.end(), [](const StaffName &a, const StaffName &b) {
        const int order = QString::localeAwareCompare(a.last, b.last);
        return order != 0 ? order < 0 : QString::localeAwareCompare(a.first, b.first) < 0;
    });
    for (const StaffName &name : std::as_const(staff))
        m_staff->addItem(name.first + u' ' + name.last, name.id);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Each field with its error under it, the error as wide as the form.
    const auto addRow = [&](const QString &label, QWidget *field, const QString &recordField,
                            const QString &errorName, bool wide = false) {
        auto *cell = new QWidget(this);
        cell->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        auto *box = new QVBoxLayout(cell);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(2);
        box->addWidget(field, 0, wide ? Qt::Alignment() : Qt::AlignLeft);
        box->addWidget(addErrorLabel(recordField, errorName));
        form->addRow(label, cell);
    };
    addRow(tr("Staff member"), m_staff, u"staff_id"_s, u"slotStaffError"_s);
    addRow(tr("Day"), m_date, u"start_date"_s, u"slotDateError"_s);
    addRow(tr("From"), m_start, u"start"_s, u"slotStartError"_s);
    addRow(tr("To"), m_end, u"end"_s, u"slotEndError"_s);
    addRow(tr("Kind"), m_kind, u"kind"_s, u"slotKindError"_s);
    addRow(tr("Note"), m_note, u"note"_s, u"slotNoteError"_s, true);
    auto *weekly = new QWidget(this);
    auto *weeklyLayout = new QHBoxLayout(weekly);
    weeklyLayout->setContentsMargins(0, 0, 0, 0);
    weeklyLayout->addWidget(m_weekly);
    weeklyLayout->addWidget(m_weeklyUntil);
    weeklyLayout->addStretch(1);
    addRow(tr("Repetition"), weekly, u"weekly_until"_s, u"slotWeeklyUntilError"_s, true);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_deleteButton);
    bottom->addStretch(1);
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addStretch(1);
    layout->addLayout(bottom);

    connect(m_weekly, &QCheckBox::toggled, m_weeklyUntil, &QWidget::setEnabled);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SlotDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SlotDialog::reject);
    connect(m_deleteButton, &QPushButton::clicked, this, &SlotDialog::deleteSlot);
}

ErrorLabel *SlotDialog::addErrorLabel(const QString &field, const QString &objectName)
{
    auto *label = new ErrorLabel(this);
    label->setObjectName(objectName);
    m_errorLabels.insert(field, label);
    return label;
}

void SlotDialog::startNew(const QString &staffId, QDate day)
{
    setWindowTitle(tr("New availability slot"));
    m_original = {};
    const int index = m_staff->findData(staffId);
    if (index >= 0)
        m_staff->setCurrentIndex(index);
    m_date->setDate(day);
    m_start->setTime(QTime(9, 0));
    m_end->setTime(QTime(12, 0));
    m_kind->setCurrentIndex(0);
    m_note->clear();
    m_weekly->setChecked(false);
    m_weeklyUntil->setDate(day.addDays(7 * 4));
    m_deleteButton->hide();
    clearErrors();
}

void SlotDialog::startNew(const QString &staffId, QDate day, QTime start, QTime end)
{
    startNew(staffId, day);
    if (start.isValid() && end.isValid()) {
        m_start->setTime(start);
        m_end->setTime(end);
    }
}

void SlotDialog::startEdit(const QJsonObject &slot)
{
    setWindowTitle(tr("Edit availability slot"));
    m_original = slot;
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime start
        = LocalTime::toLocal(domain::instantFromJson(slot.value(u"start"_s).toString()), zone);
    const QDateTime end
        = LocalTime::toLocal(domain::instantFromJson(slot.value(u"end"_s).toString()), zone);
    const int index = m_staff->findData(slot.value(u"staff_id"_s).toString());
    if (index >= 0)
        m_staff->setCurrentIndex(index);
    m_staff->setEnabled(false); // a slot belongs to its staff member; delete and add instead
    m_date->setDate(start.date());
    m_start->setTime(start.time());
    m_end->setTime(end.time());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(slot.value(u"kind"_s).toString())));
    m_note->setText(slot.value(u"note"_s).toString());
    const QDate until = QDate::fromString(slot.value(u"weekly_until"_s).toString(), Qt::ISODate);
    m_weekly->setChecked(until.isValid());
    m_weeklyUntil->setDate(until.isValid() ? until : start.date().addDays(28));
    m_deleteButton->show();
    clearErrors();
}

QJsonObject SlotDialog::slotData() const
{
    const QTimeZone zone = m_workspace->timeZone();
    const QDate day = m_date->date();
    const QDateTime start = LocalTime::toUtc(day, m_start->time(), zone);
    // An end at 00:00 means midnight at the end of the day.
    const QDate endDay = m_end->time() == QTime(0, 0) ? day.addDays(1) : day;
    const QDateTime end = LocalTime::toUtc(endDay, m_end->time(), zone);

    QJsonObject data = m_original;
    if (data.isEmpty()) {
        data.insert(u"id"_s, domain::newId());
        data.insert(u"structure_id"_s, m_workspace->structureId());
    }
    data.insert(u"staff_id"_s, m_staff->currentData().toString());
    data.insert(u"start"_s, domain::instantToJson(start));
    data.insert(u"end"_s, domain::instantToJson(end));
    data.insert(u"kind"_s, m_kind->currentData().toString());
    data.insert(u"note"_s, m_note->text().trimmed());
    if (m_weekly->isChecked())
        data.insert(u"weekly_until"_s, m_weeklyUntil->date().toString(Qt::ISODate));
    else
        data.remove(u"weekly_until"_s);
    return data;
}

void SlotDialog::clearErrors()
{
    for (ErrorLabel *label : std::as_const(m_errorLabels))
        label->clearError();
    m_formError->clearError();
}

void SlotDialog::showErrors(const domain::Errors &errors)
{
    clearErrors();
    QStringList unplaced;
    for (const domain::Error &error : errors) {
        ErrorLabel *label = m_errorLabels.value(error.field);
        if (!label) {
            unplaced.append(Labels::error(error));
            continue;
        }
        label->showError(label->isVisible() ? label->text() + u'\n' + Labels::error(error)
                                            : Labels::error(error));
    }
    if (!unplaced.isEmpty())
        m_formError->showError(unplaced.join(u'\n'));
}

void SlotDialog::accept()
{
    const QJsonObject data = slotData();
    if (m_staff->currentData().toString().isEmpty()) {
        showErrors({ domain::Error { u"required"_s, u"staff_id"_s, {} } });
        return;
    }
    domain::Errors errors = domain::entity::validate(domain::entity::availability, data);
    if (errors.isEmpty() && m_save)
        errors = m_save(data);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    QDialog::accept();
}

void SlotDialog::deleteSlot()
{
    if (m_original.isEmpty() || !m_delete)
        return;
    const auto answer = MessageBox::question(
        this, tr("Delete slot"),
        tr("Delete this slot? Other agencies will no longer see it after the next sync."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const domain::Errors errors = m_delete(m_original);
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    done(Deleted);
}

} // namespace releve::ui
