// Chooses which of my consenting staff to propose on another structure's request, with a note
// for the requester. Only staff who agreed to be proposed to other structures are listed.
#pragma once

#include <QDialog>
#include <QJsonObject>

class QLabel;
class QLineEdit;
class QTreeWidget;
class QDialogButtonBox;

namespace releve::ui {

class Workspace;

class ProposeStaffDialog : public QDialog
{
    Q_OBJECT

public:
    ProposeStaffDialog(Workspace *workspace, const QJsonObject &request, QWidget *parent = nullptr);

    QString staffId() const;
    QString note() const;
    int staffCount() const;
    void selectStaff(const QString &staffId);

private:
    void updateButtons();

    QTreeWidget *m_staff;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace releve::ui
