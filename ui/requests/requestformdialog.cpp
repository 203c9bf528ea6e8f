#include "requestformdialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"
#include "ui/common/localtime.h"
#include "ui/common/workspace.h"
#include "ui/map/locationpicker.h"
#include "ui/map/mapview.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/domain/structure.h"
#include "core/domain/vocabulary.h"
#include "core/rules/hospitalstay.h"
#include "core/rules/interventionchecks.h"
#include "core/sync/syncengine.h"

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
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
QListWidget *checkList(const QStringList &codes, QString (*label)(const QString &),
                       const QString &name, const QString &accessible, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setFlow(QListView::LeftToRight);
    list->setWrapping(true);
    list->setResizeMode(QListView::Adjust);
    list->setSpacing(2);
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(label(code), list);
        item->setData(Qt::UserRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setMaximumHeight(list->fontMetrics().height() * 3 + 12);
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

void checkCodes(QListWidget *list, const QJsonArray &codes)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem *item = list->item(i);
        item->setCheckState(codes.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                : Qt::Unchecked);
    }
}

template<typename Combo>
void addCodes(Combo *combo, const QStringList &codes, QString (*label)(const QString &))
{
    for (const QString &code : codes)
        combo->addItem(label(code), code);
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

// "4 Place du Champ de Foire 23400 Bourganeuf" → "Bourganeuf".
QString communeOf(const QString &label)
{
    static const QRegularExpression postcode(u"\\b\\d{5}\\s+(.+)$"_s);
    const auto match = postcode.match(label);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}
} // namespace

