// The form of one staff member (intervenant·e) of the signed-in structure, with every field of
// DESIGN.md's "Staff member": name and phone (private), home base (a point, never shown to other
// structures), qualification, skills, mobility, maximum travel, weekly ceiling, consent to be
// proposed to other structures, active; and when the availability was last confirmed, with
// "Confirm this week as is". A refused save keeps everything typed and says which field is wrong.
#pragma once

#include "core/domain/error.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace releve::ui {

class ErrorLabel;
class LocationPicker;
class Workspace;

class StaffForm : public QWidget
{
    Q_OBJECT

public:
    explicit StaffForm(Workspace *workspace, QWidget *parent = nullptr);

    // Shows a staff member of the structure; an empty id starts a new one.
    void loadStaff(const QString &staffId);
    QString staffId() const { return m_id; }
    bool isNew() const { return m_isNew; }
    // The record as the fields say, ready for LocalStore::saveRecord.
    QJsonObject staffData() const;
    bool isModified() const;
    // The field's name as the form shows it ("Phone"), for messages.
    QString fieldLabel(const QString &field) const;

public slots:
    bool save(); // false when refused: the errors are shown, the fields keep what was typed
    void revert();
    // Records that the availability of this worker, as planned, is right for this week: updates
    // availability_confirmed_at to now in the cache (and so on the server at the next sync).
    bool confirmAvailability();

signals:
    void saved(const QString &staffId);
    void modifiedChanged(bool modified);

private:
    QWidget *field(QWidget *editor, const QString &recordField, const QString &objectName);
    void showErrors(const domain::Errors &errors);
    void clearErrors();
    void fill(const QJsonObject &data);
    void updateConfirmation();
    void updateModified();

    Workspace *m_workspace;
    QString m_id;
    bool m_isNew = true;
    QJsonObject m_loaded; // the record as loaded
    QJsonObject m_baseline; // the fields as they read once loaded, to tell what changed
    bool m_filling = false;
    bool m_wasModified = false;

    QLabel *m_title;
    QLineEdit *m_firstName;
    QLineEdit *m_lastName;
    QLineEdit *m_phone;
    LocationPicker *m_home;
    QComboBox *m_qualification;
    QListWidget *m_skills;
    QComboBox *m_mobility;
    QSpinBox *m_maxTravel;
    QSpinBox *m_weeklyHours;
    QCheckBox *m_consent;
    QCheckBox *m_active;
    QLabel *m_confirmed;
    QPushButton *m_confirm;
    QPushButton *m_save;
    QPushButton *m_revert;
    ErrorLabel *m_formError;
    QLabel *m_info;
    QHash<QString, ErrorLabel *> m_errorLabels; // by record field
    QHash<QString, QString> m_fieldLabels; // by record field
};

} // namespace releve::ui
