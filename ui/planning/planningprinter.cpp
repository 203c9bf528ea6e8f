#include "planningprinter.h"

#include "ui/common/localtime.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningpainter.h"

#include <QApplication>
#include <QPainter>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {
// Logical units of the page: the screen's 96 per inch, so that the drawing is the screen's.
constexpr double logicalDpi = 96.0;
constexpr int staffWidth = 170;
constexpr int stateWidth = 110;
} // namespace

PlanningPrinter::PlanningPrinter(const PlanningModel *model, QString structureName)
    : m_model(model)
    , m_structureName(std::move(structureName))
{ }

int PlanningPrinter::print(QPrinter *printer) const
{
    printer->setPageOrientation(QPageLayout::Landscape);
    QPainter painter;
    if (!painter.begin(printer))
        return 0;
    const double scale = printer->resolution() / logicalDpi;
    painter.scale(scale, scale);
    const QRectF pagePixels = printer->pageLayout().paintRectPixels(printer->resolution());
    const QRect page(0, 0, int(pagePixels.width() / scale), int(pagePixels.height() / scale));

    // Light colours on paper, whatever the screen's palette.
    QPalette palette(QColor(0xf0, 0xf0, 0xf0), Qt::white);
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    palette.setColor(QPalette::Mid, QColor(0xa0, 0xa0, 0xa0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x55, 0x55, 0x55));
    QFont font = QApplication::font();
    font.setPixelSize(11);
    QFont titleFont = font;
    titleFont.setPixelSize(16);
    titleFont.setBold(true);
    const PlanningPainter drawer(palette, font);
    painter.setFont(font);
    const int rowHeight = PlanningPainter::roomyRowHeight(painter.fontMetrics());
    const int headerHeight = painter.fontMetrics().height() + 10;
    const int titleHeight = 30;
    const int footerHeight = painter.fontMetrics().height() + 6;
    const int rowsPerPage
        = std::max(1, (page.height() - titleHeight - headerHeight - footerHeight) / rowHeight);
    const int dayWidth = (page.width() - staffWidth - stateWidth) / 7;
    const int weeks = (m_model->dayCount() + 6) / 7;
    const int rows = m_model->rowCount();
    const int pagesPerWeek = std::max(1, (rows + rowsPerPage - 1) / rowsPerPage);

    int printed = 0;
    for (int week = 0; week < weeks; ++week) {
        const QDate monday = m_model->firstDay().addDays(7 * week);
        const int days = std::min(7, m_model->dayCount() - 7 * week);
        for (int part = 0; part < pagesPerWeek; ++part) {
            if (printed > 0)
                printer->newPage();
            ++printed;
            painter.setFont(titleFont);
            painter.setPen(Qt::black);
            const QDate sunday = monday.addDays(6);
            QString title = tr("Planning — %1 — week %2, %3 to %4")
                                .arg(m_structureName)
                                .arg(monday.weekNumber())
                                .arg(LocalTime::longDay(monday), LocalTime::longDay(sunday));
            painter.drawText(QRect(0, 0, page.width(), titleHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, title);

            int y = titleHeight;
            painter.setFont(font);
            QFont bold = font;
            bold.setBold(true);
            painter.setFont(bold);
            painter.fillRect(QRect(0, y, page.width(), headerHeight), QColor(0xee, 0xee, 0xee));
            painter.drawText(QRect(6, y, staffWidth - 6, headerHeight), Qt::AlignVCenter,
                             tr("Staff member"));
            painter.drawText(QRect(staffWidth + 6, y, stateWidth - 6, headerHeight),
                             Qt::AlignVCenter, tr("Sync"));
            for (int day = 0; day < days; ++day)
                painter.drawText(
                    QRect(staffWidth + stateWidth + day * dayWidth, y, dayWidth, headerHeight),
                    Qt::AlignCenter, LocalTime::shortDay(monday.addDays(day)));
            y += headerHeight;

            const int firstRow = part * rowsPerPage;
            const int lastRow = std::min(rows, firstRow + rowsPerPage);
            PlanningPainter::DayCell cell;
            cell.amplitudeStart = m_model->amplitudeStartMinute();
            cell.amplitudeEnd = m_model->amplitudeEndMinute();
            cell.roomy = true;
            for (int row = firstRow; row < lastRow; ++row) {
                drawer.paintStaff(&painter, QRect(0, y, staffWidth, rowHeight),
                                  m_model->staffNameAt(row), m_model->qualificationAt(row), false);
                drawer.paintState(&painter, QRect(staffWidth, y, stateWidth, rowHeight),
                                  m_model->syncStateAt(row), m_model->syncStateTextAt(row), false);
                for (int day = 0; day < days; ++day) {
                    const int index = 7 * week + day;
                    cell.rect
                        = QRect(staffWidth + stateWidth + day * dayWidth, y, dayWidth, rowHeight);
                    cell.date = m_model->firstDay().addDays(index);
                    cell.segments = &m_model->daySegments(row, index);
                    cell.interventions = &m_model->dayInterventions(row, index);
                    drawer.paintDay(&painter, cell);
                }
                y += rowHeight;
            }
            if (rows == 0) {
                painter.setFont(font);
                painter.setPen(Qt::black);
                painter.drawText(QRect(0, y, page.width(), rowHeight), Qt::AlignCenter,
                                 tr("No staff member matches the filters."));
            }
            painter.setFont(font);
            painter.setPen(QColor(0x55, 0x55, 0x55));
            painter.drawText(
                QRect(0, page.height() - footerHeight, page.width(), footerHeight),
                Qt::AlignLeft | Qt::AlignVCenter,
                tr("Times are local. Green: available; red hatched: absent; blue: contracted "
                   "intervention; red outline: overlap; orange stripes: outside the working "
                   "amplitude; dashed: not sent to the server yet."));
            painter.drawText(QRect(0, page.height() - footerHeight, page.width(), footerHeight),
                             Qt::AlignRight | Qt::AlignVCenter, tr("Page %1").arg(printed));
        }
    }
    painter.end();
    return printed;
}

} // namespace releve::ui
