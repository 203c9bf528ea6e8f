#include "requestfiltermodel.h"

#include "ui/requests/requestlistmodel.h"

namespace releve::ui {

RequestFilterModel::RequestFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RequestListModel::SortRole);
}

void RequestFilterModel::setSection(Section section)
{
    if (section == m_section)
        return;
    m_section = section;
    invalidateFilter();
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const bool mine = sourceModel()
                          ->index(sourceRow, 0, sourceParent)
                          .data(RequestListModel::MineRole)
                          .toBool();
    return m_section == Section::Mine ? mine : !mine;
}

bool RequestFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    // My own agency's name in every row says nothing; my deadlines are in the detail.
    return !(m_section == Section::Mine
             && (sourceColumn == RequestListModel::AgencyColumn
                 || sourceColumn == RequestListModel::DeadlineColumn));
}

} // namespace releve::ui
