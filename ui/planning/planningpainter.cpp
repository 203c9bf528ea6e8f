#include "planningpainter.h"

#include "ui/common/localtime.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
constexpr int trackHeight = 14;
constexpr int compactTrackHeight = 12;
constexpr int margin = 6;
constexpr int maxLines = 3;
constexpr int span = (PlanningPainter::lastHour - PlanningPainter::firstHour) * 60;

} // namespace

PlanningPainter::Colours PlanningPainter::Colours::of(const QPalette &palette)
{
    Colours c;
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    c.base = palette.color(QPalette::Base);
    c.text = palette.color(QPalette::Text);
    c.muted = palette.color(QPalette::PlaceholderText);
    c.highlight = palette.color(QPalette::Highlight);
    c.grid = palette.color(QPalette::Mid);
    if (dark) {
        c.available = QColor(0x38, 0x8e, 0x3c);
        c.availableText = QColor(0xa5, 0xd6, 0xa7);
        c.absent = QColor(0xb7, 0x4a, 0x4a);
        c.absentText = QColor(0xff, 0xab, 0xab);
        c.intervention = QColor(0x64, 0xb5, 0xf6);
        c.pending = QColor(0xff, 0xb7, 0x4d);
        c.overlap = QColor(0xff, 0x52, 0x52);
        c.outside = QColor(0xff, 0x98, 0x00);
        c.track = c.base.lighter(160);
        c.weekend = c.base.lighter(115);
        c.today = QColor(0x1c, 0x2b, 0x3d);
    } else {
        c.available = QColor(0x66, 0xbb, 0x6a);
        c.availableText = QColor(0x1b, 0x5e, 0x20);
        c.absent = QColor(0xef, 0x9a, 0x9a);
        c.absentText = QColor(0xa4, 0x1e, 0x1e);
        c.intervention = QColor(0x1e, 0x4e, 0x8c);
        c.pending = QColor(0xe6, 0x7e, 0x00);
        c.overlap = QColor(0xd3, 0x2f, 0x2f);
        c.outside = QColor(0xef, 0x6c, 0x00);
        c.track = QColor(0xe9, 0xec, 0xef);
        c.weekend = QColor(0xf5, 0xf5, 0xf7);
        c.today = QColor(0xee, 0xf4, 0xfc);
    }
    return c;
}

PlanningPainter::PlanningPainter(const QPalette &palette, const QFont &font)
    : m_palette(palette)
    , m_font(font)
    , m_colours(Colours::of(palette))
{ }

int PlanningPainter::roomyRowHeight(const QFontMetrics &metrics)
{
    return margin + trackHeight + 6 + maxLines * metrics.height() + margin;
}

int PlanningPainter::compactRowHeight(const QFontMetrics &metrics)
{
    return std::max(2 * 5 + compactTrackHeight, metrics.height() * 2 + 4);
}

QRect PlanningPainter::trackRect(const QRect &cell, bool roomy)
{
    if (roomy)
        return { cell.left() + margin, cell.top() + margin, cell.width() - 2 * margin,
                 trackHeight };
    const int height = compactTrackHeight;
    return { cell.left() + 2, cell.top() + (cell.height() - height) / 2, cell.width() - 4, height };
}

int PlanningPainter::xOfMinute(const QRect &track, int minute)
{
    const int clamped = std::clamp(minute - firstHour * 60, 0, span);
    return track.left() + int(qint64(track.width()) * clamped / span);
}

int PlanningPainter::minuteAtX(const QRect &track, int x)
{
    if (track.width() <= 0)
        return firstHour * 60;
    const qint64 offset = qint64(x - track.left()) * span / track.width();
    return std::clamp(int(firstHour * 60 + offset), 0, 1440);
}

QRect PlanningPainter::barRect(const QRect &track, int startMinute, int endMinute)
{
    const int left = xOfMinute(track, startMinute);
    const int right = std::max(xOfMinute(track, endMinute), left + 3);
    return { left, track.top(), right - left, track.height() };
}