RequestFormDialog::RequestFormDialog(Workspace *workspace, QWidget *parent,
                                     const QString &requestId)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_id(domain::newId())
    , m_reason(new QComboBox(this))
    , m_urgency(new QComboBox(this))
    , m_location(new LocationPicker(workspace->geocoder(), workspace->tileSource(), this))
    , m_commune(new QLineEdit(this))
    , m_beneficiary(new QLineEdit(this))
    , m_gir(new QSpinBox(this))
    , m_funding(new QComboBox(this))
    , m_hospital(new QCheckBox(tr("The person is in hospital, or has just left it"), this))
    , m_admission(new QDateEdit(this))
    , m_discharged(new QCheckBox(tr("Discharged on"), this))
    , m_discharge(new QDateEdit(this))
    , m_homeHospital(new QCheckBox(tr("Home hospitalisation (HAD)"), this))
    , m_needs(checkList(domain::vocabulary::needs, &Labels::need, u"requestFormNeeds"_s,
                        tr("Needs"), this))
    , m_skills(checkList(domain::vocabulary::skills, &Labels::skill, u"requestFormSkills"_s,
                         tr("Skills required"), this))
    , m_entryTabs(new QTabWidget(this))
    , m_patternFrom(new QDateEdit(this))
    , m_patternTo(new QDateEdit(this))
    , m_patternStart(new QTimeEdit(this))
    , m_patternEnd(new QTimeEdit(this))
    , m_exceptionDay(new QDateEdit(this))
    , m_exceptions(new QListWidget(this))
    , m_day(new QDateEdit(this))
    , m_from(new QTimeEdit(this))
    , m_to(new QTimeEdit(this))
    , m_interventions(new QTreeWidget(this))
    , m_warningBox(new QGroupBox(tr("Warnings of the rules"), this))
    , m_warningList(new QTreeWidget(this))
    , m_overrideForm(new QFormLayout)
    , m_contractType(new QComboBox(this))
    , m_rate(new QDoubleSpinBox(this))
    , m_deadline(new QDateTimeEdit(this))
    , m_radius(new QSpinBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_consent(new QCheckBox(tr("The person (or their representative) agreed that these needs "
                                 "be shared with another agency"),
                              this))
    , m_publish(new QPushButton(tr("Publish"), this))
    , m_formError(new ErrorLabel(this))
{
    setObjectName(u"requestFormDialog"_s);
    setWindowTitle(tr("New replacement request"));
    resize(860, 820);
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime now = LocalTime::toLocal(QDateTime::currentDateTimeUtc(), zone);
    const QDate tomorrow = now.date().addDays(1);
    const QJsonObject structure = m_workspace->structure(m_workspace->structureId());
    m_departement = structure.value(u"departement"_s).toString();

    m_reason->setObjectName(u"requestFormReason"_s);
    m_reason->setAccessibleName(tr("Reason"));
    addCodes(m_reason, domain::vocabulary::reasons, &Labels::reason);
    m_urgency->setObjectName(u"requestFormUrgency"_s);
    m_urgency->setAccessibleName(tr("Urgency"));
    addCodes(m_urgency, domain::vocabulary::urgencies, &Labels::urgency);

    m_location->setObjectName(u"requestFormLocation"_s);
    m_location->map()->setFixedHeight(170);
    m_location->addressEdit()->setObjectName(u"requestFormAddress"_s);
    m_location->addressEdit()->setAccessibleName(tr("Address of the mission"));
    m_location->addressEdit()->setMaxLength(300);
    m_location->matchList()->setObjectName(u"requestFormAddressMatches"_s);
    m_location->matchList()->setAccessibleName(tr("Addresses found"));
    m_location->map()->setAccessibleName(
        tr("Place of the mission on the map: click or drag the pin to put it by hand"));
    const QJsonObject agency = structure.value(u"location"_s).toObject();
    if (!agency.isEmpty()) {
        const QGeoCoordinate near(agency.value(u"lat"_s).toDouble(),
                                  agency.value(u"lon"_s).toDouble());
        m_location->setNear(near);
        m_location->map()->setView(near, 10);
    }
    m_commune->setObjectName(u"requestFormCommune"_s);
    m_commune->setAccessibleName(tr("Commune"));
    m_commune->setMaxLength(100);
    m_commune->setPlaceholderText(tr("Filled in from the address; the other agencies see it"));
    m_beneficiary->setObjectName(u"requestFormBeneficiary"_s);
    m_beneficiary->setAccessibleName(tr("Beneficiary reference"));
    m_beneficiary->setPlaceholderText(tr("Your own reference, never a name"));
    m_beneficiary->setMaxLength(64);
    m_gir->setObjectName(u"requestFormGir"_s);
    m_gir->setAccessibleName(tr("GIR"));
    m_gir->setRange(0, 6);
    m_gir->setSpecialValueText(tr("Unknown"));
    m_funding->setObjectName(u"requestFormFunding"_s);
    m_funding->setAccessibleName(tr("Funding"));
    addCodes(m_funding, domain::vocabulary::fundings, &Labels::funding);
    m_hospital->setObjectName(u"requestFormHospital"_s);
    m_admission->setObjectName(u"requestFormAdmission"_s);
    m_admission->setAccessibleName(tr("Admitted to hospital on"));
    m_admission->setCalendarPopup(true);
    m_admission->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_admission->setDate(now.date().addDays(-7));
    m_discharged->setObjectName(u"requestFormDischarged"_s);
    m_discharge->setObjectName(u"requestFormDischarge"_s);
    m_discharge->setAccessibleName(tr("Discharged from hospital on"));
    m_discharge->setCalendarPopup(true);
    m_discharge->setDisplayFormat(u"dd/MM/yyyy"_s);
    m_discharge->setDate(now.date());
    m_homeHospital->setObjectName(u"requestFormHad"_s);

    // Interventions: a weekly pattern over a range, with exceptions; or one by one.
    m_entryTabs->setObjectName(u"requestFormEntryTabs"_s);
    m_entryTabs->setAccessibleName(tr("How to enter the interventions"));
    m_entryTabs->tabBar()->setAccessibleName(tr("How to enter the interventions"));
    m_patternFrom->setObjectName(u"requestFormPatternFrom"_s);
    m_patternFrom->setAccessibleName(tr("Pattern from"));
    m_patternTo->setObjectName(u"requestFormPatternTo"_s);
    m_patternTo->setAccessibleName(tr("Pattern until"));
    for (QDateEdit *edit : { m_patternFrom, m_patternTo, m_exceptionDay, m_day }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"ddd dd/MM/yyyy"_s);
        edit->setDate(tomorrow);
    }
    m_patternTo->setDate(tomorrow.addDays(13));
    m_patternStart->setObjectName(u"requestFormPatternStart"_s);
    m_patternStart->setAccessibleName(tr("Pattern: start of each intervention"));
    m_patternEnd->setObjectName(u"requestFormPatternEnd"_s);
    m_patternEnd->setAccessibleName(tr("Pattern: end of each intervention"));
    for (QTimeEdit *edit : { m_patternStart, m_patternEnd, m_from, m_to })
        edit->setDisplayFormat(u"HH:mm"_s);
    m_patternStart->setTime(QTime(8, 0));
    m_patternEnd->setTime(QTime(9, 0));
    auto *weekdays = new QWidget(this);
    auto *weekdaysLayout = new QHBoxLayout(weekdays);
    weekdaysLayout->setContentsMargins(0, 0, 0, 0);
    const QLocale locale;
    for (int day = 1; day <= 7; ++day) {
        auto *check = new QCheckBox(locale.dayName(day, QLocale::ShortFormat), weekdays);
        check->setObjectName(u"requestFormWeekday%1"_s.arg(day));
        check->setAccessibleName(locale.dayName(day, QLocale::LongFormat));
        check->setChecked(day <= 5);
        m_weekdays.append(check);
        weekdaysLayout->addWidget(check);
    }
    weekdaysLayout->addStretch(1);
    m_exceptionDay->setObjectName(u"requestFormExceptionDay"_s);
    m_exceptionDay->setAccessibleName(tr("Day without intervention"));
    m_exceptions->setObjectName(u"requestFormExceptions"_s);
    m_exceptions->setAccessibleName(tr("Days without intervention"));
    m_exceptions->setFlow(QListView::LeftToRight);
    m_exceptions->setWrapping(true);
    m_exceptions->setMaximumHeight(m_exceptions->fontMetrics().height() * 2 + 12);
    auto *addException = new QPushButton(tr("Add day off"), this);
    addException->setObjectName(u"requestFormAddException"_s);
    auto *removeException = new QPushButton(tr("Remove day off"), this);
    removeException->setObjectName(u"requestFormRemoveException"_s);
    auto *addPatternButton = new QPushButton(tr("Add these interventions"), this);
    addPatternButton->setObjectName(u"requestFormAddPattern"_s);

    auto *patternPage = new QWidget(this);
    auto *patternForm = new QFormLayout(patternPage);
    auto *range = new QWidget(patternPage);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_patternFrom, 1);
    rangeLayout->addWidget(labelled(m_patternTo, tr("until")));
    rangeLayout->addWidget(m_patternTo, 1);
    patternForm->addRow(tr("From"), range);
    patternForm->addRow(tr("Every"), weekdays);
    auto *times = new QWidget(patternPage);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_patternStart);
    timesLayout->addWidget(labelled(m_patternEnd, tr("to")));
    timesLayout->addWidget(m_patternEnd);
    timesLayout->addStretch(1);
    patternForm->addRow(tr("At"), times);
    auto *exceptions = new QWidget(patternPage);
    auto *exceptionsLayout = new QHBoxLayout(exceptions);
    exceptionsLayout->setContentsMargins(0, 0, 0, 0);
    exceptionsLayout->addWidget(m_exceptionDay);
    exceptionsLayout->addWidget(addException);
    exceptionsLayout->addWidget(m_exceptions, 1);
    exceptionsLayout->addWidget(removeException);
    patternForm->addRow(tr("Except"), exceptions);
    patternForm->addRow(QString(), addPatternButton);
    m_entryTabs->addTab(patternPage, tr("Weekly pattern"));

    m_day->setObjectName(u"requestFormDay"_s);
    m_day->setAccessibleName(tr("Day of the intervention"));
    m_from->setObjectName(u"requestFormFrom"_s);
    m_from->setAccessibleName(tr("Start of the intervention"));
    m_from->setTime(QTime(8, 0));
    m_to->setObjectName(u"requestFormTo"_s);
    m_to->setAccessibleName(tr("End of the intervention"));
    m_to->setTime(QTime(9, 0));
    auto *singlePage = new QWidget(this);
    auto *singleLayout = new QHBoxLayout(singlePage);
    singleLayout->addWidget(m_day, 1);
    singleLayout->addWidget(labelled(m_from, tr("from")));
    singleLayout->addWidget(m_from);
    singleLayout->addWidget(labelled(m_to, tr("to")));
    singleLayout->addWidget(m_to);
    auto *add = new QPushButton(tr("Add"), singlePage);
    add->setObjectName(u"requestFormAddIntervention"_s);
    singleLayout->addWidget(add);
    m_entryTabs->addTab(singlePage, tr("One by one"));

    m_interventions->setObjectName(u"requestFormInterventions"_s);
    m_interventions->setAccessibleName(tr("Planned interventions"));
    m_interventions->setRootIsDecorated(false);
    m_interventions->setHeaderLabels({ tr("Day"), tr("From"), tr("To"), tr("Duration") });
    m_interventions->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_interventions->setMinimumHeight(m_interventions->fontMetrics().height() * 6);
    m_interventions->setMaximumHeight(m_interventions->fontMetrics().height() * 9);

    m_warningBox->setObjectName(u"requestFormWarnings"_s);
    m_warningList->setObjectName(u"requestFormWarningList"_s);
    m_warningList->setAccessibleName(tr("Warnings"));
    m_warningList->setRootIsDecorated(false);
    m_warningList->setHeaderLabels({ tr("Warning"), tr("Interventions"), tr("Decision") });
    m_warningList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_warningList->setWordWrap(true);
    m_warningList->setMaximumHeight(m_warningList->fontMetrics().height() * 8);
    auto *warningIntro = new QLabel(
        tr("Change the interventions, or say why the replacement must go ahead as planned. "
           "The reason is kept with the request."),
        this);
    warningIntro->setWordWrap(true);
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    warningLayout->addWidget(warningIntro);
    warningLayout->addWidget(m_warningList);
    warningLayout->addLayout(m_overrideForm);
    m_warningBox->hide();

    m_contractType->setObjectName(u"requestFormContractType"_s);
    m_contractType->setAccessibleName(tr("Contract"));
    addCodes(m_contractType, domain::vocabulary::contractTypes, &Labels::contractType);
    m_rate->setObjectName(u"requestFormRate"_s);
    m_rate->setAccessibleName(tr("Hourly rate"));
    m_rate->setRange(0, 1000);
    m_rate->setDecimals(2);
    m_rate->setSuffix(u" €"_s);
    m_rate->setValue(double(structure.value(u"hourly_rate_cents"_s).toInt(2222)) / 100.0);
    m_deadline->setObjectName(u"requestFormDeadline"_s);
    m_deadline->setAccessibleName(tr("Answer by"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(u"ddd dd/MM/yyyy HH:mm"_s);
    m_deadline->setDateTime(QDateTime(tomorrow, QTime(12, 0)));
    m_radius->setObjectName(u"requestFormRadius"_s);
    m_radius->setAccessibleName(tr("Search radius"));
    m_radius->setRange(1, 300);
    m_radius->setValue(20);
    m_radius->setSuffix(tr(" km"));
    m_note->setObjectName(u"requestFormNote"_s);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
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
                  withError(m_location, u"mission_address"_s, u"requestFormAddressError"_s));
    m_errorLabels.insert(u"mission_location"_s, m_errorLabels.value(u"mission_address"_s));
    where->addRow(tr("Commune"),
                  withError(m_commune, u"mission_commune"_s, u"requestFormCommuneError"_s));
    auto *profile = new QWidget(content);
    auto *profileLayout = new QHBoxLayout(profile);
    profileLayout->setContentsMargins(0, 0, 0, 0);
    profileLayout->addWidget(m_beneficiary, 1);
    profileLayout->addWidget(labelled(m_gir, tr("GIR")));
    profileLayout->addWidget(m_gir);
    profileLayout->addWidget(labelled(m_funding, tr("Funding")));
    profileLayout->addWidget(m_funding);
    where->addRow(tr("Beneficiary"),
                  withError(profile, u"beneficiary_ref"_s, u"requestFormBeneficiaryError"_s));
    auto *stay = new QWidget(content);
    auto *stayLayout = new QHBoxLayout(stay);
    stayLayout->setContentsMargins(0, 0, 0, 0);
    stayLayout->addWidget(labelled(m_admission, tr("admitted on")));
    stayLayout->addWidget(m_admission);
    stayLayout->addWidget(m_discharged);
    stayLayout->addWidget(m_discharge);
    stayLayout->addWidget(m_homeHospital);
    stayLayout->addStretch(1);
    where->addRow(QString(), m_hospital);
    where->addRow(tr("Hospital stay"), stay);
    stay->setEnabled(false);

    QFormLayout *when = section(tr("Interventions (local time)"));
    when->addRow(m_entryTabs);
    auto *list = new QWidget(content);
    auto *listLayout = new QHBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_interventions, 1);
    auto *remove = new QPushButton(tr("Remove"), list);
    remove->setObjectName(u"requestFormRemoveIntervention"_s);
    remove->setToolTip(tr("Remove the selected intervention"));
    listLayout->addWidget(remove, 0, Qt::AlignTop);
    when->addRow(tr("Planned"),
                 withError(list, u"interventions"_s, u"requestFormInterventionsError"_s));
    contentLayout->addWidget(m_warningBox);
    m_errorLabels.insert(u"overrides"_s,
                         errorLabel(u"overrides"_s, u"requestFormOverridesError"_s));
    warningLayout->addWidget(m_errorLabels.value(u"overrides"_s));

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
    scroll->setObjectName(u"requestFormScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(u"requestFormButtons"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save draft"));
    buttons->button(QDialogButtonBox::Save)
        ->setToolTip(tr("Keep it on this computer, and on the server once online; not sent to "
                        "other agencies"));
    m_publish->setObjectName(u"requestFormPublish"_s);
    m_publish->setToolTip(tr("Save and send to the other agencies of the territory"));
    buttons->addButton(m_publish, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_formError);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, &RequestFormDialog::addIntervention);
    connect(addPatternButton, &QPushButton::clicked, this, &RequestFormDialog::addPattern);
    connect(addException, &QPushButton::clicked, this, &RequestFormDialog::addException);
    connect(removeException, &QPushButton::clicked, this,
            [this] { delete m_exceptions->currentItem(); });
    connect(remove, &QPushButton::clicked, this, &RequestFormDialog::removeIntervention);
    connect(buttons, &QDialogButtonBox::accepted, this, &RequestFormDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RequestFormDialog::reject);
    connect(m_publish, &QPushButton::clicked, this, &RequestFormDialog::publish);
    connect(m_location, &LocationPicker::locationChanged, this,
            [this](const QString &address, const QGeoCoordinate &) {
                const QString commune = communeOf(address);
                if (!commune.isEmpty())
                    m_commune->setText(commune);
                // The département of the place of work decides its public holidays.
                static const QRegularExpression postcode(u"\\b(\\d{2})\\d{3}\\b"_s);
                const auto match = postcode.match(address);
                if (match.hasMatch()) {
                    m_departement = match.captured(1);
                    checkRules();
                }
            });
    connect(m_hospital, &QCheckBox::toggled, stay, &QWidget::setEnabled);
    for (QWidget *w : std::initializer_list<QWidget *> { m_admission, m_discharge })
        connect(qobject_cast<QDateEdit *>(w), &QDateEdit::dateChanged, this,
                &RequestFormDialog::checkRules);
    for (QCheckBox *check : { m_hospital, m_discharged, m_homeHospital })
        connect(check, &QCheckBox::toggled, this, &RequestFormDialog::checkRules);
    connect(m_reason, &QComboBox::currentIndexChanged, this, [this] {
        if (m_reason->currentData().toString() == u"hospital_discharge"_s)
            m_hospital->setChecked(true);
    });

    // The keyboard goes through the form in reading order.
    QList<QWidget *> order { m_reason,
                             m_urgency,
                             m_needs,
                             m_skills,
                             m_location->addressEdit(),
                             m_location->matchList(),
                             m_location->map(),
                             m_commune,
                             m_beneficiary,
                             m_gir,
                             m_funding,
                             m_hospital,
                             m_admission,
                             m_discharged,
                             m_discharge,
                             m_homeHospital,
                             m_entryTabs->tabBar(),
                             m_patternFrom,
                             m_patternTo };
    for (QCheckBox *check : std::as_const(m_weekdays))
        order.append(check);
    order << m_patternStart << m_patternEnd << m_exceptionDay << addException << m_exceptions
          << removeException << addPatternButton << m_day << m_from << m_to << add
          << m_interventions << remove << m_contractType << m_rate << m_deadline << m_radius
          << m_note << m_consent;
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    if (!requestId.isEmpty()) {
        const auto record = m_workspace->store()->record(domain::entity::request, requestId);
        if (record && record->structureId == m_workspace->structureId()
            && record->data.value(u"status"_s).toString() == u"draft"_s)
            loadDraft(record->data);
    }
}

