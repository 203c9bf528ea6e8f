#include "dashboardview.h"

#include "barchart.h"

#include "ui/common/filedialog.h"
#include "ui/common/messagebox.h"
#include "ui/common/workspace.h"
#include "ui/map/maplayers.h"
#include "ui/map/mapview.h"
#include "ui/map/recordmarkers.h"

#include "core/domain/entity.h"
#include "core/domain/vocabulary.h"
#include "core/reports/reporttable.h"

#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFrame>
#include <QGeoRectangle>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace releve::ui {

namespace {

const QColor lentColor(33, 102, 172);
const QColor borrowedColor(230, 126, 34);
const QColor statusColor(52, 120, 146);
const QColor correctionColor(142, 68, 173);

enum Figure {
    FillRate,
    MedianTime,
    HoursLent,
    HoursBorrowed,
    Effectivity,
    Correction,
    FigureCount
};

const char *const figureNames[FigureCount]
    = { "fillRate",      "medianTimeToFill", "hoursLent",
        "hoursBorrowed", "effectivityRate",  "correctionRate" };

QTableWidgetItem *item(const QString &text, bool number = false)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return cell;
}

} // namespace

DashboardView::DashboardView(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_now(QDateTime::currentDateTimeUtc())
    , m_heading(new QLabel(this))
    , m_scopeCombo(new QComboBox(this))
    , m_monthCombo(new QComboBox(this))
    , m_csvButton(new QPushButton(this))
    , m_pdfButton(new QPushButton(this))
    , m_statusChart(new BarChart(this))
    , m_hoursChart(new BarChart(this))
    , m_correctionChart(new BarChart(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_structureTable(new QTableWidget(0, 5, this))
    , m_map(new MapView(this))
    , m_referentPane(new QWidget(this))
    , m_refreshTimer(new QTimer(this))
{
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardView::refresh);
    setObjectName(u"dashboardView"_s);
    m_heading->setObjectName(u"dashboardHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_scopeCombo->setObjectName(u"scopeCombo"_s);
    m_monthCombo->setObjectName(u"monthCombo"_s);
    m_csvButton->setObjectName(u"exportCsvButton"_s);
    m_pdfButton->setObjectName(u"exportPdfButton"_s);
    m_statusChart->setObjectName(u"statusChart"_s);
    m_statusChart->setHorizontal(true);
    m_hoursChart->setObjectName(u"hoursChart"_s);
    m_correctionChart->setObjectName(u"correctionChart"_s);
    m_correctionChart->setMinimumMaximum(6);
    m_table->setObjectName(u"indicatorTable"_s);
    m_structureTable->setObjectName(u"structureTable"_s);
    m_map->setObjectName(u"dashboardMap"_s);
    for (QTableWidget *table : { m_table, m_structureTable }) {
        table->verticalHeader()->hide();
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setAlternatingRowColors(true);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    }

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_scopeCombo);
    top->addWidget(m_monthCombo);
    top->addWidget(m_csvButton);
    top->addWidget(m_pdfButton);

    auto *figures = new QHBoxLayout;
    for (int f = 0; f < FigureCount; ++f) {
        auto *card = new QFrame(this);
        card->setObjectName(u"figure_"_s + QLatin1String(figureNames[f]));
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::Base);
        auto *caption = new QLabel(card);
        auto *value = new QLabel(card);
        value->setObjectName(QLatin1String(figureNames[f]) + u"Value"_s);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.8);
        big.setBold(true);
        value->setFont(big);
        caption->setWordWrap(true);
        auto *cardLayout = new QVBoxLayout(card);
        cardLayout->addWidget(caption);
        cardLayout->addWidget(value);
        figures->addWidget(card, 1);
        m_figures.append(std::make_pair(caption, value));
    }

    auto *charts = new QHBoxLayout;
    charts->addWidget(m_statusChart, 1);
    charts->addWidget(m_hoursChart, 1);
    charts->addWidget(m_correctionChart, 1);

    auto *referentLayout = new QVBoxLayout(m_referentPane);
    referentLayout->setContentsMargins(0, 0, 0, 0);
    referentLayout->addWidget(m_structureTable, 1);
    referentLayout->addWidget(m_map, 2);
    m_map->setMinimumHeight(200);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_table, 1);
    bottom->addWidget(m_referentPane, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(figures);
    layout->addLayout(charts, 2);
    layout->addLayout(bottom, 3);

    fillMonths();
    buildScopes();
    retranslate();

    connect(m_monthCombo, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_scopeCombo, &QComboBox::currentIndexChanged, this, &DashboardView::refresh);
    connect(m_csvButton, &QPushButton::clicked, this, &DashboardView::exportCsvInteractive);
    connect(m_pdfButton, &QPushButton::clicked, this, &DashboardView::exportPdfInteractive);
    connect(m_workspace->store(), &store::LocalStore::recordsChanged, this,
            [this](const QString &entity) {
                if (entity == domain::entity::account || entity == domain::entity::structure)
                    buildScopes();
                if (entity != domain::entity::availability && entity != domain::entity::staff)
                    m_refreshTimer->start();
            });
    connect(m_workspace, &Workspace::structureChanged, this, [this] {
        buildScopes();
        refresh();
    });
    refresh();
}

