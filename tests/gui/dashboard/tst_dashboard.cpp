// The dashboard (ui/dashboard) on the demo territory with its six months of history
// (`releve-server seed-demo --history`) served by the real releve-server: an
// agency's figures checked against sums made here from the raw records of the cache, the month
// selector, CSV and PDF exports read back, and the territorial referent's view by département
// with the map of its structures. Screenshots go to docs/screenshots/ for the README.
#include "demoterritory.h"

#include "ui/common/filedialog.h"
#include "ui/common/workspace.h"
#include "ui/dashboard/barchart.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/map/maplayers.h"
#include "ui/map/mapview.h"

#include "core/domain/entity.h"
#include "core/domain/jsonreader.h"
#include "core/exchange/csv.h"
#include "core/reports/reporttable.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace releve;

using namespace releve::testing;

namespace {

void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = QStringLiteral(RELEVE_SOURCE_DIR) + u"/docs/screenshots"_s;
    QDir().mkpath(dir);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QVERIFY(widget->grab().save(dir + u'/' + name + u".png"_s));
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(u"pdftotext"_s, { u"-layout"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s });
    if (!process.waitForFinished(30000))
        return {};
    // NFKC: the PDF writes "fi" and "ff" as ligatures.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void agency_figuresMatchTheRecordsOfTheCache();
    void monthCombo_keyboardChangesThePeriod();
    void exportCsv_writesTheFiguresShown();
    void exportPdf_holdsFiguresAndCharts();
    void referent_departementWithStructuresAndMap();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    HistoryServer m_server;
    Client m_agency;
    Client m_referent;
    std::unique_ptr<ui::DashboardView> m_view;
    QDate m_lastMonth;
};

void TestDashboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"ReleveTests"_s);
    QCoreApplication::setApplicationName(u"tst_dashboard"_s);
    // The README is in English: English words, British dates.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.start());
    const auto coordinator = m_server.account(u"coord.bourganeuf"_s);
    const auto referent = m_server.account(u"referent.creuse"_s);
    QVERIFY(coordinator && referent);
    QVERIFY(m_agency.start(m_dir.filePath(u"agency.sqlite"_s), m_server.url, *coordinator));
    QVERIFY(m_referent.start(m_dir.filePath(u"referent.sqlite"_s), m_server.url, *referent));

    const QDate today = QDate::currentDate();
    m_lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_view = std::make_unique<ui::DashboardView>(m_agency.workspace.get());
    m_view->resize(1400, 900);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestDashboard::agency_figuresMatchTheRecordsOfTheCache()
{
    QVERIFY(!m_view->isReferentView());
    QCOMPARE(m_view->scopes(),
             QStringList({ u"structure:"_s + m_agency.workspace->structureId() }));
    m_view->setMonth(m_lastMonth);
    QCOMPARE(m_view->month(), m_lastMonth);
    const reports::Indicators shown = m_view->indicators();
    // A figure for people, not an assertion: one refresh (read the cache, compute the month and
    // the six months of the charts, fill the screen).
    QElapsedTimer timer;
    timer.start();
    m_view->refresh();
    qInfo("dashboard refresh: %lld ms for %lld requests, %lld contracts, %lld time stamps",
          timer.elapsed(), qint64(m_agency.store.records(domain::entity::request).size()),
          qint64(m_agency.store.records(domain::entity::contract).size()),
          qint64(m_agency.store.records(domain::entity::interventionRecord).size()));

    // The same sums, made here from the raw JSON of the cache.
    const QString own = m_agency.workspace->structureId();
    const QTimeZone paris("Europe/Paris");
    const auto inMonth = [&](const QJsonValue &instant) {
        const QDate d = domain::instantFromJson(instant.toString()).toTimeZone(paris).date();
        return d.year() == m_lastMonth.year() && d.month() == m_lastMonth.month();
    };
    qint64 borrowed = 0, lent = 0;
    for (const store::CachedRecord &c : m_agency.store.records(domain::entity::contract)) {
        for (const QJsonValue &i : c.data.value(u"interventions"_s).toArray()) {
            if (!inMonth(i[u"start"_s]))
                continue;
            const qint64 minutes = domain::instantFromJson(i[u"start"_s].toString())
                                       .secsTo(domain::instantFromJson(i[u"end"_s].toString()))
                / 60;
            if (c.data.value(u"user"_s)[u"structure_id"_s].toString() == own)
                borrowed += minutes;
            if (c.data.value(u"structure_id"_s).toString() == own)
                lent += minutes;
        }
    }
    int requests = 0, filled = 0, asked = 0;
    for (const store::CachedRecord &q : m_agency.store.records(domain::entity::request)) {
        if (q.data.value(u"structure_id"_s).toString() != own
            || !inMonth(q.data.value(u"interventions"_s).toArray().first()[u"start"_s]))
            continue;
        ++requests;
        const QString status = q.data.value(u"status"_s).toString();
        asked += status != u"draft"_s ? 1 : 0;
        filled += QStringList({ u"accepted"_s, u"contracted"_s, u"done"_s }).contains(status);
    }
    QVERIFY2(requests >= 4, "the demo's history gives every agency requests each month");
    QCOMPARE(shown.requestCount, requests);
    QCOMPARE(shown.requestsFilled, filled);
    QCOMPARE(shown.requestsAsked, asked);
    QCOMPARE(shown.minutesBorrowed, borrowed);
    QCOMPARE(shown.minutesLent, lent);
    QVERIFY(shown.correctionRate.all.has_value());
    QVERIFY(shown.effectivityRate.all.has_value() && *shown.effectivityRate.all > 0.5);

    // What the person reads is those figures.
    const QLocale locale;
    QCOMPARE(m_view->findChild<QLabel *>(u"fillRateValue"_s)->text(),
             reports::ReportTable::percent(shown.fillRate, locale));
    QCOMPARE(m_view->findChild<QLabel *>(u"hoursBorrowedValue"_s)->text(),
             reports::ReportTable::hours(borrowed, locale));
    auto *statusChart = m_view->findChild<ui::BarChart *>(u"statusChart"_s);
    double charted = 0;
    for (const double v : statusChart->series().first().values)
        charted += v;
    QCOMPARE(int(charted), requests);
    saveScreenshot(m_view.get(), u"dashboard"_s);
}

