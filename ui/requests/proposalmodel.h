// The proposals made on one request: those received (for the requester) or made (for a
// providing structure), plus proposals queued here and not yet confirmed by the server.
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>

namespace releve::ui {

class Workspace;

class ProposalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WorkerColumn,
        AgencyColumn,
        CoverageColumn,
        StatusColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        ProposalIdRole = Qt::UserRole + 1,
        StatusCodeRole, // the record's status, "queued" for a proposal not on the server yet
        AwaitingRole, // bool: a command on it is on its way to the server
        DecidableRole, // bool: offered, on the server, nothing pending: accept/decline possible
    };

    explicit ProposalModel(Workspace *workspace, QObject *parent = nullptr);

    void setRequest(const QString &requestId, int interventionCount);
    QString requestId() const { return m_requestId; }
    QString proposalIdAt(int row) const;
    int rowOfProposal(const QString &proposalId) const;

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
        QString status; // record status, or "queued"
        QString statusText;
        QString worker;
        QString agency;
        bool awaiting = false;
        bool decidable = false;
        int covered = 0; // 0 = all
    };

    Workspace *m_workspace;
    QString m_requestId;
    int m_interventionCount = 0;
    QList<Row> m_rows;
};

} // namespace releve::ui