QWidget *RequestFormDialog::labelled(QWidget *editor, const QString &text)
{
    auto *label = new QLabel(text, editor->parentWidget());
    label->setBuddy(editor);
    return label;
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

void RequestFormDialog::loadDraft(const QJsonObject &data)
{
    m_id = data.value(u"id"_s).toString();
    m_loaded = data;
    setWindowTitle(tr("Replacement request (draft)"));
    selectCode(m_reason, data.value(u"reason"_s).toString());
    selectCode(m_urgency, data.value(u"urgency"_s).toString());
    checkCodes(m_needs, data.value(u"needs"_s).toArray());
    checkCodes(m_skills, data.value(u"required_skills"_s).toArray());
    const QJsonObject point = data.value(u"mission_location"_s).toObject();
    m_location->setLocation(data.value(u"mission_address"_s).toString(),
                            point.isEmpty() ? QGeoCoordinate()
                                            : QGeoCoordinate(point.value(u"lat"_s).toDouble(),
                                                             point.value(u"lon"_s).toDouble()));
    m_commune->setText(data.value(u"mission_commune"_s).toString());
    m_beneficiary->setText(data.value(u"beneficiary_ref"_s).toString());
    m_gir->setValue(data.value(u"gir"_s).toInt());
    selectCode(m_funding, data.value(u"funding"_s).toString());
    selectCode(m_contractType, data.value(u"contract_type"_s).toString());
    m_rate->setValue(data.value(u"hourly_rate_cents"_s).toDouble() / 100.0);
    const QDateTime deadline = domain::instantFromJson(data.value(u"deadline"_s).toString());
    if (deadline.isValid()) {
        const QDateTime local = LocalTime::toLocal(deadline, m_workspace->timeZone());
        m_deadline->setDateTime(QDateTime(local.date(), local.time()));
    }
    m_radius->setValue(data.value(u"radius_km"_s).toInt(20));
    m_note->setPlainText(data.value(u"note"_s).toString());
    m_consent->setChecked(data.value(u"consent_recorded"_s).toBool());
    for (const QJsonValue &value : data.value(u"overrides"_s).toArray())
        m_overrideReasons.insert(value[u"code"_s].toString(), value[u"reason"_s].toString());
    m_interventionData = data.value(u"interventions"_s).toArray();
    rebuildInterventionList();
}

bool RequestFormDialog::appendIntervention(const QDate &day, const QTime &from, const QTime &to)
{
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime start = LocalTime::toUtc(day, from, zone);
    const QDate endDay = to <= from ? day.addDays(1) : day;
    const QDateTime end = LocalTime::toUtc(endDay, to, zone);
    for (const QJsonValue &value : std::as_const(m_interventionData)) {
        const QDateTime otherStart = domain::instantFromJson(value[u"start"_s].toString());
        const QDateTime otherEnd = domain::instantFromJson(value[u"end"_s].toString());
        if (otherStart < end && start < otherEnd)
            return false; // already planned (or overlapping): the request's own rule
    }
    m_interventionData.append(QJsonObject { { u"id"_s, domain::newId() },
                                            { u"start"_s, domain::instantToJson(start) },
                                            { u"end"_s, domain::instantToJson(end) } });
    return true;
}

void RequestFormDialog::rebuildInterventionList()
{
    // In time order, as the request keeps them.
    QList<QJsonValue> items(m_interventionData.begin(), m_interventionData.end());
    std::sort(items.begin(), items.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return a[u"start"_s].toString() < b[u"start"_s].toString();
    });
    m_interventionData = QJsonArray();
    for (const QJsonValue &item : items)
        m_interventionData.append(item);

    const QTimeZone zone = m_workspace->timeZone();
    m_interventions->clear();
    for (const QJsonValue &value : std::as_const(m_interventionData)) {
        const QDateTime start = domain::instantFromJson(value[u"start"_s].toString());
        const QDateTime end = domain::instantFromJson(value[u"end"_s].toString());
        const QDateTime localStart = LocalTime::toLocal(start, zone);
        auto *item = new QTreeWidgetItem(m_interventions,
                                         { LocalTime::longDay(localStart.date()),
                                           LocalTime::time(localStart.time()),
                                           LocalTime::time(LocalTime::toLocal(end, zone).time()),
                                           Labels::duration(start.secsTo(end) / 60) });
        item->setData(0, Qt::UserRole, value[u"id"_s].toString());
    }
    checkRules();
}