void TestDashboard::monthCombo_keyboardChangesThePeriod()
{
    auto *combo = m_view->findChild<QComboBox *>(u"monthCombo"_s);
    m_view->setMonth(m_lastMonth);
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(m_view->month(), m_lastMonth.addMonths(-1));
    const reports::Indicators earlier = m_view->indicators();
    const reports::Indicators expected
        = reports::computeIndicators(reports::ReportData::fromStore(m_agency.store),
                                     { m_agency.workspace->structureId() }, m_view->period());
    QCOMPARE(earlier.requestCount, expected.requestCount);
    QCOMPARE(earlier.minutesBorrowed, expected.minutesBorrowed);
    QVERIFY(
        m_view->findChild<QLabel *>(u"dashboardHeading"_s)->text().contains(combo->currentText()));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(m_view->month(), m_lastMonth);
}

void TestDashboard::exportCsv_writesTheFiguresShown()
{
    const QString path = m_dir.filePath(u"dashboard.csv"_s);
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"exportCsvButton"_s), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const exchange::CsvTable table = exchange::readCsv(bytes);
    QCOMPARE(table.rows.first().fields.first(), m_view->scopeName());
    QHash<QString, QString> values;
    for (const exchange::CsvRow &row : table.rows)
        values.insert(row.fields.value(0), row.fields.value(1));
    QCOMPARE(values.value(u"Fill rate"_s), m_view->findChild<QLabel *>(u"fillRateValue"_s)->text());
    QCOMPARE(values.value(u"Hours lent"_s),
             m_view->findChild<QLabel *>(u"hoursLentValue"_s)->text());
    QCOMPARE(values.value(u"Correction rate"_s),
             m_view->findChild<QLabel *>(u"correctionRateValue"_s)->text());
}

void TestDashboard::exportPdf_holdsFiguresAndCharts()
{
    const QString path = m_dir.filePath(u"dashboard.pdf"_s);
    ui::FileDialog::setNextFileName(path);
    QTest::mouseClick(m_view->findChild<QPushButton *>(u"exportPdfButton"_s), Qt::LeftButton);
    QVERIFY(QFileInfo(path).size() > 10000); // the charts are images
    const QString text = pdfText(path);
    QVERIFY2(text.contains(m_view->scopeName()), qPrintable(text.left(300)));
    QVERIFY2(text.contains(u"Median time to fill"_s), qPrintable(text));
    QVERIFY(text.contains(m_view->findChild<QLabel *>(u"fillRateValue"_s)->text()));
    QVERIFY(text.contains(u"CPOM"_s));
}

void TestDashboard::referent_departementWithStructuresAndMap()
{
    ui::DashboardView view(m_referent.workspace.get());
    view.resize(1400, 900);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isReferentView());
    QCOMPARE(view.scopes(), QStringList({ u"departement:23"_s }));
    view.setMonth(m_lastMonth);
    const reports::ReportData data = reports::ReportData::fromStore(m_referent.store);
    const QSet<QString> creuse = data.structuresOf(u"23"_s);
    auto *table = view.findChild<QTableWidget *>(u"structureTable"_s);
    QCOMPARE(table->rowCount(), int(creuse.size()));
    auto *map = view.findChild<ui::MapView *>(u"dashboardMap"_s);
    QVERIFY(map->isVisible());
    QCOMPARE(map->layers()->markers(ui::MapLayer::Structures).size(), creuse.size());
    // The département's requests are those of its agencies, as the agency's own view counts them.
    int agencyRequests = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        agencyRequests += table->item(r, 1)->text().toInt();
    QCOMPARE(view.indicators().requestCount, agencyRequests);
    QVERIFY(view.indicators().requestCount > m_view->indicators().requestCount);
    // The referent receives no worker identity: no per-beneficiary figure is made up.
    QVERIFY(!view.indicators().workersPerBeneficiary.all);
    QCOMPARE(view.findChild<QLabel *>(u"effectivityRateValue"_s)->text(), u"—"_s);
    saveScreenshot(&view, u"dashboard-referent"_s);
}

void TestDashboard::cleanupTestCase()
{
    m_view.reset();
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