void DashboardView::setNow(const QDateTime &now)
{
    m_now = now;
    fillMonths();
    refresh();
}

void DashboardView::setTileSource(geo::TileSource *source)
{
    m_map->setTileSource(source);
}

void DashboardView::fillMonths()
{
    const QSignalBlocker blocker(m_monthCombo);
    const QDate current = m_monthCombo->currentData().toDate();
    m_monthCombo->clear();
    const QDate today = m_workspace->timeZone().isValid()
        ? m_now.toTimeZone(m_workspace->timeZone()).date()
        : m_now.date();
    const QDate thisMonth(today.year(), today.month(), 1);
    // Two years back (the CPOM compares a year with the one before), and the next two months.
    for (int back = 24; back >= -2; --back) {
        const QDate month = thisMonth.addMonths(-back);
        QString name = reports::ReportTable::monthName(month, locale());
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_monthCombo->addItem(name, month);
    }
    const int index = m_monthCombo->findData(current.isValid() ? current : thisMonth);
    m_monthCombo->setCurrentIndex(index >= 0 ? index : m_monthCombo->findData(thisMonth));
}

void DashboardView::buildScopes()
{
    const QSignalBlocker blocker(m_scopeCombo);
    const QString current = m_scopeCombo->currentData().toString();
    m_scopeCombo->clear();
    m_referent = false;
    m_departements.clear();
    const auto accounts = m_workspace->store()->recordsWhere(domain::entity::account, u"login"_s,
                                                             m_workspace->login());
    for (const store::CachedRecord &account : accounts) {
        if (account.data.value(u"role"_s).toString() == u"referent") {
            m_referent = true;
            for (const QJsonValue &d : account.data.value(u"departements"_s).toArray())
                m_departements.append(d.toString());
        }
    }
    if (m_referent) {
        m_departements.sort();
        for (const QString &d : std::as_const(m_departements))
            m_scopeCombo->addItem(tr("Département %1").arg(d), QString(u"departement:"_s + d));
    } else if (!m_workspace->structureId().isEmpty()) {
        m_scopeCombo->addItem(m_workspace->structureName(m_workspace->structureId()),
                              QString(u"structure:"_s + m_workspace->structureId()));
    }
    const int index = m_scopeCombo->findData(current);
    m_scopeCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_scopeCombo->setVisible(m_scopeCombo->count() > 1);
    m_referentPane->setVisible(m_referent);
}

QStringList DashboardView::scopes() const
{
    QStringList out;
    for (int i = 0; i < m_scopeCombo->count(); ++i)
        out.append(m_scopeCombo->itemData(i).toString());
    return out;
}

QString DashboardView::scope() const
{
    return m_scopeCombo->currentData().toString();
}

void DashboardView::setScope(const QString &scope)
{
    const int index = m_scopeCombo->findData(scope);
    if (index >= 0)
        m_scopeCombo->setCurrentIndex(index);
}

QString DashboardView::scopeName() const
{
    return m_scopeCombo->currentText();
}

void DashboardView::setMonth(const QDate &month)
{
    const int index = m_monthCombo->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_monthCombo->setCurrentIndex(index);
}

QDate DashboardView::month() const
{
    return m_monthCombo->currentData().toDate();
}

