// The signed-in structure's own staff (intervenant·e·s), one row each: name, qualification,
// skills, mobility, consent to be proposed to other structures, and when their availability was
// last confirmed, a stale confirmation being what makes other agencies' searches fail.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

namespace releve::ui {

class Workspace;

class StaffListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        QualificationColumn,
        SkillsColumn,
        MobilityColumn,
        ConsentColumn,
        ConfirmedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        StaleRole, // bool: never confirmed, or longer ago than matching::staleAfterDays
        SyncStateRole, // "synced", "pending", "conflict", "rejected"
        SortRole,
    };

    explicit StaffListModel(Workspace *workspace, QObject *parent = nullptr);

    QString staffIdAt(int row) const;
    int rowOfStaff(const QString &staffId) const;
    QJsonObject staffAt(int row) const;

    // "Confirmed today", "Confirmed 3 days ago (lun. 20 nov.)", "Never confirmed".
    static QString confirmationText(const QDateTime &confirmedAtUtc, const QDateTime &nowUtc,
                                    bool withDay = true);
    static bool isStale(const QDateTime &confirmedAtUtc, const QDateTime &nowUtc);

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
        QString id;
        QJsonObject data;
        QString syncState;
        QDateTime confirmedAt;
    };

    Workspace *m_workspace;
    QList<Row> m_rows;
};

} // namespace releve::ui
