// The lookups every list of records does on its rows (requests, contracts, staff, proposals):
// each Row has the record's `id` and, for most, its JSON `data`. Out-of-range rows answer empty.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace releve::ui::recordrows {

template<typename Row> QString idAt(const QList<Row> &rows, int row)
{
    return row >= 0 && row < rows.size() ? rows.at(row).id : QString();
}

template<typename Row> QJsonObject dataAt(const QList<Row> &rows, int row)
{
    return row >= 0 && row < rows.size() ? rows.at(row).data : QJsonObject();
}

// The row of the record with this id, or -1.
template<typename Row> int rowOf(const QList<Row> &rows, const QString &id)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace releve::ui::recordrows
