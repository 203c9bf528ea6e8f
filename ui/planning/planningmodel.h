// The planning of the signed-in structure: one row per active staff member (filtered by skill,
// qualification, mobility, sector or name), the row's sync state, then one column per local day
// of one week or four weeks. Each day holds the staff member's availability and absences, with
// the overlaps and the times outside the structure's amplitude (core/rules) marked, and the
// contracted interventions. Reads the LocalStore's records and follows their changes.
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
    // The sync state sits next to the name so that it stays in place whatever the span.
    // LastDayColumn is the last day of a one-week span; lastDayColumn() is that of the span shown.
    enum Column { StaffColumn = 0, StateColumn = 1, FirstDayColumn = 2, LastDayColumn = 8 };
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        DateRole, // the column's local date
        SegmentsRole, // QList<PlanningModel::Segment> of the cell
        QualificationRole, // the staff member's qualification, in words
        SyncStateRole, // the row's "synced" / "pending" / "rejected" / "conflict"
        InterventionsRole, // QList<PlanningModel::InterventionBar> of the cell
        WarningsRole, // the cell's warnings, in words (overlaps, amplitude)
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
        bool startsHere = true; // the slot's own start (not the midnight of a slot from the eve)
        bool endsHere = true;
        bool overlap = false; // overlaps another slot, or an absence overlaps an intervention
        QString amplitudeWarning; // core/rules' message when outside the structure's amplitude
    };

    // One contracted intervention's part of one local day: drawn on top, never edited here.
    struct InterventionBar
    {
        QString contractId;
        QString label; // the contract's number and the mission's commune
        QTime start;
        QTime end;
        int startMinute = 0;
        int endMinute = 0;
    };

    // Rows shown; an empty field matches every staff member.
    struct Filter
    {
        QString skill;
        QString qualification;
        QString mobility;
        QString sector;
        QString text; // part of the name

        bool isEmpty() const
        {
            return skill.isEmpty() && qualification.isEmpty() && mobility.isEmpty()
                && sector.isEmpty() && text.isEmpty();
        }
    };

    explicit PlanningModel(Workspace *workspace, QObject *parent = nullptr);

    // "08:00–12:00"; an end at the midnight after the day is written 24:00.
    static QString times(int startMinute, int endMinute);

    // The span shown starts on a Monday and lasts weeks() weeks (1 or 4).
    void setWeek(QDate anyDayOfWeek);
    void setWeeks(int weeks);
    int weeks() const { return m_weeks; }
    // Any span of days (the benchmark shows a month); setWeek() goes back to whole weeks.
    void setRange(QDate firstDay, int dayCount);
    QDate monday() const { return m_first; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_first.addDays(m_dayCount - 1); }
    int dayCount() const { return m_dayCount; }
    int lastDayColumn() const { return FirstDayColumn + m_dayCount - 1; }
    QDate dateOfColumn(int column) const;
    int columnOfDate(QDate date) const; // -1 outside the span

    void setFilter(const Filter &filter);
    Filter filter() const { return m_filter; }
    int totalStaffCount() const { return m_totalStaff; } // before the filter
    QStringList sectors() const { return m_sectors; } // of every active staff member, sorted

    // The structure's working amplitude, in minutes from local midnight.
    int amplitudeStartMinute() const { return m_amplitudeStart; }
    int amplitudeEndMinute() const { return m_amplitudeEnd; }

    QString staffIdAt(int row) const;
    QString staffNameAt(int row) const;
    QString qualificationAt(int row) const;
    QString syncStateAt(int row) const;
    QString syncStateTextAt(int row) const;
    int rowOfStaff(const QString &staffId) const;
    QList<Segment> segments(int row, QDate date) const;
    // Without copies, for painting: day is 0 for firstDay().
    const QList<Segment> &daySegments(int row, int day) const;
    const QList<InterventionBar> &dayInterventions(int row, int day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Edits of many slots (a copy, a pattern) reload once, at the end.
    void beginBatch();
    void endBatch();

public slots:
    void reload();

private:
    struct Row
    {
        QString staffId;
        QString name;
        QString lastName;
        QString qualification;
        QList<QList<Segment>> days;
        QList<QList<InterventionBar>> interventions;
        int pending = 0;
        int rejected = 0;
        int conflicts = 0;
    };
    QList<Row> buildRows();
    QString stateText(const Row &row) const;
    QString stateCode(const Row &row) const;
    QString warningsText(const Row &row, int day) const;

    Workspace *m_workspace;
    QDate m_first;
    int m_weeks = 1;
    int m_dayCount = 7;
    Filter m_filter;
    int m_totalStaff = 0;
    QStringList m_sectors;
    int m_amplitudeStart = 7 * 60;
    int m_amplitudeEnd = 21 * 60;
    QList<Row> m_rows;
    bool m_outboxFollows = false;
    int m_batchDepth = 0;
    bool m_reloadSkipped = false;
};

} // namespace releve::ui

Q_DECLARE_METATYPE(releve::ui::PlanningModel::Segment)
Q_DECLARE_METATYPE(releve::ui::PlanningModel::InterventionBar)
