#include "availabilitydelegate.h"

#include "ui/common/localtime.h"
#include "ui/planning/planningmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
const QColor availableFill(0x66, 0xbb, 0x6a);
const QColor availableText(0x1b, 0x5e, 0x20);
const QColor absentFill(0xef, 0x9a, 0x9a);
const QColor absentText(0xa4, 0x1e, 0x1e);
const QColor pendingOutline(0xe6, 0x7e, 0x00);
const QColor trackColour(0xe9, 0xec, 0xef);
const QColor weekendBackground(0xf7, 0xf7, 0xf8);
const QColor todayBackground(0xee, 0xf4, 0xfc);
constexpr int maxLines = 3;
} // namespace

int AvailabilityDelegate::rowHeight(const QFontMetrics &metrics)
{
    return 9 + 8 + 7 + maxLines * metrics.height() + 6;
}

QSize AvailabilityDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int height = rowHeight(QFontMetrics(option.font));
    if (index.column() == PlanningModel::StaffColumn)
        return { 190, height };
    if (index.column() == PlanningModel::StateColumn)
        return { 150, height };
    return { 120, height };
}

void AvailabilityDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.column() == PlanningModel::StaffColumn)
        paintStaff(painter, option, index);
    else if (index.column() == PlanningModel::StateColumn)
        QStyledItemDelegate::paint(painter, option, index);
    else
        paintDay(painter, option, index);
}

void AvailabilityDelegate::paintStaff(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QRect area = option.rect.adjusted(8, 8, -6, -6);
    QFont nameFont = option.font;
    nameFont.setBold(true);
    const QFontMetrics nameMetrics(nameFont);
    painter->save();
    painter->setFont(nameFont);
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(
        QRect(area.left(), area.top(), area.width(), nameMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, area.width()));
    painter->setFont(option.font);
    painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                             : option.palette.color(QPalette::PlaceholderText));
    const QFontMetrics metrics(option.font);
    painter->drawText(
        QRect(area.left(), area.top() + nameMetrics.height() + 2, area.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(PlanningModel::QualificationRole).toString(), Qt::ElideRight,
                           area.width()));
    painter->restore();
}

void AvailabilityDelegate::paintDay(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QDate date = index.data(PlanningModel::DateRole).toDate();
    const auto segments
        = index.data(PlanningModel::SegmentsRole).value<QList<PlanningModel::Segment>>();
    const bool selected = option.state & QStyle::State_Selected;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor background = option.palette.color(QPalette::Base);
    if (date == QDate::currentDate())
        background = todayBackground;
    else if (date.dayOfWeek() >= 6)
        background = weekendBackground;
    if (selected) {
        background = option.palette.color(QPalette::Highlight);
        background.setAlpha(40);
        painter->fillRect(option.rect, option.palette.color(QPalette::Base));
    }
    painter->fillRect(option.rect, background);

    // The day's time line.
    const QRect track(option.rect.left() + 8, option.rect.top() + 9, option.rect.width() - 16, 8);
    painter->setPen(Qt::NoPen);
    painter->setBrush(trackColour);
    painter->drawRoundedRect(track, 3, 3);
    const int span = (lastHour - firstHour) * 60;
    const auto xOf = [&](int minute) {
        const int clamped = std::clamp(minute - firstHour * 60, 0, span);
        return track.left() + int(qint64(track.width()) * clamped / span);
    };
    // Noon tick, so that mornings and afternoons read at a glance.
    painter->setPen(QPen(QColor(0xc8, 0xcc, 0xd0), 1));
    painter->drawLine(xOf(12 * 60), track.top() - 2, xOf(12 * 60), track.bottom() + 2);

    // Absences are drawn last: they override availability on the same hours.
    for (const bool absences : { false, true }) {
        for (const PlanningModel::Segment &segment : segments) {
            if (segment.absent != absences)
                continue;
            const int left = xOf(segment.startMinute);
            const int right = std::max(xOf(segment.endMinute), left + 3);
            const QRect bar(left, track.top(), right - left, track.height());
            painter->setPen(Qt::NoPen);
            painter->setBrush(segment.absent ? absentFill : availableFill);
            painter->drawRoundedRect(bar, 3, 3);
            if (segment.absent) {
                painter->setBrush(QBrush(absentText, Qt::BDiagPattern));
                painter->drawRoundedRect(bar, 3, 3);
            }
            if (segment.syncState != u"synced"_s) {
                painter->setBrush(Qt::NoBrush);
                painter->setPen(
                    QPen(segment.syncState == u"pending"_s ? pendingOutline : absentText, 1.5,
                         Qt::DashLine));
                painter->drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 3, 3);
            }
        }
    }

    // The times, one line per slot.
    const QFontMetrics metrics(option.font);
    int y = track.bottom() + 7;
    const int lines = int(segments.size()) > maxLines ? maxLines - 1 : int(segments.size());
    for (int i = 0; i < lines; ++i) {
        const PlanningModel::Segment &segment = segments.at(i);
        const QString times
            = LocalTime::time(segment.start) + u"–"_s + LocalTime::time(segment.end);
        const QRect line(track.left(), y, track.width(), metrics.height());
        QString text = times;
        // "Absent" when it fits; the red times and the hatched bar say it otherwise.
        if (segment.absent
            && metrics.horizontalAdvance(tr("Absent %1").arg(times) + u" •"_s) <= line.width())
            text = tr("Absent %1").arg(times);
        QColor colour = segment.absent ? absentText : availableText;
        QFont font = option.font;
        if (segment.syncState != u"synced"_s) {
            // A change not yet on the server reads differently, and says so.
            font.setItalic(true);
            text += u" •"_s;
            if (segment.syncState == u"pending"_s)
                colour = pendingOutline.darker(130);
        }
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(text, Qt::ElideRight, line.width()));
        y += metrics.height();
    }
    if (segments.size() > lines) {
        painter->setFont(option.font);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(track.left(), y, track.width(), metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          tr("+ %n more", nullptr, int(segments.size() - lines)));
    }

    if (option.state & QStyle::State_HasFocus) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1));
        painter->drawRect(option.rect.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace releve::ui