void RequestFormDialog::addIntervention()
{
    const QDate day = m_day->date();
    if (!appendIntervention(day, m_from->time(), m_to->time())) {
        showErrors({ { u"overlap"_s, u"interventions"_s,
                       tr("This intervention overlaps one already planned.") } });
        return;
    }
    clearErrors();
    rebuildInterventionList();
    // The next one is usually the day after, at the same time.
    m_day->setDate(day.addDays(1));
}

int RequestFormDialog::addPattern()
{
    const QDate from = m_patternFrom->date();
    const QDate to = m_patternTo->date();
    if (to < from) {
        showErrors({ { u"out_of_range"_s, u"interventions"_s,
                       tr("The pattern ends before it starts.") } });
        return 0;
    }
    if (from.daysTo(to) > 366) {
        showErrors(
            { { u"out_of_range"_s, u"interventions"_s, tr("A pattern covers at most a year.") } });
        return 0;
    }
    QList<QDate> exceptions;
    for (int i = 0; i < m_exceptions->count(); ++i)
        exceptions.append(m_exceptions->item(i)->data(Qt::UserRole).toDate());
    int added = 0;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        if (!m_weekdays.at(day.dayOfWeek() - 1)->isChecked() || exceptions.contains(day))
            continue;
        added += appendIntervention(day, m_patternStart->time(), m_patternEnd->time()) ? 1 : 0;
    }
    clearErrors();
    if (added == 0)
        showErrors({ { u"no_intervention"_s, u"interventions"_s,
                       tr("No day of the range matches the pattern.") } });
    rebuildInterventionList();
    return added;
}

