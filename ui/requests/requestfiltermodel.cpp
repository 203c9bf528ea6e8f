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
    invalidate();
}

void RequestFilterModel::setDepartements(const QStringList &departements)
{
    if (departements == m_departements)
        return;
    m_departements = departements;
    invalidateFilter();
}

bool RequestFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const bool mine = index.data(RequestListModel::MineRole).toBool();
    switch (m_section) {
    case Section::Mine:
        return mine;
    case Section::Incoming:
        return !mine;
    case Section::Territory:
        return m_departements.isEmpty()
            || m_departements.contains(index.data(RequestListModel::DepartementRole).toString());
    }
    return false;
}

bool RequestFilterModel::filterAcceptsColumn(int sourceColumn, const QModelIndex &) const
{
    switch (m_section) {
    case Section::Mine:
        // My own agency's name in every row says nothing; my deadlines are in the detail.
        return sourceColumn != RequestListModel::AgencyColumn
            && sourceColumn != RequestListModel::DeadlineColumn
            && sourceColumn != RequestListModel::CoverColumn;
    case Section::Incoming:
        return true;
    case Section::Territory:
        // The referent's own staff cover nothing.
        return sourceColumn != RequestListModel::CoverColumn;
    }
    return true;
}

} // namespace releve::ui
