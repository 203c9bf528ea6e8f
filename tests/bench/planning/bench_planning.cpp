// Benchmark (STYLE.md, "Tests"; not part of the test run): paint and scroll time of the planning
// grid with 500 staff × 31 days, against a plain QTableView showing the same cells (the same
// rows, columns, sizes and the cells' text, from a QStandardItemModel), in one run, offscreen.
// - paint: a full repaint of the viewport (what a resize, a week change or a reload costs);
// - scroll: the grid scrolled from top to bottom by 40 pixels at a time, each step painted
//   as the event loop does it (what the wheel or the scroll bar costs).
// Prints medians and means for both and the ratio grid / QTableView; the aim is ≤ 1.5×.
//
//     cmake -B build-bench -DCMAKE_BUILD_TYPE=Release -DRELEVE_BUILD_BENCH=ON
//     ninja -C build-bench bench_planning
//     QT_QPA_PLATFORM=offscreen build-bench/tests/bench/planning/bench_planning [rounds]
#include "tests/gui/planning/planningfixture.h"

#include "ui/common/workspace.h"
#include "ui/planning/planninggrid.h"
#include "ui/planning/planningmodel.h"
#include "ui/planning/planningview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace releve;

namespace {

constexpr int staffCount = 500;
constexpr int dayCount = 31;
const QDate firstDay(2027, 3, 1);
const QSize windowSize(1600, 900);

struct Figures
{
    double median = 0;
    double mean = 0;
};

Figures summarise(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms)
        sum += v;
    return { ms.at(ms.size() / 2), sum / double(ms.size()) };
}

// The month of a 500-person agency: most work mornings or afternoons on weekdays, some both,
// absences here and there, and a contract now and then.
void fill(testing::PlanningFixture &data)
{
    const QStringList qualifications { QStringLiteral("deaes"), QStringLiteral("deavs"),
                                       QStringLiteral("advf"), QStringLiteral("aide_soignant"),
                                       QStringLiteral("none") };
    for (int i = 0; i < staffCount; ++i) {
        const QString id = data.addStaff(QStringLiteral("Prénom%1").arg(i),
                                         QStringLiteral("Nom%1").arg(i, 3, 10, QLatin1Char('0')),
                                         qualifications.at(i % qualifications.size()), {},
                                         QStringLiteral("car"), {});
        for (int day = 0; day < dayCount; ++day) {
            const QDate date = firstDay.addDays(day);
            if (date.dayOfWeek() == 7 || (i + day) % 9 == 0)
                continue;
            if ((i + day) % 23 == 0) {
                data.addSlot(id, date, QTime(0, 0), QTime(0, 0), QStringLiteral("absent"));
                continue;
            }
            if (i % 3 != 1)
                data.addSlot(id, date, QTime(7 + i % 3, 0), QTime(12, 0));
            if (i % 3 != 0)
                data.addSlot(id, date, QTime(13, 30), QTime(18 + i % 2, 0));
        }
        if (i % 10 == 0)
            data.addContract(id, QStringLiteral("REL-2027-%1").arg(i, 6, 10, QLatin1Char('0')),
                             { { data.at(firstDay.addDays(i % 28), QTime(9, 0)),
                                 data.at(firstDay.addDays(i % 28), QTime(11, 0)) } });
    }
}

Figures measurePaint(QAbstractItemView *view, int rounds)
{
    QList<double> ms;
    view->verticalScrollBar()->setValue(0);
    QCoreApplication::processEvents();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->viewport()->repaint();
        ms.append(double(timer.nsecsElapsed()) / 1e6);
    }
    return summarise(ms);
}