void RequestFormDialog::addException()
{
    const QDate day = m_exceptionDay->date();
    for (int i = 0; i < m_exceptions->count(); ++i) {
        if (m_exceptions->item(i)->data(Qt::UserRole).toDate() == day)
            return;
    }
    auto *item = new QListWidgetItem(LocalTime::shortDay(day), m_exceptions);
    item->setData(Qt::UserRole, day);
    m_exceptionDay->setDate(day.addDays(1));
}

void RequestFormDialog::removeIntervention()
{
    QTreeWidgetItem *item = m_interventions->currentItem();
    if (!item)
        return;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (qsizetype i = 0; i < m_interventionData.size(); ++i) {
        if (m_interventionData.at(i)[u"id"_s].toString() == id) {
            m_interventionData.removeAt(i);
            break;
        }
    }
    rebuildInterventionList();
}

void RequestFormDialog::checkRules()
{
    // Keep what was typed, even for a warning that goes away and comes back.
    for (auto it = m_overrideEdits.constBegin(); it != m_overrideEdits.constEnd(); ++it)
        m_overrideReasons.insert(it.key(), it.value()->text().trimmed());

    const QJsonObject structureJson = m_workspace->structure(m_workspace->structureId());
    rules::InterventionSettings settings;
    if (const auto structure = domain::Structure::fromJson(structureJson))
        settings = rules::InterventionSettings::of(*structure);
    settings.departement = m_departement;
    settings.zone = m_workspace->timeZone();
    if (m_hospital->isChecked()) {
        rules::HospitalStay stay;
        stay.admission = m_admission->date();
        if (m_discharged->isChecked())
            stay.discharge = m_discharge->date();
        stay.homeHospitalisation = m_homeHospital->isChecked();
        settings.hospitalStay = stay;
    }
    QList<domain::Intervention> interventions;
    for (const QJsonValue &value : std::as_const(m_interventionData))
        interventions.append({ value[u"id"_s].toString(),
                               domain::instantFromJson(value[u"start"_s].toString()),
                               domain::instantFromJson(value[u"end"_s].toString()) });
    m_warnings
        = rules::applyOverrides(rules::checkInterventions(interventions, settings), overrides());

    // One line per kind of warning (the days it concerns, the first message in full), and one
    // reason field per kind that needs a decision.
    const QTimeZone zone = m_workspace->timeZone();
    QHash<QString, QDate> dayOf;
    for (const domain::Intervention &i : std::as_const(interventions))
        dayOf.insert(i.id, LocalTime::toLocal(i.start, zone).date());
    m_warningList->clear();
    QStringList codes;
    QStringList kinds;
    QHash<QString, QList<rules::Warning>> byKind;
    for (const rules::Warning &warning : std::as_const(m_warnings)) {
        if (!byKind.contains(warning.code))
            kinds.append(warning.code);
        byKind[warning.code].append(warning);
        if (warning.severity == rules::Severity::Warning && !codes.contains(warning.code))
            codes.append(warning.code);
    }
    for (const QString &kind : std::as_const(kinds)) {
        const QList<rules::Warning> &list = byKind.value(kind);
        const rules::Warning &first = list.first();
        QStringList days;
        for (const rules::Warning &warning : list) {
            if (days.size() == 4) {
                days.append(tr("… %n in all", nullptr, int(list.size())));
                break;
            }
            days.append(LocalTime::shortDay(dayOf.value(warning.interventionId)));
        }
        QString decision;
        if (first.severity == rules::Severity::Info)
            decision = tr("For information");
        else if (first.isOverridden())
            decision = tr("Goes ahead: %1").arg(first.overrideReason);
        else
            decision = tr("Needs a reason");
        auto *item = new QTreeWidgetItem(m_warningList,
                                         { Labels::warning(kind), days.join(u", "_s), decision });
        item->setToolTip(0, first.message);
        item->setToolTip(1, first.message);
    }
    for (auto it = m_overrideEdits.begin(); it != m_overrideEdits.end();) {
        if (codes.contains(it.key())) {
            ++it;
            continue;
        }
        m_overrideForm->removeRow(it.value());
        it = m_overrideEdits.erase(it);
    }
    for (const QString &code : std::as_const(codes)) {
        if (m_overrideEdits.contains(code))
            continue;
        auto *edit = new QLineEdit(m_warningBox);
        edit->setObjectName(u"requestFormOverride_"_s + code);
        edit->setMaxLength(500);
        edit->setPlaceholderText(tr("Why it must go ahead as planned"));
        edit->setText(m_overrideReasons.value(code));
        auto *label = new QLabel(tr("Reason (%1)").arg(Labels::warning(code)), m_warningBox);
        label->setBuddy(edit);
        edit->setAccessibleName(label->text());
        m_overrideForm->addRow(label, edit);
        m_overrideEdits.insert(code, edit);
        connect(edit, &QLineEdit::editingFinished, this, &RequestFormDialog::checkRules);
    }
    m_warningBox->setVisible(!m_warnings.isEmpty());
    // Answered: the refusal that asked for it no longer stands.
    if (rules::pendingWarnings(m_warnings).isEmpty()) {
        if (ErrorLabel *label = m_errorLabels.value(u"overrides"_s); label && label->isVisible()) {
            label->clearError();
            m_formError->clearError();
        }
    }
}

