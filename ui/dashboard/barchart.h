// ui/dashboard: the dashboard screen (dashboardview.h) and its charts. This header: a small bar
// chart drawn with QPainter (Qt Charts is not packaged with Debian 12's Qt 6.4): categories
// along one axis, one bar per series in each category, the value written on each bar, and an
// optional target band (the CPOM's 2–5 % correction rate).
#pragma once

#include <QColor>
#include <QWidget>

#include <functional>

namespace releve::ui {

class BarChart : public QWidget
{
    Q_OBJECT

public:
    struct Series
    {
        QString name;
        QColor color;
        QList<double> values; // one per category; NaN: no data (no bar)
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    // Horizontal bars (categories down the left side) read better for long category names.
    void setHorizontal(bool horizontal);
    void setData(const QStringList &categories, const QList<Series> &series);
    QStringList categories() const { return m_categories; }
    QList<Series> series() const { return m_series; }
    void setValueFormatter(std::function<QString(double)> formatter);
    // A shaded band between two values, with its label in the legend.
    void setTargetBand(double low, double high, const QString &label);
    void setMinimumMaximum(double maximum); // the axis shows at least up to this value

    QSize sizeHint() const override { return { 360, 220 }; }
    QSize minimumSizeHint() const override { return { 220, 160 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString format(double value) const;

    QString m_title;
    bool m_horizontal = false;
    QStringList m_categories;
    QList<Series> m_series;
    std::function<QString(double)> m_formatter;
    double m_bandLow = 0;
    double m_bandHigh = 0;
    QString m_bandLabel;
    double m_minimumMaximum = 0;
};

} // namespace releve::ui
