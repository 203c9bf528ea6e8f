#include "staffform.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/workspace.h"
#include "ui/map/locationpicker.h"
#include "ui/map/mapview.h"
#include "ui/staff/stafflistmodel.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

StaffForm::StaffForm(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_firstName(new QLineEdit(this))
    , m_lastName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_home(new LocationPicker(workspace->geocoder(), workspace->tileSource(), this))
    , m_qualification(new QComboBox(this))
    , m_skills(new QListWidget(this))
    , m_mobility(new QComboBox(this))
    , m_maxTravel(new QSpinBox(this))
    , m_weeklyHours(new QSpinBox(this))
    , m_consent(new QCheckBox(tr("May be proposed to other agencies of the territory"), this))
    , m_active(new QCheckBox(tr("Works for the agency at present"), this))
    , m_confirmed(new QLabel(this))
    , m_confirm(new QPushButton(tr("Confirm this week as is"), this))
    , m_save(new QPushButton(tr("Save"), this))
    , m_revert(new QPushButton(tr("Undo changes"), this))
    , m_formError(new ErrorLabel(this))
    , m_info(new QLabel(this))
{
    setObjectName(u"staffForm"_s);
    m_title->setObjectName(u"sectionTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_firstName->setObjectName(u"staffFirstNameEdit"_s);
    m_firstName->setMaxLength(100);
    m_lastName->setObjectName(u"staffLastNameEdit"_s);
    m_lastName->setMaxLength(100);
    m_phone->setObjectName(u"staffPhoneEdit"_s);
    m_phone->setMaxLength(30);
    m_phone->setPlaceholderText(tr("06 12 34 56 78"));
    m_home->setObjectName(u"staffHomePicker"_s);
    m_home->addressEdit()->setObjectName(u"staffHomeAddressEdit"_s);
    m_home->addressEdit()->setAccessibleName(tr("Home base: address to look up"));
    m_home->addressEdit()->setPlaceholderText(
        tr("Type an address to place the point; only the point is kept"));
    m_home->matchList()->setAccessibleName(tr("Addresses found"));
    m_home->map()->setAccessibleName(tr("Home base on the map: click to place the point"));
    // A small map: the point is placed once; the form stays readable without scrolling far.
    m_home->map()->setFixedHeight(150);
    m_qualification->setObjectName(u"staffQualificationCombo"_s);
    for (const QString &code : domain::vocabulary::qualifications)
        m_qualification->addItem(Labels::qualification(code), code);
    m_skills->setObjectName(u"staffSkillsList"_s);
    m_skills->setFlow(QListView::LeftToRight);
    m_skills->setWrapping(true);
    m_skills->setResizeMode(QListView::Adjust);
    m_skills->setSpacing(2);
    for (const QString &code : domain::vocabulary::skills) {
        auto *item = new QListWidgetItem(Labels::skill(code), m_skills);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_skills->setMaximumHeight(m_skills->fontMetrics().height() * 3 + 12);
    m_mobility->setObjectName(u"staffMobilityCombo"_s);
    for (const QString &code : domain::vocabulary::mobilities)
        m_mobility->addItem(Labels::mobility(code), code);
    m_maxTravel->setObjectName(u"staffMaxTravelSpin"_s);
    m_maxTravel->setRange(0, 300);
    m_maxTravel->setSuffix(tr(" km"));
    m_weeklyHours->setObjectName(u"staffWeeklyHoursSpin"_s);
    m_weeklyHours->setRange(0, 48);
    m_weeklyHours->setSuffix(tr(" h a week"));
    m_consent->setObjectName(u"staffConsentCheck"_s);
    m_consent->setToolTip(tr("Other agencies then see a pseudonym, the qualification, the skills "
                             "and a distance band; never the name, phone or home."));
    m_active->setObjectName(u"staffActiveCheck"_s);
    m_confirmed->setObjectName(u"staffConfirmedLabel"_s);
    m_confirmed->setTextFormat(Qt::PlainText);
    m_confirmed->setWordWrap(true);
    m_confirm->setObjectName(u"staffConfirmWeekButton"_s);
    m_confirm->setToolTip(tr("The planned availability of this worker is right for this week: "
                             "say so, so that other agencies' searches trust it"));
    m_save->setObjectName(u"staffSaveButton"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setDefault(true);
    m_revert->setObjectName(u"staffRevertButton"_s);
    m_formError->setObjectName(u"staffFormError"_s);
    m_info->setObjectName(u"staffFormInfo"_s);
    m_info->setWordWrap(true);
    m_info->setTextFormat(Qt::PlainText);
    m_info->hide();

    const auto section = [this](const QString &title, QVBoxLayout *into) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        into->addWidget(box);
        return form;
    };
    const auto row = [this](QFormLayout *form, const QString &label, QWidget *editor,
                            const QString &recordField, const QString &errorName) {
        auto *caption = new QLabel(label, this);
        caption->setBuddy(editor);
        m_fieldLabels.insert(recordField, QString(label).remove(u'&'));
        form->addRow(caption, field(editor, recordField, errorName));
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_formError);
    QFormLayout *identity = section(tr("Identity (seen by your agency only)"), layout);
    row(identity, tr("&First name"), m_firstName, u"first_name"_s, u"staffFirstNameError"_s);
    row(identity, tr("&Last name"), m_lastName, u"last_name"_s, u"staffLastNameError"_s);
    row(identity, tr("&Phone"), m_phone, u"phone"_s, u"staffPhoneError"_s);
    row(identity, tr("&Home base"), m_home, u"home"_s, u"staffHomeError"_s);

    QFormLayout *work = section(tr("Work"), layout);
    row(work, tr("&Qualification"), m_qualification, u"qualification"_s,
        u"staffQualificationError"_s);
    row(work, tr("S&kills"), m_skills, u"skills"_s, u"staffSkillsError"_s);
    row(work, tr("&Mobility"), m_mobility, u"mobility"_s, u"staffMobilityError"_s);
    row(work, tr("Maximum &travel"), m_maxTravel, u"max_travel_km"_s, u"staffMaxTravelError"_s);
    row(work, tr("&Weekly ceiling"), m_weeklyHours, u"weekly_hours_ceiling"_s,
        u"staffWeeklyHoursError"_s);
    work->addRow(field(m_consent, u"consent_sharing"_s, u"staffConsentError"_s));
    m_fieldLabels.insert(u"consent_sharing"_s, tr("Consent to sharing"));
    work->addRow(field(m_active, u"active"_s, u"staffActiveError"_s));
    m_fieldLabels.insert(u"active"_s, tr("Active"));

    auto *availability = new QGroupBox(tr("Availability"), this);
    auto *availabilityLayout = new QHBoxLayout(availability);
    availabilityLayout->addWidget(m_confirmed, 1);
    availabilityLayout->addWidget(m_confirm);
    layout->addWidget(availability);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_info, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, &StaffForm::save);
    connect(m_revert, &QPushButton::clicked, this, &StaffForm::revert);
    connect(m_confirm, &QPushButton::clicked, this, &StaffForm::confirmAvailability);
    for (QLineEdit *edit : { m_firstName, m_lastName, m_phone })
        connect(edit, &QLineEdit::textChanged, this, &StaffForm::updateModified);
    for (QComboBox *combo : { m_qualification, m_mobility })
        connect(combo, &QComboBox::currentIndexChanged, this, &StaffForm::updateModified);
    for (QSpinBox *spin : { m_maxTravel, m_weeklyHours })
        connect(spin, &QSpinBox::valueChanged, this, &StaffForm::updateModified);
    for (QCheckBox *check : { m_consent, m_active })
        connect(check, &QCheckBox::toggled, this, &StaffForm::updateModified);
    connect(m_skills, &QListWidget::itemChanged, this, &StaffForm::updateModified);
    connect(m_home, &LocationPicker::locationChanged, this, &StaffForm::updateModified);
    loadStaff({});
}

QWidget *StaffForm::field(QWidget *editor, const QString &recordField, const QString &objectName)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    editor->setParent(box);
    layout->addWidget(editor);
    auto *error = new ErrorLabel(box);
    error->setObjectName(objectName);
    layout->addWidget(error);
    m_errorLabels.insert(recordField, error);
    return box;
}

QString StaffForm::fieldLabel(const QString &field) const
{
    return m_fieldLabels.value(field, field);
}

void StaffForm::loadStaff(const QString &staffId)
{
    clearErrors();
    m_info->hide();
    std::optional<store::CachedRecord> record;
    if (!staffId.isEmpty())
        record = m_workspace->store()->record(domain::entity::staff, staffId);
    if (record && record->structureId == m_workspace->structureId()) {
        m_id = record->id;
        m_isNew = false;
        m_loaded = record->data;
    } else {
        m_id = domain::newId();
        m_isNew = true;
        // A new worker starts with the defaults of the domain (core/domain/staffmember.h).
        m_loaded
            = QJsonObject { { u"qualification"_s, u"none"_s }, { u"mobility"_s, u"car"_s },
                            { u"max_travel_km"_s, 20 },        { u"weekly_hours_ceiling"_s, 35 },
                            { u"consent_sharing"_s, false },   { u"active"_s, true } };
    }
    fill(m_loaded);
}

void StaffForm::fill(const QJsonObject &data)
{
    m_filling = true;
    m_title->setText(m_isNew ? tr("New worker")
                             : data.value(u"first_name"_s).toString() + u' '
                             + data.value(u"last_name"_s).toString());
    m_firstName->setText(data.value(u"first_name"_s).toString());
    m_lastName->setText(data.value(u"last_name"_s).toString());
    m_phone->setText(data.value(u"phone"_s).toString());
    const QJsonObject home = data.value(u"home"_s).toObject();
    const QGeoCoordinate point = home.isEmpty()
        ? QGeoCoordinate()
        : QGeoCoordinate(home.value(u"lat"_s).toDouble(), home.value(u"lon"_s).toDouble());
    m_home->setLocation({}, point);
    if (!point.isValid()) {
        // Around the agency, so that a click puts the point near where it belongs.
        const QJsonObject agency
            = m_workspace->structure(m_workspace->structureId()).value(u"location"_s).toObject();
        if (!agency.isEmpty())
            m_home->map()->setView(QGeoCoordinate(agency.value(u"lat"_s).toDouble(),
                                                  agency.value(u"lon"_s).toDouble()),
                                   11);
    }
    m_qualification->setCurrentIndex(
        std::max(0, m_qualification->findData(data.value(u"qualification"_s).toString())));
    QStringList skills;
    for (const QJsonValue &value : data.value(u"skills"_s).toArray())
        skills.append(value.toString());
    for (int i = 0; i < m_skills->count(); ++i) {
        QListWidgetItem *item = m_skills->item(i);
        item->setCheckState(skills.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                 : Qt::Unchecked);
    }
    m_mobility->setCurrentIndex(
        std::max(0, m_mobility->findData(data.value(u"mobility"_s).toString())));
    m_maxTravel->setValue(data.value(u"max_travel_km"_s).toInt(20));
    m_weeklyHours->setValue(data.value(u"weekly_hours_ceiling"_s).toInt(35));
    m_consent->setChecked(data.value(u"consent_sharing"_s).toBool());
    m_active->setChecked(data.value(u"active"_s).toBool(true));
    m_filling = false;
    m_baseline = staffData();
    updateConfirmation();
    updateModified();
}

QJsonObject StaffForm::staffData() const
{
    // Start from the record as loaded: fields this form does not show (pseudonym,
    // availability_confirmed_at) are kept as they are.
    QJsonObject data = m_loaded;
    data.insert(u"id"_s, m_id);
    data.insert(u"structure_id"_s, m_workspace->structureId());
    data.insert(u"first_name"_s, m_firstName->text().trimmed());
    data.insert(u"last_name"_s, m_lastName->text().trimmed());
    data.insert(u"phone"_s, m_phone->text().trimmed());
    const QGeoCoordinate home = m_home->coordinate();
    if (home.isValid())
        data.insert(u"home"_s,
                    QJsonObject { { u"lat"_s, home.latitude() }, { u"lon"_s, home.longitude() } });
    else
        data.remove(u"home"_s);
    data.insert(u"qualification"_s, m_qualification->currentData().toString());
    QJsonArray skills;
    for (int i = 0; i < m_skills->count(); ++i) {
        if (m_skills->item(i)->checkState() == Qt::Checked)
            skills.append(m_skills->item(i)->data(Qt::UserRole).toString());
    }
    data.insert(u"skills"_s, skills);
    data.insert(u"mobility"_s, m_mobility->currentData().toString());
    data.insert(u"max_travel_km"_s, m_maxTravel->value());
    data.insert(u"weekly_hours_ceiling"_s, m_weeklyHours->value());
    data.insert(u"consent_sharing"_s, m_consent->isChecked());
    data.insert(u"active"_s, m_active->isChecked());
    return data;
}

bool StaffForm::isModified() const
{
    // The fields as they read right after loading: what the person changed since.
    return staffData() != m_baseline;
}

void StaffForm::updateModified()
{
    if (m_filling)
        return;
    const bool modified = isModified();
    m_revert->setEnabled(modified);
    if (modified != m_wasModified) {
        m_wasModified = modified;
        emit modifiedChanged(modified);
    }
}

void StaffForm::updateConfirmation()
{
    const QDateTime confirmed
        = domain::instantFromJson(m_loaded.value(u"availability_confirmed_at"_s).toString());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString text = StaffListModel::confirmationText(confirmed, now);
    if (StaffListModel::isStale(confirmed, now))
        text += u' ' + tr("Other agencies' searches rank stale availability last.");
    m_confirmed->setText(m_isNew ? tr("Save the worker first, then plan and confirm the "
                                      "availability.")
                                 : text);
    m_confirm->setEnabled(!m_isNew);
}

void StaffForm::clearErrors()
{
    for (ErrorLabel *label : std::as_const(m_errorLabels))
        label->clearError();
    m_formError->clearError();
}

void StaffForm::showErrors(const domain::Errors &errors)
{
    clearErrors();
    QStringList summary;
    QWidget *first = nullptr;
    for (const domain::Error &error : errors) {
        const QString field = error.field.section(u'[', 0, 0).section(u'.', 0, 0);
        const QString text = Labels::error(error);
        summary.append(tr("%1: %2").arg(fieldLabel(field), text));
        if (ErrorLabel *label = m_errorLabels.value(field)) {
            label->showError(label->isVisible() ? label->text() + u'\n' + text : text);
            if (!first)
                first = label->parentWidget()->layout()->itemAt(0)->widget();
        }
    }
    m_formError->showError(tr("Not saved. Check: %1").arg(summary.join(u"; "_s)));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

bool StaffForm::save()
{
    const QJsonObject data = staffData();
    const auto stored = m_workspace->store()->saveRecord(domain::entity::staff, data);
    if (!stored) {
        showErrors(stored.errors());
        return false;
    }
    clearErrors();
    m_isNew = false;
    m_id = stored->id;
    m_loaded = stored->data;
    fill(m_loaded);
    m_info->setText(tr("Saved on this computer; sent at the next synchronisation."));
    m_info->show();
    emit saved(m_id);
    return true;
}

void StaffForm::revert()
{
    clearErrors();
    fill(m_loaded);
}

bool StaffForm::confirmAvailability()
{
    if (m_isNew)
        return false;
    // The stored record, not the fields: edits not saved yet are neither saved nor lost.
    const auto record = m_workspace->store()->record(domain::entity::staff, m_id);
    if (!record)
        return false;
    QJsonObject data = record->data;
    data.insert(u"availability_confirmed_at"_s,
                domain::instantToJson(QDateTime::currentDateTimeUtc()));
    const auto stored = m_workspace->store()->saveRecord(domain::entity::staff, data);
    if (!stored) {
        showErrors(stored.errors());
        return false;
    }
    m_loaded.insert(u"availability_confirmed_at"_s,
                    stored->data.value(u"availability_confirmed_at"_s));
    m_baseline.insert(u"availability_confirmed_at"_s,
                      stored->data.value(u"availability_confirmed_at"_s));
    updateConfirmation();
    updateModified();
    m_info->setText(tr("Availability confirmed for this week."));
    m_info->show();
    return true;
}

} // namespace releve::ui