reports::ReportPeriod DashboardView::period() const
{
    reports::ReportPeriod period;
    period.month = month();
    period.zone = m_workspace->timeZone();
    period.asOf = m_now;
    return period;
}

QSet<QString> DashboardView::scopeStructures() const
{
    const QString s = scope();
    if (s.startsWith(u"departement:"))
        return m_data.structuresOf(s.mid(12));
    if (s.startsWith(u"structure:"))
        return { s.mid(10) };
    return {};
}

void DashboardView::refresh()
{
    if (!m_monthCombo->currentData().isValid())
        return;
    m_data = reports::ReportData::fromStore(*m_workspace->store());
    const QSet<QString> structures = scopeStructures();
    const reports::ReportPeriod p = period();
    m_indicators = reports::computeIndicators(m_data, structures, p);
    const reports::Indicators &in = m_indicators;
    const QLocale loc = locale();
    using reports::ReportTable;

    m_heading->setText(tr("%1 — %2").arg(scopeName(), m_monthCombo->currentText()));
    m_figures[FillRate].second->setText(ReportTable::percent(in.fillRate, loc));
    m_figures[FillRate].second->setToolTip(
        tr("%1 filled of %2 published").arg(in.requestsFilled).arg(in.requestsAsked));
    m_figures[MedianTime].second->setText(ReportTable::duration(in.medianMinutesToFill, loc));
    m_figures[HoursLent].second->setText(ReportTable::hours(in.minutesLent, loc));
    m_figures[HoursBorrowed].second->setText(ReportTable::hours(in.minutesBorrowed, loc));
    m_figures[Effectivity].second->setText(ReportTable::percent(in.effectivityRate.all, loc));
    QLabel *correction = m_figures[Correction].second;
    correction->setText(ReportTable::percent(in.correctionRate.all, loc));
    QPalette pal = palette();
    if (in.correctionRate.all) {
        const int where = reports::compareToCorrectionTarget(*in.correctionRate.all);
        // Within the CPOM's 2–5 % target: green; outside it: orange (too few corrections may hide
        // unrecorded changes, too many say the time stamping is not used as it should).
        const QColor colour = where == 0 ? QColor(30, 130, 60) : QColor(200, 90, 0);
        pal.setColor(QPalette::WindowText, colour);
        pal.setColor(QPalette::Text, colour);
        correction->setToolTip(where == 0 ? tr("Within the CPOM's 2 % to 5 % target")
                                          : tr("Outside the CPOM's 2 % to 5 % target"));
    }
    correction->setPalette(pal);

    // Requests by status.
    QStringList statuses;
    QList<double> counts;
    for (const QString &status : domain::vocabulary::requestStatuses) {
        statuses.append(ReportTable::requestStatus(status));
        counts.append(in.requestsByStatus.value(status));
    }
    m_statusChart->setData(statuses, { { tr("Requests"), statusColor, counts } });
    m_statusChart->setValueFormatter([loc](double v) -> QString { return loc.toString(int(v)); });

    // The last six months: hours, and the correction rate against its target.
    const QList<reports::Indicators> series = reports::monthlySeries(m_data, structures, p, 6);
    QStringList months;
    QList<double> lent, borrowed, corrections;
    for (int i = 0; i < series.size(); ++i) {
        const QDate m = p.firstDay().addMonths(i - int(series.size()) + 1);
        months.append(loc.toString(m, u"MMM yy"_s));
        lent.append(series.at(i).minutesLent / 60.0);
        borrowed.append(series.at(i).minutesBorrowed / 60.0);
        const auto rate = series.at(i).correctionRate.all;
        corrections.append(rate ? *rate * 100.0 : std::nan(""));
    }
    m_hoursChart->setData(
        months, { { tr("Lent"), lentColor, lent }, { tr("Borrowed"), borrowedColor, borrowed } });
    m_hoursChart->setValueFormatter([loc](double v) -> QString { return loc.toString(v, 'f', 0); });
    m_correctionChart->setData(months, { { tr("Correction rate"), correctionColor, corrections } });
    m_correctionChart->setValueFormatter(
        [loc](double v) -> QString { return loc.toString(v, 'f', 1) + u" %"_s; });

    const QList<reports::ReportRow> rows = ReportTable::rows(in, loc);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_table->setItem(r, 0, item(rows.at(r).indicator));
        m_table->setItem(r, 1, item(rows.at(r).value, true));
        m_table->setItem(r, 2, item(rows.at(r).basis));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(1);

    if (m_referent) {
        QList<domain::Structure> inScope;
        for (const domain::Structure &s : std::as_const(m_data.structures)) {
            if (structures.contains(s.id))
                inScope.append(s);
        }
        std::sort(inScope.begin(), inScope.end(),
                  [](const auto &a, const auto &b) { return a.name < b.name; });
        m_structureTable->setRowCount(int(inScope.size()));
        QList<MapMarker> markers;
        QGeoRectangle area;
        for (int r = 0; r < inScope.size(); ++r) {
            const domain::Structure &s = inScope.at(r);
            const reports::Indicators one = reports::computeIndicators(m_data, { s.id }, p);
            m_structureTable->setItem(r, 0, item(s.name));
            m_structureTable->setItem(r, 1, item(loc.toString(one.requestCount), true));
            m_structureTable->setItem(r, 2, item(ReportTable::percent(one.fillRate, loc), true));
            m_structureTable->setItem(r, 3, item(ReportTable::hours(one.minutesLent, loc), true));
            m_structureTable->setItem(r, 4,
                                      item(ReportTable::hours(one.minutesBorrowed, loc), true));
            if (s.location.isValid()) {
                MapMarker marker = RecordMarkers::structureMarker(s.toJson(), false);
                marker.detail = tr("%1 requests, fill rate %2")
                                    .arg(one.requestCount)
                                    .arg(ReportTable::percent(one.fillRate, loc));
                markers.append(marker);
                area = area.isValid()
                    ? area.united(QGeoRectangle(s.location.coordinate(), s.location.coordinate()))
                    : QGeoRectangle(s.location.coordinate(), s.location.coordinate());
            }
        }
        m_structureTable->horizontalHeader()->setStretchLastSection(false);
        m_structureTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        for (int c = 1; c < m_structureTable->columnCount(); ++c)
            m_structureTable->horizontalHeader()->setSectionResizeMode(
                c, QHeaderView::ResizeToContents);
        m_map->layers()->setMarkers(MapLayer::Structures, markers);
        if (area.isValid())
            m_map->showArea(area);
    }
}