QList<rules::Override> RequestFormDialog::overrides() const
{
    QList<rules::Override> result;
    for (auto it = m_overrideEdits.constBegin(); it != m_overrideEdits.constEnd(); ++it) {
        const QString reason = it.value()->text().trimmed();
        if (!reason.isEmpty())
            result.append({ it.key(), {}, reason });
    }
    return result;
}

QJsonObject RequestFormDialog::requestData() const
{
    const QTimeZone zone = m_workspace->timeZone();
    const QDateTime deadline = LocalTime::toUtc(m_deadline->date(), m_deadline->time(), zone);
    QJsonArray decisions;
    for (const rules::Override &o : overrides())
        decisions.append(QJsonObject { { u"code"_s, o.code },
                                       { u"intervention_id"_s, o.interventionId },
                                       { u"reason"_s, o.reason } });
    QJsonObject data {
        { u"id"_s, m_id },
        { u"structure_id"_s, m_workspace->structureId() },
        { u"status"_s, u"draft"_s },
        { u"reason"_s, m_reason->currentData().toString() },
        { u"urgency"_s, m_urgency->currentData().toString() },
        { u"mission_address"_s, m_location->address() },
        { u"mission_commune"_s, m_commune->text().trimmed() },
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
        { u"overrides"_s, decisions },
    };
    const QGeoCoordinate point = m_location->coordinate();
    if (point.isValid())
        data.insert(
            u"mission_location"_s,
            QJsonObject { { u"lat"_s, point.latitude() }, { u"lon"_s, point.longitude() } });
    return data;
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
    QStringList summary;
    for (const domain::Error &error : errors) {
        // "interventions[2].end" belongs to the interventions list.
        QString field = error.field;
        const qsizetype bracket = field.indexOf(u'[');
        if (bracket > 0)
            field = field.left(bracket);
        ErrorLabel *label = m_errorLabels.value(field);
        QString text = Labels::error(error);
        if (bracket > 0 && field == u"interventions"_s)
            text = tr("Intervention %1: %2")
                       .arg(error.field.mid(bracket + 1).section(u']', 0, 0).toInt() + 1)
                       .arg(text);
        summary.append(text);
        if (!label) {
            unplaced.append(text);
            continue;
        }
        label->showError(label->isVisible() ? label->text() + u'\n' + text : text);
    }
    m_formError->showError(unplaced.isEmpty() ? tr("Not saved: %n field(s) to check above.",
                                                   nullptr, int(summary.size()))
                                              : unplaced.join(u'\n'));
}

