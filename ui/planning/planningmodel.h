// The week's planning of the signed-in structure: one row per active staff member, one column
// per day of the week (local time), plus the row's sync state. Reads the LocalStore's staff and
// availability records and follows their changes.
#pragma once

#include <QAbstractTableModel>
#include <QDate>
#include <QJsonObject>
#include <QTime>

namespace releve::ui {

class Workspace;

class PlanningModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StaffColumn = 0, FirstDayColumn = 1, LastDayColumn = 7, StateColumn = 8 };
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        DateRole, // the column's local date
        SegmentsRole, // QList<PlanningModel::Segment> of the cell
        QualificationRole, // the staff member's qualification, in words
        SyncStateRole, // the row's "synced" / "pending" / "rejected" / "conflict"
    };

    // One slot's part of one local day.
    struct Segment
    {
        QString slotId;
        QTime start; // local
        QTime end; // local; 00:00 at the end of a slot running to midnight
        int startMinute = 0; // from local midnight
        int endMinute = 0; // up to 1440
        bool absent = false;
        QString syncState; // of the slot record
        QString note;
        bool weekly = false;
    };

    explicit PlanningModel(Workspace *workspace, QObject *parent = nullptr);

    void setWeek(QDate anyDayOfWeek);
    QDate monday() const { return m_monday; }
    QDate dateOfColumn(int column) const;
    int columnOfDate(QDate date) const; // -1 outside the week
    QString staffIdAt(int row) const;
    QString staffNameAt(int row) const;
    int rowOfStaff(const QString &staffId) const;
    QList<Segment> segments(int row, QDate date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    struct Row
    {
        QString staffId;
        QString name;
        QString lastName;
        QString qualification;
        QList<Segment> days[7];
        int pending = 0;
        int rejected = 0;
        int conflicts = 0;
    };
    QString stateText(const Row &row) const;
    QString stateCode(const Row &row) const;

    Workspace *m_workspace;
    QDate m_monday;
    QList<Row> m_rows;
};

} // namespace releve::ui

Q_DECLARE_METATYPE(releve::ui::PlanningModel::Segment)
