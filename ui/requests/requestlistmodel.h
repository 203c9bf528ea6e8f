// The replacement requests the signed-in structure may see: its own (drafts included) and other
// structures' published ones. One row per request; RequestFilterModel splits mine and incoming.
// For an incoming request, whether one of my staff could cover it is previewed offline with
// core/matching over my cache (my staff, their slots, my contracts), as the server would rank.
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace releve::ui {

class Workspace;

class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StatusColumn,
        UrgencyColumn,
        CommuneColumn,
        FirstDayColumn,
        InterventionsColumn,
        AgencyColumn,
        DeadlineColumn,
        CoverColumn, // incoming: whether one of my staff could cover it
        ColumnCount
    };
    enum Role {
        RequestIdRole = Qt::UserRole + 1,
        MineRole, // bool: posted by the signed-in structure
        StatusCodeRole, // the record's status code
        SortRole, // a value that sorts the column
        CoverableRole, // bool: another structure's open request one of my staff could cover
        DepartementRole, // the posting structure's département ("23")
        OpenRole, // bool: published or proposed, nobody chosen yet
        UrgentRole, // bool: urgency urgent or critical
    };

    explicit RequestListModel(Workspace *workspace, QObject *parent = nullptr);

    QString requestIdAt(int row) const;
    int rowOfRequest(const QString &requestId) const;
    // Open incoming requests one of my staff could cover.
    int coverableCount() const;
    QStringList coverableUrgentIds() const;
    QJsonObject requestAt(int row) const;

    // The status as the coordinator should read it: a command still on its way to the server
    // is "awaiting confirmation", never its expected outcome.
    static QString statusText(Workspace *workspace, const QJsonObject &request,
                              const QString &syncState);

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
        bool mine = false;
        QDateTime first; // first intervention start, UTC
        QDateTime deadline;
        int interventions = 0;
        qint64 minutes = 0;
        QString statusText;
        QString agency;
        QString departement;
        QDateTime published;
        bool coverable = false;
    };
    void previewCoverage(QList<Row> &rows) const;

    Workspace *m_workspace;
    QList<Row> m_rows;
};

} // namespace releve::ui
