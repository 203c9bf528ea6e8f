// Draws the planning's cells, on screen and on paper: for a day, its time line with the
// availability bars (green), the absences (hatched red), the contracted interventions on top
// (blue, narrower), overlaps outlined in red, the times outside the structure's amplitude
// striped in orange, changes not yet sent outlined in dashes; for a staff member, the name and
// qualification; for the row's sync state, a dot and its words. Colours follow the palette's
// light or dark base.
#pragma once

#include "ui/planning/planningmodel.h"

#include <QCoreApplication>
#include <QFont>
#include <QPalette>
#include <QRect>

class QPainter;

namespace releve::ui {

class PlanningPainter
{
    Q_DECLARE_TR_FUNCTIONS(releve::ui::PlanningPainter)

public:
    // The hours the time line shows; a slot outside is drawn at the edge.
    static constexpr int firstHour = 6;
    static constexpr int lastHour = 22;

    struct Colours
    {
        QColor available, availableText, absent, absentText, intervention, pending, overlap,
            outside, track, weekend, today, grid, text, muted, base, highlight;
        static Colours of(const QPalette &palette);
    };

    PlanningPainter(const QPalette &palette, const QFont &font);

    // Row heights: a roomy row shows each slot's times under the time line.
    static int roomyRowHeight(const QFontMetrics &metrics);
    static int compactRowHeight(const QFontMetrics &metrics);

    // The time line of a day cell, and where a minute of the day falls on it.
    static QRect trackRect(const QRect &cell, bool roomy);
    static int xOfMinute(const QRect &track, int minute);
    static int minuteAtX(const QRect &track, int x); // not snapped, clamped to 0…1440
    static QRect barRect(const QRect &track, int startMinute, int endMinute);

    struct DayCell
    {
        QRect rect;
        QDate date;
        bool today = false;
        bool current = false; // the keyboard cursor
        bool weekStart = false; // a Monday after the first column: a stronger line
        const QList<PlanningModel::Segment> *segments = nullptr;
        const QList<PlanningModel::InterventionBar> *interventions = nullptr;
        QString selectedSlotId; // outlined as the one the keyboard acts on
        QString draggedSlotId; // drawn faded: its preview is drawn apart
        int amplitudeStart = 7 * 60;
        int amplitudeEnd = 21 * 60;
        bool roomy = true;
    };
    void paintDay(QPainter *painter, const DayCell &cell) const;
    void paintStaff(QPainter *painter, const QRect &rect, const QString &name,
                    const QString &qualification, bool current) const;
    void paintState(QPainter *painter, const QRect &rect, const QString &code, const QString &text,
                    bool current) const;
    // A bar being dragged, with its times.
    void paintPreview(QPainter *painter, const QRect &track, int startMinute, int endMinute,
                      bool absent) const;

    const Colours &colours() const { return m_colours; }

private:
    void paintBar(QPainter *painter, const QRect &track, const PlanningModel::Segment &segment,
                  const DayCell &cell) const;

    QPalette m_palette;
    QFont m_font;
    Colours m_colours;
};

} // namespace releve::ui
