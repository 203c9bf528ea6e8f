// Writes a replacement request: the place (an address looked up in the Base Adresse Nationale,
// with a pin that can always be put by hand), the beneficiary's profile without identity (and a
// hospital stay, when there is one), needs and skills, the interventions (from a weekly pattern
// over a date range with exceptions, or one by one, in local time), contract type, rate,
// deadline, radius, and the person's consent. The rules of core/rules (amplitude, minimum
// duration, Sundays and public holidays, the 30-day hospital limit) are checked as the
// interventions are added; a warning is answered by changing the plan or by a written reason,
// stored with the request. "Save draft" works offline; "Publish" saves and sends it.
#pragma once

#include "core/domain/error.h"
#include "core/rules/warning.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;
class QTreeWidget;

namespace releve::ui {

class ErrorLabel;
class LocationPicker;
class Workspace;

class RequestFormDialog : public QDialog
{
    Q_OBJECT

public:
    // requestId: a draft of the structure to edit; empty for a new request.
    explicit RequestFormDialog(Workspace *workspace, QWidget *parent = nullptr,
                               const QString &requestId = {});

    QString requestId() const { return m_id; }
    QJsonObject requestData() const;
    void showErrors(const domain::Errors &errors);
    // The rules' warnings on the interventions as planned, with the reasons given so far.
    QList<rules::Warning> warnings() const { return m_warnings; }
    // The reason field of a warning code (created when the warning appears), for tests.
    QLineEdit *overrideEdit(const QString &code) const { return m_overrideEdits.value(code); }
    int interventionCount() const { return int(m_interventionData.size()); }
    LocationPicker *locationPicker() const { return m_location; }

    void accept() override; // "Save draft"

public slots:
    void addIntervention(); // from the day / from / to fields
    // Every chosen weekday between the two dates, at the pattern's times, except the
    // exceptions. Returns how many were added (an intervention already planned is skipped).
    int addPattern();
    void addException();
    void removeIntervention();
    bool publish(); // saves and queues the publication; false when something is missing

signals:
    void saved(const QString &requestId);
    void published(const QString &requestId);

private:
    ErrorLabel *errorLabel(const QString &field, const QString &objectName);
    QWidget *withError(QWidget *field, const QString &recordField, const QString &objectName);
    QWidget *labelled(QWidget *editor, const QString &text);
    void clearErrors();
    bool appendIntervention(const QDate &day, const QTime &from, const QTime &to);
    void rebuildInterventionList();
    void checkRules();
    QList<rules::Override> overrides() const;
    bool saveDraft(domain::Errors *errors);
    void loadDraft(const QJsonObject &data);

    Workspace *m_workspace;
    QString m_id;
    QJsonObject m_loaded; // a draft being edited
    QComboBox *m_reason;
    QComboBox *m_urgency;
    LocationPicker *m_location;
    QLineEdit *m_commune;
    QString m_departement; // of the place of work, from the address found
    QLineEdit *m_beneficiary;
    QSpinBox *m_gir;
    QComboBox *m_funding;
    QCheckBox *m_hospital;
    QDateEdit *m_admission;
    QCheckBox *m_discharged;
    QDateEdit *m_discharge;
    QCheckBox *m_homeHospital;
    QListWidget *m_needs;
    QListWidget *m_skills;
    QTabWidget *m_entryTabs;
    QDateEdit *m_patternFrom;
    QDateEdit *m_patternTo;
    QList<QCheckBox *> m_weekdays; // Monday first
    QTimeEdit *m_patternStart;
    QTimeEdit *m_patternEnd;
    QDateEdit *m_exceptionDay;
    QListWidget *m_exceptions;
    QDateEdit *m_day;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QTreeWidget *m_interventions;
    QGroupBox *m_warningBox;
    QTreeWidget *m_warningList;
    QFormLayout *m_overrideForm;
    QHash<QString, QLineEdit *> m_overrideEdits; // by warning code
    QHash<QString, QString> m_overrideReasons; // kept while a warning comes and goes
    QList<rules::Warning> m_warnings;
    QComboBox *m_contractType;
    QDoubleSpinBox *m_rate;
    QDateTimeEdit *m_deadline;
    QSpinBox *m_radius;
    QPlainTextEdit *m_note;
    QCheckBox *m_consent;
    QPushButton *m_publish;
    QJsonArray m_interventionData;
    QHash<QString, ErrorLabel *> m_errorLabels;
    ErrorLabel *m_formError;
};

} // namespace releve::ui
