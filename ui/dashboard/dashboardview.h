// The dashboard: the figures of core/reports for a month, for the signed-in agency or, for a
// territorial referent, for each département it follows with the map of its structures; charts
// where a person would rather look than read, the full table, and export to CSV and PDF.
#pragma once

#include "core/reports/indicators.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTimer;

namespace releve::geo {
class TileSource;
}

namespace releve::ui {

class BarChart;
class MapView;
class Workspace;

class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace *workspace, QWidget *parent = nullptr);

    // The month shown (any day of it); the current month at first.
    void setMonth(const QDate &month);
    QDate month() const;
    // "structure:<id>" for an agency, "departement:<code>" for a département.
    QString scope() const;
    void setScope(const QString &scope);
    QStringList scopes() const;
    bool isReferentView() const { return m_referent; }

    reports::Indicators indicators() const { return m_indicators; }
    reports::ReportPeriod period() const;
    QString scopeName() const;

    // The clock the dashboard reads (tests set it): "today" and the effectivity cut-off.
    void setNow(const QDateTime &now);
    // The referent's map draws on the main window's tile source (none: plain background).
    void setTileSource(geo::TileSource *source);

    // Writes the figures of the month; false (with a message box) when the file cannot be
    // written.
    bool exportCsv(const QString &path);
    bool exportPdf(const QString &path);

public Q_SLOTS:
    void refresh();
    void exportCsvInteractive(); // asks for a file name
    void exportPdfInteractive();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildScopes();
    void fillMonths();
    void retranslate();
    QSet<QString> scopeStructures() const;
    QString pdfHtml(QList<std::pair<QString, QImage>> &images) const;

    Workspace *m_workspace;
    QDateTime m_now;
    bool m_referent = false;
    QStringList m_departements; // followed by a referent
    reports::ReportData m_data;
    reports::Indicators m_indicators;

    QLabel *m_heading;
    QComboBox *m_scopeCombo;
    QComboBox *m_monthCombo;
    QPushButton *m_csvButton;
    QPushButton *m_pdfButton;
    QList<std::pair<QLabel *, QLabel *>> m_figures; // caption, value
    BarChart *m_statusChart;
    BarChart *m_hoursChart;
    BarChart *m_correctionChart;
    QTableWidget *m_table;
    QTableWidget *m_structureTable;
    MapView *m_map;
    QWidget *m_referentPane;
    QTimer *m_refreshTimer; // gathers the changes of a sync into one refresh
};

} // namespace releve::ui