void DashboardView::retranslate()
{
    static const char *const captions[FigureCount]
        = { QT_TR_NOOP("Fill rate"),        QT_TR_NOOP("Median time to fill"),
            QT_TR_NOOP("Hours lent"),       QT_TR_NOOP("Hours borrowed"),
            QT_TR_NOOP("Effectivity rate"), QT_TR_NOOP("Correction rate (target 2–5 %)") };
    for (int f = 0; f < FigureCount; ++f)
        m_figures[f].first->setText(tr(captions[f]));
    m_scopeCombo->setToolTip(tr("Structures counted"));
    m_monthCombo->setToolTip(tr("Month"));
    m_csvButton->setText(tr("Export CSV…"));
    m_pdfButton->setText(tr("Export PDF…"));
    m_statusChart->setTitle(tr("Requests by status"));
    m_hoursChart->setTitle(tr("Hours lent and borrowed, last six months"));
    m_correctionChart->setTitle(tr("Correction rate of time stamps, %"));
    m_correctionChart->setTargetBand(2, 5, tr("CPOM target 2–5 %"));
    m_table->setHorizontalHeaderLabels({ tr("Indicator"), tr("Value"), tr("Basis") });
    m_structureTable->setHorizontalHeaderLabels(
        { tr("Structure"), tr("Requests"), tr("Fill rate"), tr("Lent"), tr("Borrowed") });
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QWidget::changeEvent(event);
}

bool DashboardView::exportCsv(const QString &path)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(reports::ReportTable::toCsv(
            scopeName(), period(), reports::ReportTable::rows(m_indicators, locale()), locale()));
        if (file.commit())
            return true;
    }
    MessageBox::warning(this, tr("Export"),
                        tr("The file %1 could not be written: %2. Nothing else was changed; "
                           "choose another folder.")
                            .arg(path, file.errorString()));
    return false;
}