bool RequestFormDialog::saveDraft(domain::Errors *errors)
{
    checkRules();
    const QJsonObject data = requestData();
    *errors = domain::entity::validate(domain::entity::request, data);
    if (m_commune->text().trimmed().isEmpty())
        errors->append({ u"required"_s, u"mission_commune"_s, {} });
    if (!m_location->coordinate().isValid())
        errors->append({ u"required"_s, u"mission_location"_s,
                         tr("Find the address, or put the pin on the map by hand.") });
    if (m_interventionData.isEmpty())
        errors->append({ u"no_intervention"_s, u"interventions"_s, {} });
    if (!errors->isEmpty())
        return false;
    const auto saved = m_workspace->store()->saveRecord(domain::entity::request, data);
    if (!saved) {
        *errors = saved.errors();
        return false;
    }
    return true;
}

void RequestFormDialog::accept()
{
    domain::Errors errors;
    if (!saveDraft(&errors)) {
        showErrors(errors);
        return;
    }
    emit saved(m_id);
    QDialog::accept();
}

bool RequestFormDialog::publish()
{
    checkRules();
    domain::Errors errors;
    // What publishing needs on top of a valid draft: the consent, and a decision on every
    // warning (DESIGN.md, "Rules": never a silent change).
    if (!m_consent->isChecked())
        errors.append({ u"consent_required"_s, u"consent_recorded"_s,
                        tr("Record the person's consent before the request leaves your agency.") });
    const auto pending = rules::pendingWarnings(m_warnings);
    if (!pending.isEmpty()) {
        QStringList kinds;
        for (const rules::Warning &warning : pending) {
            if (!kinds.contains(Labels::warning(warning.code)))
                kinds.append(Labels::warning(warning.code));
        }
        errors.append(
            { u"override_required"_s, u"overrides"_s,
              tr("Change the interventions, or give a reason for: %1.").arg(kinds.join(u", "_s)) });
    }
    domain::Errors draftErrors;
    if (!errors.isEmpty() || !saveDraft(&draftErrors)) {
        errors.append(draftErrors);
        showErrors(errors);
        return false;
    }
    const auto queued = m_workspace->store()->queueCommand(domain::entity::request, m_id,
                                                           { { u"command"_s, u"publish"_s } });
    if (!queued) {
        // The draft is saved; the person can publish it from the list.
        showErrors(queued.errors());
        return false;
    }
    m_workspace->syncEngine()->syncNow();
    emit saved(m_id);
    emit published(m_id);
    QDialog::accept();
    return true;
}

} // namespace releve::ui
