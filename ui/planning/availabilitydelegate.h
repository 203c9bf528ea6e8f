// Paints the planning grid: in each day cell, a time line of the day with availability bars
// (green) and absences (hatched red), the times written under it, and changes not yet sent
// outlined in orange; in the first column, the staff member's name and qualification.
#pragma once

#include <QFontMetrics>
#include <QStyledItemDelegate>

namespace releve::ui {

class AvailabilityDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // The hours the time line shows; a slot outside is drawn at the edge.
    static constexpr int firstHour = 6;
    static constexpr int lastHour = 22;

    // The height of a row: the time line and three lines of times.
    static int rowHeight(const QFontMetrics &metrics);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintStaff(QPainter *painter, const QStyleOptionViewItem &option,
                    const QModelIndex &index) const;
    void paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                  const QModelIndex &index) const;
};

} // namespace releve::ui