QString DashboardView::pdfHtml(QList<std::pair<QString, QImage>> &images) const
{
    const auto escape = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString html = u"<html><body style=\"font-family: sans-serif;\">"_s;
    html += u"<h2>"_s + escape(tr("Relève — dashboard")) + u"</h2>"_s;
    html += u"<p><b>"_s + escape(m_heading->text()) + u"</b><br/>"_s
        + escape(tr("Computed on %1 from the records of this workstation's cache.")
                     .arg(locale().toString(m_now.toTimeZone(m_workspace->timeZone()),
                                            QLocale::ShortFormat)))
        + u"</p><table cellspacing=\"0\" cellpadding=\"4\" border=\"1\"><tr>"_s;
    for (const auto &[caption, value] : m_figures)
        html += u"<td>"_s + escape(caption->text()) + u"<br/><b>"_s + escape(value->text())
            + u"</b></td>"_s;
    html += u"</tr></table><p>"_s;
    int n = 0;
    for (BarChart *chart : { m_statusChart, m_hoursChart, m_correctionChart }) {
        const QString name = u"chart%1.png"_s.arg(n++);
        const QSize size(420, 240);
        QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(2);
        image.fill(Qt::white);
        const QSize old = chart->size();
        chart->resize(size);
        chart->render(&image);
        chart->resize(old);
        images.append({ name, image });
        html += u"<img src=\""_s + name + u"\" width=\"300\"/> "_s;
    }
    html += u"</p><table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" width=\"100%\">"_s;
    html += u"<tr><th>"_s + escape(tr("Indicator")) + u"</th><th>"_s + escape(tr("Value"))
        + u"</th><th>"_s + escape(tr("Basis")) + u"</th></tr>"_s;
    for (const reports::ReportRow &row : reports::ReportTable::rows(m_indicators, locale()))
        html += u"<tr><td>"_s + escape(row.indicator) + u"</td><td align=\"right\">"_s
            + escape(row.value) + u"</td><td>"_s + escape(row.basis) + u"</td></tr>"_s;
    html += u"</table>"_s;
    if (m_referent && m_structureTable->rowCount() > 0) {
        html += u"<h3>"_s + escape(tr("Structures"))
            + u"</h3><table cellspacing=\"0\" "
              "cellpadding=\"3\" border=\"1\"><tr>"_s;
        for (int c = 0; c < m_structureTable->columnCount(); ++c)
            html += u"<th>"_s + escape(m_structureTable->horizontalHeaderItem(c)->text())
                + u"</th>"_s;
        html += u"</tr>"_s;
        for (int r = 0; r < m_structureTable->rowCount(); ++r) {
            html += u"<tr>"_s;
            for (int c = 0; c < m_structureTable->columnCount(); ++c)
                html += u"<td>"_s + escape(m_structureTable->item(r, c)->text()) + u"</td>"_s;
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"<p><small>"_s
        + escape(tr("Indicators of the CPOM (ANNEXE II, items 47 to 53) computed on the "
                    "replacements the platform knows: weekdays are Monday to Saturday except "
                    "public holidays (Code du travail L3133-1)."))
        + u"</small></p></body></html>"_s;
    return html;
}

bool DashboardView::exportPdf(const QString &path)
{
    QList<std::pair<QString, QImage>> images;
    QTextDocument document;
    const QString html = pdfHtml(images);
    for (const auto &[name, image] : std::as_const(images))
        document.addResource(QTextDocument::ImageResource, QUrl(name), image);
    document.setHtml(html);
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);
        writer.setTitle(m_heading->text());
        writer.setCreator(u"Relève"_s);
        document.print(&writer);
    }
    QFile written(path);
    if (written.exists() && written.size() > 0)
        return true;
    MessageBox::warning(this, tr("Export"),
                        tr("The file %1 could not be written. Nothing else was changed; choose "
                           "another folder.")
                            .arg(path));
    return false;
}

void DashboardView::exportCsvInteractive()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export the dashboard"),
        tr("dashboard-%1.csv").arg(month().toString(u"yyyy-MM"_s)), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

void DashboardView::exportPdfInteractive()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export the dashboard"),
        tr("dashboard-%1.pdf").arg(month().toString(u"yyyy-MM"_s)), tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(path);
}

} // namespace releve::ui
