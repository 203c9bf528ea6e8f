#include "requestformdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QListWidget *checkList(const QStringList &codes, QString (*label)(const QString &),
                       const QString &name, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(label(code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->fontMetrics().height() * 3 + 8);
    return list;
}

QJsonArray checkedCodes(const QListWidget *list)
{
    QJsonArray codes;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            codes.append(list->item(i)->data(Qt::UserRole).toString());
    }
    return codes;
}

template<typename Combo>
void addCodes(Combo *combo, const QStringList &codes, QString (*label)(const QString &))
{
    for (const QString &code : codes)
        combo->addItem(label(code), code);
}
} // namespace

RequestFormDialog::RequestFormDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(domain::newId())
    , m_reason(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_address(new QLineEdit(this))
    , m_commune(new QLineEdit(this))
    , m_latitude(new QDoubleSpinBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_beneficiary(new QLineEdit(this))
    , m_gir(new QSpinBox(this))
    , m_funding(new QComboBox(this))
    , m_needs(checkList(domain::vocabulary::needs, &Labels::need, u"requestFormNeeds"_s, this))
    , m_skills(checkList(domain::vocabulary::skills, &Labels::skill, u"requestFormSkills"_s, this))
    , m_day(new QDateEdit(this))
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
    , m_interventions(new QTreeWidget(this))
    , m_contractType(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_deadline(new QDateTimeEdit(this))
    , m_radius(new QSpinBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(tr("The person (or their representative) agreed that these needs "
                                 "be shared with another agency"),
                              this))
    , m_formError(new ErrorLabel(this))
{
    setObjectName(u"requestFormDialog"_s);
    setWindowTitle(tr("New replacement request"));
    resize(800, 780);
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime now = LocalTime::toLocal(QDateTime::currentDateTimeUtc(), zone);
    const QJsonObject structure = m_workspace->structure(m_workspace->structureId());

    m_reason->setObjectName(u"requestFormReason"_s);
    addCodes(m_reason, domain::vocabulary::reasons, &Labels::reason);
    m_urgency->setObjectName(u"requestFormUrgency"_s);
    addCodes(m_urgency, domain::vocabulary::urgencies, &Labels::urgency);
    m_address->setObjectName(u"requestFormAddress"_s);
    m_address->setPlaceholderText(tr("Street and number; given to the other agency only on the "
                                     "contract"));
    m_address->setMaxLength(300);
    m_commune->setObjectName(u"requestFormCommune"_s);
    m_commune->setMaxLength(100);
    const QJsonObject location = structure.value(u"location"_s).toObject();
    m_latitude->setObjectName(u"requestFormLatitude"_s);
    m_latitude->setAccessibleName(tr("Latitude"));
    m_latitude->setRange(-90, 90);
    m_latitude->setDecimals(5);
    m_latitude->setValue(location.value(u"lat"_s).toDouble(46.17));
    m_longitude->setObjectName(u"requestFormLongitude"_s);
    m_longitude->setAccessibleName(tr("Longitude"));
    m_longitude->setRange(-180, 180);
    m_longitude->setDecimals(5);
    m_longitude->setValue(location.value(u"lon"_s).toDouble(1.87));
    m_beneficiary->setObjectName(u"requestFormBeneficiary"_s);
    m_beneficiary->setPlaceholderText(tr("Your own reference, never a name"));
    m_beneficiary->setMaxLength(64);
    m_gir->setObjectName(u"requestFormGir"_s);
    m_gir->setRange(0, 6);
    m_gir->setSpecialValueText(tr("Unknown"));
    m_funding->setObjectName(u"requestFormFunding"_s);
    addCodes(m_funding, domain::vocabulary::fundings, &Labels::funding);

    m_day->setObjectName(u"requestFormDay"_s);
    m_day->setAccessibleName(tr("Day of the intervention"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(u"ddd d MMM yyyy"_s);
    m_day->setDate(now.date().addDays(1));
    m_from->setObjectName(u"requestFormFrom"_s);
    m_from->setAccessibleName(tr("Start of the intervention"));
    m_from->setDisplayFormat(u"HH:mm"_s);
    m_from->setTime(QTime(8, 0));
    m_to->setObjectName(u"requestFormTo"_s);
    m_to->setAccessibleName(tr("End of the intervention"));
    m_to->setDisplayFormat(u"HH:mm"_s);
    m_to->setTime(QTime(9, 0));
    m_interventions->setObjectName(u"requestFormInterventions"_s);
    m_interventions->setRootIsDecorated(false);
    m_interventions->setHeaderLabels({ tr("Day"), tr("From"), tr("To") });
    m_interventions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interventions->setMaximumHeight(m_interventions->fontMetrics().height() * 7);

    m_contractType->setObjectName(u"requestFormContractType"_s);
    addCodes(m_contractType, domain::vocabulary::contractTypes, &Labels::contractType);
    m_rate->setObjectName(u"requestFormRate"_s);
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(2);
    m_rate->setSuffix(u" €"_s);
    m_rate->setValue(double(structure.value(u"hourly_rate_cents"_s).toInt(2222)) / 100.0);
    m_deadline->setObjectName(u"requestFormDeadline"_s);
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(u"ddd d MMM yyyy HH:mm"_s);
    m_deadline->setDateTime(QDateTime(now.date().addDays(1), QTime(12, 0)));
    m_radius->setObjectName(u"requestFormRadius"_s);
    m_radius->setRange(1, 300);
    m_radius->setValue(20);
    m_radius->setSuffix(tr(" km"));
    m_note->setObjectName(u"requestFormNote"_s);
    m_note->setPlaceholderText(tr("What the replacing worker needs to know. No name, no "
                                  "diagnosis."));
    m_note->setMaximumHeight(m_note->fontMetrics().height() * 4);
    m_consent->setObjectName(u"requestFormConsent"_s);
    m_formError->setObjectName(u"requestFormError"_s);

    // The form.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    const auto section = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        contentLayout->addWidget(box);
        return form;
    };
    QFormLayout *what = section(tr("What is needed"));
    what->addRow(tr("Reason"), withError(m_reason, u"reason"_s, u"requestFormReasonError"_s));
    what->addRow(tr("Urgency"), withError(m_urgency, u"urgency"_s, u"requestFormUrgencyError"_s));
    what->addRow(tr("Needs"), withError(m_needs, u"needs"_s, u"requestFormNeedsError"_s));
    what->addRow(tr("Skills required"),
                 withError(m_skills, u"required_skills"_s, u"requestFormSkillsError"_s));

    QFormLayout *where = section(tr("Where, and for whom"));
    where->addRow(tr("Address"),
                  withError(m_address, u"mission_address"_s, u"requestFormAddressError"_s));
    where->addRow(tr("Commune"),
                  withError(m_commune, u"mission_commune"_s, u"requestFormCommuneError"_s));
    auto *point = new QWidget(content);
    auto *pointLayout = new QHBoxLayout(point);
    pointLayout->setContentsMargins(0, 0, 0, 0);
    pointLayout->addWidget(new QLabel(tr("Latitude"), point));
    pointLayout->addWidget(m_latitude);
    pointLayout->addSpacing(12);
    pointLayout->addWidget(new QLabel(tr("Longitude"), point));
    pointLayout->addWidget(m_longitude);
    pointLayout->addStretch(1);
    where->addRow(tr("Map point"),
                  withError(point, u"mission_location"_s, u"requestFormLocationError"_s));
    auto *profile = new QWidget(content);
    auto *profileLayout = new QHBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_beneficiary, 1);
    profileLayout->addWidget(new QLabel(tr("GIR"), profile));
    profileLayout->addWidget(m_gir);
    profileLayout->addWidget(new QLabel(tr("Funding"), profile));
    profileLayout->addWidget(m_funding);
    where->addRow(tr("Beneficiary"),
                  withError(profile, u"beneficiary_ref"_s, u"requestFormBeneficiaryError"_s));

    QFormLayout *when = section(tr("Interventions (local time)"));
    auto *entry = new QWidget(content);
    auto *entryLayout = new QHBoxLayout(entry);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(m_day, 1);
    entryLayout->addWidget(new QLabel(tr("from"), entry));
    entryLayout->addWidget(m_from);
    entryLayout->addWidget(new QLabel(tr("to"), entry));
    entryLayout->addWidget(m_to);
    auto *add = new QPushButton(tr("Add"), entry);
    add->setObjectName(u"requestFormAddIntervention"_s);
    entryLayout->addWidget(add);
    when->addRow(tr("New"), entry);
    auto *list = new QWidget(content);
    auto *listLayout = new QHBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_interventions, 1);
    auto *remove = new QPushButton(tr("Remove"), list);
    remove->setObjectName(u"requestFormRemoveIntervention"_s);
    listLayout->addWidget(remove, 0, Qt::AlignTop);
    when->addRow(tr("Planned"),
                 withError(list, u"interventions"_s, u"requestFormInterventionsError"_s));

    QFormLayout *terms = section(tr("Terms"));
    terms->addRow(tr("Contract"),
                  withError(m_contractType, u"contract_type"_s, u"requestFormContractTypeError"_s));
    terms->addRow(tr("Hourly rate"),
                  withError(m_rate, u"hourly_rate_cents"_s, u"requestFormRateError"_s));
    terms->addRow(tr("Answer by"),
                  withError(m_deadline, u"deadline"_s, u"requestFormDeadlineError"_s));
    terms->addRow(tr("Search radius"),
                  withError(m_radius, u"radius_km"_s, u"requestFormRadiusError"_s));
    terms->addRow(tr("Note"), withError(m_note, u"note"_s, u"requestFormNoteError"_s));
    contentLayout->addWidget(
        withError(m_consent, u"consent_recorded"_s, u"requestFormConsentError"_s));
    contentLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"requestFormButtons"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save draft"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &RequestFormDialog::addIntervention);
    connect(remove, &QPushButton::clicked, this, &RequestFormDialog::removeIntervention);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestFormDialog::reject);
}

ErrorLabel *RequestFormDialog::errorLabel(const QString &field, const QString &objectName)
{
    auto *label = new ErrorLabel(this);
    label->setObjectName(objectName);
    m_errorLabels.insert(field, label);
    return label;
}

QWidget *RequestFormDialog::withError(QWidget *field, const QString &recordField,
                                      const QString &objectName)
{
    auto *box = new QWidget(field->parentWidget());
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    field->setParent(box);
    layout->addWidget(field);
    layout->addWidget(errorLabel(recordField, objectName));
    return box;
}

void RequestFormDialog::addIntervention()
{
    const QTimeZone zone = m_workspace->timeZone();
    const QDate day = m_day->date();
    const QDateTime start = LocalTime::toUtc(day, m_from->time(), zone);
    const QDate endDay = m_to->time() <= m_from->time() ? day.addDays(1) : day;
    const QDateTime end = LocalTime::toUtc(endDay, m_to->time(), zone);
    m_interventionData.append(QJsonObject { { u"id"_s, domain::newId() },
                                            { u"start"_s, domain::instantToJson(start) },
                                            { u"end"_s, domain::instantToJson(end) } });
    auto *item = new QTreeWidgetItem(m_interventions,
                                     { LocalTime::longDay(day), LocalTime::time(m_from->time()),
                                       LocalTime::time(m_to->time()) });
    m_interventions->setCurrentItem(item);
    // The next one is usually the day after, at the same time.
    m_day->setDate(day.addDays(1));
}

void RequestFormDialog::removeIntervention()
{
    QTreeWidgetItem *item = m_interventions->currentItem();
    if (!item)
        return;
    const int index = m_interventions->indexOfTopLevelItem(item);
    delete item;
    if (index >= 0 && index < m_interventionData.size())
        m_interventionData.removeAt(index);
}

QJsonObject RequestFormDialog::requestData() const
{
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime deadline = LocalTime::toUtc(m_deadline->date(), m_deadline->time(), zone);
    return QJsonObject {
        { u"id"_s, m_id },
        { u"structure_id"_s, m_workspace->structureId() },
        { u"status"_s, u"draft"_s },
        { u"reason"_s, m_reason->currentData().toString() },
        { u"urgency"_s, m_urgency->currentData().toString() },
        { u"mission_address"_s, m_address->text().trimmed() },
        { u"mission_commune"_s, m_commune->text().trimmed() },
        { u"mission_location"_s,
          QJsonObject { { u"lat"_s, m_latitude->value() }, { u"lon"_s, m_longitude->value() } } },
        { u"beneficiary_ref"_s, m_beneficiary->text().trimmed() },
        { u"gir"_s, m_gir->value() },
        { u"funding"_s, m_funding->currentData().toString() },
        { u"needs"_s, checkedCodes(m_needs) },
        { u"required_skills"_s, checkedCodes(m_skills) },
        { u"consent_recorded"_s, m_consent->isChecked() },
        { u"interventions"_s, m_interventionData },
        { u"contract_type"_s, m_contractType->currentData().toString() },
        // The spin box shows euros; the record holds integer cents.
        { u"hourly_rate_cents"_s, qint64(std::llround(m_rate->value() * 100)) },
        { u"deadline"_s, domain::instantToJson(deadline) },
        { u"radius_km"_s, m_radius->value() },
        { u"note"_s, m_note->toPlainText().trimmed() },
    };
}

void RequestFormDialog::clearErrors()
{
    for (ErrorLabel *label : std::as_const(m_errorLabels))
        label->clearError();
    m_formError->clearError();
}

void RequestFormDialog::showErrors(const domain::Errors &errors)
{
    clearErrors();
    QStringList unplaced;
    for (const domain::Error &error : errors) {
        // "interventions[2].end" belongs to the interventions list.
        QString field = error.field;
        const qsizetype bracket = field.indexOf(u'[');
        if (bracket > 0)
            field = field.left(bracket);
        ErrorLabel *label = m_errorLabels.value(field);
        QString text = Labels::error(error);
        if (bracket > 0)
            text = tr("Intervention %1: %2")
                       .arg(error.field.mid(bracket + 1).section(u']', 0, 0).toInt() + 1)
                       .arg(text);
        if (!label) {
            unplaced.append(text);
            continue;
        }
        label->showError(label->isVisible() ? label->text() + u'\n' + text : text);
    }
    if (!unplaced.isEmpty())
        m_formError->showError(unplaced.join(u'\n'));
}

void RequestFormDialog::accept()
{
    const QJsonObject data = requestData();
    domain::Errors errors = domain::entity::validate(domain::entity::request, data);
    if (m_commune->text().trimmed().isEmpty())
        errors.append({ u"required"_s, u"mission_commune"_s, {} });
    if (m_interventionData.isEmpty())
        errors.append({ u"no_intervention"_s, u"interventions"_s, {} });
    if (errors.isEmpty()) {
        const auto saved = m_workspace->store()->saveRecord(domain::entity::request, data);
        if (!saved)
            errors = saved.errors();
    }
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    emit saved(m_id);
    QDialog::accept();
}

} // namespace releve::ui
