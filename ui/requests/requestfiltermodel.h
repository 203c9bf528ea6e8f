// Splits the request list into "My requests" (posted by the signed-in structure), "Incoming"
// (other structures' published requests) and, for a territorial referent, "Territory" (every
// request posted in its départements), sorted by the chosen column.
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace releve::ui {

class RequestFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Section { Mine, Incoming, Territory };

    explicit RequestFilterModel(QObject *parent = nullptr);

    void setSection(Section section);
    Section section() const { return m_section; }
    // Territory: only the requests of structures in these départements (empty: all).
    void setDepartements(const QStringList &departements);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    Section m_section = Section::Mine;
    QStringList m_departements;
};

} // namespace releve::ui