Figures measureScroll(QAbstractItemView *view, int rounds, int *steps)
{
    QList<double> ms;
    QScrollBar *bar = view->verticalScrollBar();
    for (int round = 0; round < rounds; ++round) {
        bar->setValue(0);
        QCoreApplication::processEvents();
        *steps = 0;
        while (bar->value() < bar->maximum()) {
            QElapsedTimer timer;
            timer.start();
            bar->setValue(bar->value() + 40);
            // The viewport moves what it can and paints what the scroll exposed.
            QCoreApplication::processEvents();
            ms.append(double(timer.nsecsElapsed()) / 1e6);
            ++*steps;
        }
    }
    return summarise(ms);
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, atoi(argv[1])) : 20;

    QTemporaryDir dir;
    store::LocalStore store;
    if (!store.open(dir.filePath(QStringLiteral("cache.sqlite"))).ok())
        return 1;
    testing::PlanningFixture data;
    data.addStructure(data.structureId, QStringLiteral("Bench"));
    fill(data);
    const qsizetype records = data.changes.size();
    QElapsedTimer timer;
    timer.start();
    if (!data.apply(store))
        return 1;
    const double storeMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    const auto slotRecords = store.records(domain::entity::availability, true);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;

    ui::Workspace workspace(&store, nullptr, nullptr);
    workspace.setAccount(QStringLiteral("bench"), data.structureId);
    ui::PlanningView view(&workspace);
    ui::PlanningModel *model = view.model();
    timer.restart();
    model->setRange(firstDay, dayCount);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    view.grid()->setRoomy(false);
    view.resize(windowSize);
    view.show();
    QCoreApplication::processEvents();
    ui::PlanningGrid *grid = view.grid();

    // The plain table: the same cells, sizes and text.
    QStandardItemModel plainModel(model->rowCount(), model->columnCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column)
            plainModel.setItem(row, column,
                               new QStandardItem(model->index(row, column).data().toString()));
    }
    QTableView plain;
    plain.setModel(&plainModel);
    plain.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    plain.setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    plain.verticalHeader()->hide();
    plain.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    plain.verticalHeader()->setDefaultSectionSize(grid->verticalHeader()->defaultSectionSize());
    for (int column = 0; column < model->columnCount(); ++column)
        plain.setColumnWidth(column, grid->columnWidth(column));
    plain.resize(grid->size());
    plain.show();
    QCoreApplication::processEvents();

    int visibleCells = 0;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (grid->columnViewportPosition(column) < grid->viewport()->width())
            ++visibleCells;
    }
    const int visibleRows = grid->viewport()->height() / grid->rowHeight(0) + 1;
    visibleCells *= visibleRows;

    const Figures gridPaint = measurePaint(grid, rounds);
    const Figures plainPaint = measurePaint(&plain, rounds);
    int gridSteps = 0;
    int plainSteps = 0;
    const Figures gridScroll = measureScroll(grid, std::max(1, rounds / 10), &gridSteps);
    const Figures plainScroll = measureScroll(&plain, std::max(1, rounds / 10), &plainSteps);

    std::printf("Planning grid benchmark: %d staff x %d days (%lld records), viewport %dx%d, "
                "about %d cells on screen, %d rounds\n",
                model->rowCount(), dayCount, static_cast<long long>(records),
                grid->viewport()->width(), grid->viewport()->height(), visibleCells, rounds);
    std::printf("  store: applyPage %.0f ms, reading the %lld slots %.0f ms; model: building the "
                "month %.0f ms (reading included)\n",
                storeMs, static_cast<long long>(slotRecords.size()), readMs, loadMs);
    std::printf("  full repaint   grid  median %7.2f ms  mean %7.2f ms\n", gridPaint.median,
                gridPaint.mean);
    std::printf("                 table median %7.2f ms  mean %7.2f ms\n", plainPaint.median,
                plainPaint.mean);
    std::printf("                 ratio grid/table (median) %.2f\n",
                gridPaint.median / plainPaint.median);
    std::printf("  scroll step    grid  median %7.2f ms  mean %7.2f ms  (%d steps of 40 px)\n",
                gridScroll.median, gridScroll.mean, gridSteps);
    std::printf("                 table median %7.2f ms  mean %7.2f ms  (%d steps)\n",
                plainScroll.median, plainScroll.mean, plainSteps);
    std::printf("                 ratio grid/table (median) %.2f\n",
                gridScroll.median / plainScroll.median);
    return 0;
}
