// Writes a new replacement request as a draft: place, beneficiary profile without identity,
// needs and skills, the interventions one by one (local time), contract type, rate, deadline,
// radius, and the person's consent. Saved to the LocalStore; publishing is a separate step.
#pragma once

#include "core/domain/error.h"

#include <QDialog>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;
class QTreeWidget;

namespace releve::ui {

class ErrorLabel;
class Workspace;

class RequestFormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RequestFormDialog(Workspace *workspace, QWidget *parent = nullptr);

    QJsonObject requestData() const;
    void showErrors(const domain::Errors &errors);
    void accept() override;

public slots:
    void addIntervention(); // from the day / from / to fields
    void removeIntervention();

signals:
    void saved(const QString &requestId);

private:
    ErrorLabel *errorLabel(const QString &field, const QString &objectName);
    QWidget *withError(QWidget *field, const QString &recordField, const QString &objectName);
    void clearErrors();

    Workspace *m_workspace;
    QString m_id;
    QComboBox *m_reason;
    QComboBox *m_urgency;
    QLineEdit *m_address;
    QLineEdit *m_commune;
    QDoubleSpinBox *m_latitude;
    QDoubleSpinBox *m_longitude;
    QLineEdit *m_beneficiary;
    QSpinBox *m_gir;
    QComboBox *m_funding;
    QListWidget *m_needs;
    QListWidget *m_skills;
    QDateEdit *m_day;
    QTimeEdit *m_from;
    QTimeEdit *m_to;
    QTreeWidget *m_interventions;
    QComboBox *m_contractType;
    QDoubleSpinBox *m_rate;
    QDateTimeEdit *m_deadline;
    QSpinBox *m_radius;
    QPlainTextEdit *m_note;
    QCheckBox *m_consent;
    QJsonArray m_interventionData;
    QHash<QString, ErrorLabel *> m_errorLabels;
    ErrorLabel *m_formError;
};

} // namespace releve::ui
