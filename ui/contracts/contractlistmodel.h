// The contracts the signed-in structure is a party to, lending or using staff, newest first.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>

namespace releve::ui {

class Workspace;

class ContractListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        StatusColumn,
        WorkerColumn,
        PartnerColumn,
        FirstDayColumn,
        HoursColumn,
        ColumnCount
    };
    enum Role { ContractIdRole = Qt::UserRole + 1, RequestIdRole };

    explicit ContractListModel(Workspace *workspace, QObject *parent = nullptr);

    QString contractIdAt(int row) const;
    int rowOfContract(const QString &contractId) const;
    QJsonObject contractAt(int row) const;

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
        bool lending = false; // my structure lends the worker
        QDateTime first;
        qint64 minutes = 0;
    };

    Workspace *m_workspace;
    QList<Row> m_rows;
};

} // namespace releve::ui
