// The changes that wait for a person (STYLE.md: "a rejected edit stays visible until the person
// decides"): the conflicts the server reported and the changes it refused, one row each, with
// what the record is and why it waits, in words. Rebuilt when the store's outbox changes.
#pragma once

#include "core/store/localstore.h"

#include <QAbstractTableModel>

namespace releve::ui {

class Workspace;

class ReviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, RecordColumn, ReasonColumn, ColumnCount };

    struct Item
    {
        enum class Kind { Conflict, Rejected } kind = Kind::Conflict;
        store::Conflict conflict; // Kind::Conflict
        store::OutboxEntry entry; // Kind::Rejected
    };

    explicit ReviewModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Item *itemAt(int row) const;
    void reload();

private:
    QString recordText(const Item &item) const;
    QString reasonText(const Item &item) const;

    Workspace *m_workspace;
    QList<Item> m_items;
};

} // namespace releve::ui
