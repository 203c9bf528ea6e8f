// Benchmark (STYLE.md, "Tests"; not part of the test run): frame time of the map view with
// 10,000 markers against the same view with 100 markers, in one run, offscreen. The view renders
// into a QImage over tiles from an offline pack (no network), at three zooms, while panning (the
// markers' cells are cached per zoom, as when a person drags the map) and on the first frame at a
// zoom (cells built). Prints medians, means and the 10,000 / 100 ratio; the aim is ≤ 2×.
//
//     cmake -B build-bench -DCMAKE_BUILD_TYPE=Release -DRELEVE_BUILD_BENCH=ON && ninja bench_map
//     QT_QPA_PLATFORM=offscreen build-bench/tests/bench/map/bench_map [frames]
#include "tests/core/geo/faketileserver.h"
#include "tests/core/geo/mbtilesfixture.h"
#include "tests/gui/map/demomarkers.h"

#include "ui/map/mapview.h"

#include "core/geo/tilesource.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace releve;

namespace {

const QGeoCoordinate creuse(46.06, 1.99);
const QSize frameSize(1280, 800);
const int zooms[] = { 9, 11, 13 };

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

void setMarkers(ui::MapView &view, int count)
{
    // The mix of a département's map: most markers are staff, then requests, a few structures.
    const int structures = std::max(1, count / 50);
    const int requests = count * 3 / 10;
    const int staff = count - requests - structures;
    view.layers()->setMarkers(ui::MapLayer::Staff,
                              testing::scatteredMarkers(staff, QStringLiteral("staff"), 1));
    view.layers()->setMarkers(ui::MapLayer::Requests,
                              testing::scatteredMarkers(requests, QStringLiteral("request"), 2));
    view.layers()->setMarkers(
        ui::MapLayer::Structures,
        testing::scatteredMarkers(structures, QStringLiteral("structure"), 3));
}

double renderMs(ui::MapView &view, QImage &frame)
{
    QElapsedTimer timer;
    timer.start();
    view.render(&frame);
    return double(timer.nsecsElapsed()) / 1e6;
}

// Frames of the two views taken in turn, so that both meet the same load on the machine.
struct Pair
{
    Figures small;
    Figures large;
};

// Pans frame by frame around the centre: the visible markers are found again each frame.
Pair panning(ui::MapView &small, ui::MapView &large, QImage &frame, int zoom, int frames)
{
    QList<double> a;
    QList<double> b;
    for (ui::MapView *view : { &small, &large }) {
        view->setView(creuse, zoom);
        renderMs(*view, frame); // cells of this zoom built, symbols painted once
    }
    for (int i = 0; i < frames; ++i) {
        const QPointF step(2 * std::cos(i * 0.05), 1.5 * std::sin(i * 0.05));
        for (ui::MapView *view : { &small, &large })
            view->setCenter(view->coordinateAt(
                QPointF(frameSize.width() / 2.0, frameSize.height() / 2.0) + step));
        a.append(renderMs(small, frame));
        b.append(renderMs(large, frame));
    }
    return { summarise(a), summarise(b) };
}

// The first frame at a zoom after the markers changed: the cells of that zoom are built.
Pair firstFrames(ui::MapView &small, ui::MapView &large, QImage &frame, int zoom, int rounds)
{
    QList<double> a;
    QList<double> b;
    for (int i = 0; i < rounds; ++i) {
        setMarkers(small, 100);
        setMarkers(large, 10000);
        small.setView(creuse, zoom);
        large.setView(creuse, zoom);
        a.append(renderMs(small, frame));
        b.append(renderMs(large, frame));
    }
    return { summarise(a), summarise(b) };
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int frames = argc > 1 ? std::max(10, atoi(argv[1])) : 200;

    // An offline pack of map-like tiles for the three zooms around the Creuse.
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("creuse.mbtiles"));
    QList<std::pair<geo::TileId, QByteArray>> tiles;
    for (const int zoom : zooms) {
        const geo::TileId centre = geo::tileAt(creuse, zoom);
        for (int dy = -3; dy <= 3; ++dy)
            for (int dx = -4; dx <= 4; ++dx) {
                const geo::TileId id { zoom, centre.x + dx, centre.y + dy };
                tiles.append(
                    { id, testing::FakeTileServer::png(testing::FakeTileServer::mapTile(id)) });
            }
    }
    if (!testing::writeMbtiles(pack, { { QStringLiteral("format"), QStringLiteral("png") } },
                               tiles)) {
        std::fprintf(stderr, "cannot write the tile pack\n");
        return 1;
    }
    geo::TileSource source(nullptr);
    if (!source.addOfflinePack(pack)) {
        std::fprintf(stderr, "cannot open the tile pack\n");
        return 1;
    }

    ui::MapView small;
    ui::MapView large;
    for (ui::MapView *view : { &small, &large }) {
        view->resize(frameSize);
        view->setTileSource(&source);
        view->show(); // offscreen: a hidden map asks for no tiles
    }
    setMarkers(small, 100);
    setMarkers(large, 10000);
    ui::MapView &view = small;
    QImage frame(frameSize, QImage::Format_ARGB32_Premultiplied);
    // The tiles in view in memory before timing: the frames measure drawing, not the disk.
    for (const int zoom : zooms) {
        view.setView(creuse, zoom);
        const geo::TileId a = geo::tileAt(view.coordinateAt(QPointF(0, 0)), zoom);
        const geo::TileId b = geo::tileAt(
            view.coordinateAt(QPointF(frameSize.width() - 1, frameSize.height() - 1)), zoom);
        QElapsedTimer wait;
        wait.start();
        int missing = 1;
        while (missing > 0 && wait.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            missing = 0;
            for (int y = a.y; y <= b.y; ++y)
                for (int x = a.x; x <= b.x; ++x)
                    if (source.state({ zoom, x, y }) != geo::TileSource::TileState::Loaded)
                        ++missing;
        }
        if (missing > 0) {
            std::fprintf(stderr, "%d tiles of zoom %d did not load\n", missing, zoom);
            return 1;
        }
    }

    std::printf("Map frame time, %dx%d offscreen, %d frames per figure (ms: median / mean)\n",
                frameSize.width(), frameSize.height(), frames);
    std::printf("%-28s %18s %18s %8s\n", "", "100 markers", "10,000 markers", "ratio");
    bool withinAim = true;
    for (const int zoom : zooms) {
        const Pair pair = panning(small, large, frame, zoom, frames);
        const double ratio = pair.large.median / pair.small.median;
        withinAim = withinAim && ratio <= 2.0;
        std::printf("panning, zoom %-14d %8.3f / %7.3f %8.3f / %7.3f %7.2fx\n", zoom,
                    pair.small.median, pair.small.mean, pair.large.median, pair.large.mean, ratio);
    }
    for (const int zoom : zooms) {
        const Pair pair = firstFrames(small, large, frame, zoom, std::max(5, frames / 10));
        std::printf("first frame, zoom %-10d %8.3f / %7.3f %8.3f / %7.3f %7.2fx\n", zoom,
                    pair.small.median, pair.small.mean, pair.large.median, pair.large.mean,
                    pair.large.median / pair.small.median);
    }
    std::printf("aim (panning, 10,000 markers <= 2x 100 markers): %s\n",
                withinAim ? "met" : "NOT met");
    return 0;
}
