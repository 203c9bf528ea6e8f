// Splits the request list into "My requests" (posted by the signed-in structure) and "Incoming"
// (other structures' published requests), sorted by the chosen column.
#pragma once

#include <QSortFilterProxyModel>

namespace releve::ui {

class RequestFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Section { Mine, Incoming };

    explicit RequestFilterModel(QObject *parent = nullptr);

    void setSection(Section section);
    Section section() const { return m_section; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool filterAcceptsColumn(int sourceColumn, const QModelIndex &sourceParent) const override;

private:
    Section m_section = Section::Mine;
};

} // namespace releve::ui