void PlanningPainter::paintBar(QPainter *painter, const QRect &track,
                               const PlanningModel::Segment &segment, const DayCell &cell) const
{
    const QRect bar = barRect(track, segment.startMinute, segment.endMinute);
    const bool faded = segment.slotId == cell.draggedSlotId;
    painter->setPen(Qt::NoPen);
    QColor fill = segment.absent ? m_colours.absent : m_colours.available;
    if (faded)
        fill.setAlpha(70);
    painter->setBrush(fill);
    painter->drawRoundedRect(bar, 3, 3);
    if (segment.absent) {
        painter->setBrush(QBrush(m_colours.absentText, Qt::BDiagPattern));
        painter->drawRoundedRect(bar, 3, 3);
    }
    if (!segment.amplitudeWarning.isEmpty()) {
        // Only the part outside the amplitude is striped: the rest can be offered as it is.
        painter->setBrush(QBrush(m_colours.outside, Qt::FDiagPattern));
        if (segment.startMinute < cell.amplitudeStart)
            painter->drawRect(barRect(track, segment.startMinute,
                                      std::min(segment.endMinute, cell.amplitudeStart)));
        if (segment.endMinute > cell.amplitudeEnd)
            painter->drawRect(barRect(track, std::max(segment.startMinute, cell.amplitudeEnd),
                                      segment.endMinute));
        painter->setBrush(m_colours.outside);
        if (segment.startMinute < cell.amplitudeStart)
            painter->drawRect(QRect(bar.left(), bar.bottom() - 1, 3, 2));
        if (segment.endMinute > cell.amplitudeEnd)
            painter->drawRect(QRect(bar.right() - 2, bar.bottom() - 1, 3, 2));
    }
    painter->setBrush(Qt::NoBrush);
    if (segment.overlap) {
        painter->setPen(QPen(m_colours.overlap, 2));
        painter->drawRoundedRect(bar.adjusted(0, 0, 0, 0), 3, 3);
    } else if (segment.syncState != u"synced"_s) {
        painter->setPen(
            QPen(segment.syncState == u"pending"_s ? m_colours.pending : m_colours.overlap, 1.5,
                 Qt::DashLine));
        painter->drawRoundedRect(bar.adjusted(-1, -1, 1, 1), 3, 3);
    }
    if (segment.slotId == cell.selectedSlotId && cell.current) {
        painter->setPen(QPen(m_colours.text, 2));
        painter->drawRoundedRect(bar.adjusted(-2, -2, 2, 2), 4, 4);
    }
}

void PlanningPainter::paintDay(QPainter *painter, const DayCell &cell) const
{
    const QRect &rect = cell.rect;
    QColor background = m_colours.base;
    if (cell.today)
        background = m_colours.today;
    else if (cell.date.dayOfWeek() >= 6)
        background = m_colours.weekend;
    painter->fillRect(rect, background);
    if (cell.current) {
        QColor tint = m_colours.highlight;
        tint.setAlpha(45);
        painter->fillRect(rect, tint);
    }

    const QRect track = trackRect(rect, cell.roomy);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_colours.track);
    painter->drawRoundedRect(track, 3, 3);
    // Outside the amplitude the line is darker: hours that need a reason to be used.
    QColor outsideTrack = m_colours.track.darker(112);
    painter->setBrush(outsideTrack);
    painter->drawRect(QRect(track.left(), track.top(),
                            xOfMinute(track, cell.amplitudeStart) - track.left(), track.height()));
    const int ampEnd = xOfMinute(track, cell.amplitudeEnd);
    painter->drawRect(QRect(ampEnd, track.top(), track.right() - ampEnd + 1, track.height()));
    if (cell.roomy) {
        // Noon tick, so that mornings and afternoons read at a glance.
        painter->setPen(QPen(m_colours.grid, 1));
        const int noon = xOfMinute(track, 12 * 60);
        painter->drawLine(noon, track.top() - 2, noon, track.bottom() + 2);
    }

    const QList<PlanningModel::Segment> &segments = *cell.segments;
    // Absences are drawn last: they override availability on the same hours.
    for (const bool absences : { false, true }) {
        for (const PlanningModel::Segment &segment : segments) {
            if (segment.absent == absences)
                paintBar(painter, track, segment, cell);
        }
    }
    // Contracted interventions on top, narrower, read-only.
    if (cell.interventions) {
        painter->setPen(QPen(m_colours.base, 1));
        painter->setBrush(m_colours.intervention);
        for (const PlanningModel::InterventionBar &bar : *cell.interventions) {
            QRect band = barRect(track, bar.startMinute, bar.endMinute);
            band.setTop(track.top() + track.height() / 4);
            band.setBottom(track.bottom() - track.height() / 4);
            painter->drawRect(band);
        }
    }
    painter->setRenderHint(QPainter::Antialiasing, false);

    if (cell.roomy) {
        // The times, one line per slot, then the interventions.
        painter->setFont(m_font);
        const QFontMetrics metrics = painter->fontMetrics();
        struct Line
        {
            QString text;
            QColor colour;
            bool italic = false;
        };
        QList<Line> lines;
        for (const PlanningModel::Segment &segment : segments) {
            Line line;
            line.text = PlanningModel::times(segment.startMinute, segment.endMinute);
            if (segment.absent
                && metrics.horizontalAdvance(tr("Absent %1").arg(line.text) + u" •"_s)
                    <= track.width())
                line.text = tr("Absent %1").arg(line.text);
            line.colour = segment.absent ? m_colours.absentText : m_colours.availableText;
            if (segment.overlap || !segment.amplitudeWarning.isEmpty()) {
                line.text += u" !"_s;
                line.colour = segment.overlap ? m_colours.overlap : m_colours.outside.darker(110);
            }
            if (segment.syncState != u"synced"_s) {
                // A change not yet on the server reads differently, and says so.
                line.italic = true;
                line.text += u" •"_s;
            }
            lines.append(line);
        }
        if (cell.interventions) {
            for (const PlanningModel::InterventionBar &bar : *cell.interventions)
                lines.append(
                    { tr("Contract %1").arg(PlanningModel::times(bar.startMinute, bar.endMinute)),
                      m_colours.intervention, false });
        }
        int y = track.bottom() + 6;
        const int shown = int(lines.size()) > maxLines ? maxLines - 1 : int(lines.size());
        for (int i = 0; i < shown; ++i) {
            QFont font = m_font;
            font.setItalic(lines.at(i).italic);
            painter->setFont(font);
            painter->setPen(lines.at(i).colour);
            painter->drawText(
                QRect(track.left(), y, track.width(), metrics.height()),
                Qt::AlignLeft | Qt::AlignVCenter,
                painter->fontMetrics().elidedText(lines.at(i).text, Qt::ElideRight, track.width()));
            y += metrics.height();
        }
        if (lines.size() > shown) {
            painter->setFont(m_font);
            painter->setPen(m_colours.muted);
            painter->drawText(QRect(track.left(), y, track.width(), metrics.height()),
                              Qt::AlignLeft | Qt::AlignVCenter,
                              tr("+ %n more", nullptr, int(lines.size() - shown)));
        }
    }

    painter->setPen(QPen(m_colours.grid, 1));
    painter->drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
    if (cell.weekStart) {
        painter->setPen(QPen(m_colours.text, 2));
        painter->drawLine(rect.left(), rect.top(), rect.left(), rect.bottom());
    }
    if (cell.current) {
        painter->setPen(QPen(m_colours.highlight, 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect.adjusted(1, 1, -1, -1));
    }
}

