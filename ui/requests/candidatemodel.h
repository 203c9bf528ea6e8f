// The ranked candidates the server's matching gives for a request (GET
// /v1/requests/{id}/candidates): pseudonym, agency, qualification, skills, distance band, the
// interventions each covers, when its availability was last confirmed (stale availability is
// flagged: it ranks after fresh availability among workers as near), and why it ranks where it
// does. Never a name or an address.
#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QStringList>

namespace releve::ui {

class CandidateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        WorkerColumn, // pseudonym, and the agency under it
        ProfileColumn, // qualification, and the skills under it
        DistanceColumn,
        CoverageColumn,
        FreshnessColumn, // when the lending coordinator last confirmed the availability
        ReasonsColumn,
        ColumnCount
    };
    enum Role {
        StaffIdRole = Qt::UserRole + 1,
        StructureIdRole,
        ConfirmedAtRole, // QDateTime (UTC) of the last confirmation; invalid: never
        StaleRole, // bool: never confirmed, or too long ago
    };

    using QAbstractTableModel::QAbstractTableModel;

    // candidates: the server's ranked list; interventionCount: the request's interventions.
    void setCandidates(const QJsonArray &candidates, int interventionCount,
                       const QStringList &cover = {});
    void clear();
    QJsonObject candidateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<QJsonObject> m_candidates;
    QStringList m_cover;
    int m_interventionCount = 0;
};

} // namespace releve::ui
