// Chooses which of my consenting staff to propose on another structure's request, with a note
// for the requester. The list is the offline preview of the matching (core/matching/
// ownstaffpreview.h): the workers the platform would retain come first, in its order, with why
// they rank there and the labour-limit warnings to weigh before proposing; the other consenting
// workers follow, each with the reason the platform would not retain them (the cache may be
// behind what the coordinator knows, so they can still be proposed).
#pragma once

#include "core/matching/ownstaffpreview.h"

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
    enum Column { RankColumn, StaffColumn, CoversColumn, DistanceColumn, LimitsColumn };

    ProposeStaffDialog(Workspace *workspace, const QJsonObject &request, QWidget *parent = nullptr);

    QString staffId() const;
    // The interventions the chosen worker can take, as the preview found them (request order);
    // empty when it found none for them (a worker it does not retain): then the whole request.
    QStringList interventionIds() const;
    QString note() const;
    int staffCount() const; // every consenting worker listed, eligible or not
    int eligibleCount() const; // those the platform would retain
    void selectStaff(const QString &staffId);
    const matching::OwnStaffPreview &preview() const { return m_preview; }

private:
    void updateSelection();

    Workspace *m_workspace;
    matching::OwnStaffPreview m_preview;
    QTreeWidget *m_staff;
    QLabel *m_details;
    QLineEdit *m_note;
    QDialogButtonBox *m_buttons;
    int m_interventionCount = 0;
};

} // namespace releve::ui