void PlanningPainter::paintStaff(QPainter *painter, const QRect &rect, const QString &name,
                                 const QString &qualification, bool current) const
{
    painter->fillRect(rect, m_colours.base);
    if (current) {
        QColor tint = m_colours.highlight;
        tint.setAlpha(30);
        painter->fillRect(rect, tint);
    }
    const QRect area = rect.adjusted(8, 4, -6, -4);
    QFont nameFont = m_font;
    nameFont.setBold(true);
    painter->setFont(nameFont);
    const QFontMetrics nameMetrics = painter->fontMetrics();
    painter->setFont(m_font);
    const QFontMetrics metrics = painter->fontMetrics();
    const int total = nameMetrics.height() + 2 + metrics.height();
    // Centred when the row is tall enough for both lines, the name alone otherwise.
    const bool both = area.height() >= total;
    int y = both ? area.top() + (area.height() - total) / 2
                 : area.top() + (area.height() - nameMetrics.height()) / 2;
    if (both && area.height() > 2 * total)
        y = area.top() + 4;
    painter->setFont(nameFont);
    painter->setPen(m_colours.text);
    painter->drawText(QRect(area.left(), y, area.width(), nameMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      nameMetrics.elidedText(name, Qt::ElideRight, area.width()));
    if (both) {
        painter->setFont(m_font);
        painter->setPen(m_colours.muted);
        painter->drawText(
            QRect(area.left(), y + nameMetrics.height() + 2, area.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(qualification, Qt::ElideRight, area.width()));
    }
    painter->setPen(QPen(m_colours.grid, 1));
    painter->drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
}

void PlanningPainter::paintState(QPainter *painter, const QRect &rect, const QString &code,
                                 const QString &text, bool current) const
{
    painter->fillRect(rect, m_colours.base);
    if (current) {
        QColor tint = m_colours.highlight;
        tint.setAlpha(30);
        painter->fillRect(rect, tint);
    }
    QColor colour = m_colours.muted;
    if (code == u"pending"_s)
        colour = m_colours.pending;
    else if (code != u"synced"_s)
        colour = m_colours.overlap;
    painter->setFont(m_font);
    const QFontMetrics metrics = painter->fontMetrics();
    const int dot = std::max(8, metrics.height() / 2);
    const QRect dotRect(rect.left() + 6, rect.top() + (rect.height() - dot) / 2, dot, dot);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    if (code == u"synced"_s) {
        painter->setPen(QPen(colour, 1.5));
        painter->setBrush(Qt::NoBrush);
    }
    painter->drawEllipse(dotRect);
    painter->setRenderHint(QPainter::Antialiasing, false);
    const QRect textRect = rect.adjusted(dot + 12, 0, -4, 0);
    painter->setFont(m_font);
    painter->setPen(code == u"synced"_s ? m_colours.muted : colour);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, text);
    painter->setPen(QPen(m_colours.grid, 1));
    painter->drawLine(rect.right(), rect.top(), rect.right(), rect.bottom());
    painter->drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom());
}

void PlanningPainter::paintPreview(QPainter *painter, const QRect &track, int startMinute,
                                   int endMinute, bool absent) const
{
    const QRect bar = barRect(track, startMinute, endMinute);
    painter->setRenderHint(QPainter::Antialiasing, true);
    QColor fill = absent ? m_colours.absent : m_colours.available;
    fill.setAlpha(200);
    painter->setBrush(fill);
    painter->setPen(QPen(m_colours.text, 1.5, Qt::DashLine));
    painter->drawRoundedRect(bar.adjusted(0, -2, 0, 2), 3, 3);
    painter->setRenderHint(QPainter::Antialiasing, false);
}

} // namespace releve::ui
