#include "barchart.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace releve::ui {

BarChart::BarChart(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void BarChart::setTitle(const QString &title)
{
    m_title = title;
    update();
}

void BarChart::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
    update();
}

void BarChart::setData(const QStringList &categories, const QList<Series> &series)
{
    m_categories = categories;
    m_series = series;
    update();
}

void BarChart::setValueFormatter(std::function<QString(double)> formatter)
{
    m_formatter = std::move(formatter);
    update();
}

void BarChart::setTargetBand(double low, double high, const QString &label)
{
    m_bandLow = low;
    m_bandHigh = high;
    m_bandLabel = label;
    update();
}

void BarChart::setMinimumMaximum(double maximum)
{
    m_minimumMaximum = maximum;
    update();
}

QString BarChart::format(double value) const
{
    return m_formatter ? m_formatter(value) : QLocale().toString(value, 'f', 0);
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    p.setPen(pal.mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const QFontMetrics fm(font());
    const int margin = 8;
    int top = margin;
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.text().color());
    p.drawText(QRect(margin, top, width() - 2 * margin, fm.height()), Qt::AlignLeft, m_title);
    p.setFont(font());
    top += fm.height() + 4;

    // Legend: the series (when more than one) and the target band.
    int legendX = margin;
    const auto legendItem = [&](const QColor &color, const QString &text, bool band) {
        const QRect swatch(legendX, top + (fm.height() - 10) / 2, 10, 10);
        if (band)
            p.fillRect(swatch, QColor(46, 160, 67, 60));
        else
            p.fillRect(swatch, color);
        legendX += 14;
        p.setPen(pal.text().color());
        p.drawText(QPoint(legendX, top + fm.ascent()), text);
        legendX += fm.horizontalAdvance(text) + 12;
    };
    if (m_series.size() > 1) {
        for (const Series &s : std::as_const(m_series))
            legendItem(s.color, s.name, false);
    }
    if (!m_bandLabel.isEmpty())
        legendItem({}, m_bandLabel, true);
    if (legendX > margin)
        top += fm.height() + 4;

    double maximum = std::max(m_minimumMaximum, m_bandHigh);
    bool any = false;
    for (const Series &s : std::as_const(m_series)) {
        for (const double v : s.values) {
            if (!std::isnan(v)) {
                maximum = std::max(maximum, v);
                any = true;
            }
        }
    }
    if (!any || m_categories.isEmpty()) {
        p.setPen(pal.placeholderText().color());
        p.drawText(QRect(0, top, width(), height() - top), Qt::AlignCenter, tr("No data"));
        return;
    }
    if (maximum <= 0)
        maximum = 1;
    const int seriesCount = int(m_series.size());

    if (m_horizontal) {
        int labelWidth = 0;
        for (const QString &c : std::as_const(m_categories))
            labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
        labelWidth = std::min(labelWidth + 6, width() / 2);
        const QRect plot(margin + labelWidth, top, width() - 2 * margin - labelWidth,
                         height() - top - margin);
        const double step = double(plot.height()) / m_categories.size();
        const double valueWidth = fm.horizontalAdvance(format(maximum)) + 6;
        const double scale = (plot.width() - valueWidth) / maximum;
        for (int i = 0; i < m_categories.size(); ++i) {
            const double y = plot.top() + i * step;
            p.setPen(pal.text().color());
            p.drawText(QRectF(margin, y, labelWidth - 6, step), Qt::AlignRight | Qt::AlignVCenter,
                       m_categories.at(i));
            const double barHeight = std::min(step * 0.7 / seriesCount, double(fm.height() + 6));
            for (int s = 0; s < seriesCount; ++s) {
                const double v = m_series.at(s).values.value(i, std::nan(""));
                if (std::isnan(v))
                    continue;
                const QRectF bar(plot.left(),
                                 y + (step - barHeight * seriesCount) / 2 + s * barHeight,
                                 std::max(v * scale, v > 0 ? 2.0 : 0.0), barHeight - 1);
                p.fillRect(bar, m_series.at(s).color);
                p.setPen(pal.text().color());
                p.drawText(QRectF(bar.right() + 4, bar.top(), valueWidth + 20, bar.height()),
                           Qt::AlignLeft | Qt::AlignVCenter, format(v));
            }
        }
        return;
    }

    const int labelHeight = fm.height() + 4;
    const QRect plot(margin, top + fm.height(), width() - 2 * margin,
                     height() - top - fm.height() - margin - labelHeight);
    const double scale = plot.height() / maximum;
    if (!m_bandLabel.isEmpty()) {
        const QRectF band(plot.left(), plot.bottom() - m_bandHigh * scale, plot.width(),
                          (m_bandHigh - m_bandLow) * scale);
        p.fillRect(band, QColor(46, 160, 67, 60));
    }
    p.setPen(pal.mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double step = double(plot.width()) / m_categories.size();
    const double barWidth = std::min(step * 0.75 / seriesCount, 48.0);
    for (int i = 0; i < m_categories.size(); ++i) {
        const double x = plot.left() + i * step;
        p.setPen(pal.text().color());
        p.drawText(QRectF(x, plot.bottom() + 2, step, labelHeight), Qt::AlignCenter,
                   fm.elidedText(m_categories.at(i), Qt::ElideRight, int(step)));
        const double groupLeft = x + (step - barWidth * seriesCount) / 2;
        for (int s = 0; s < seriesCount; ++s) {
            const double v = m_series.at(s).values.value(i, std::nan(""));
            if (std::isnan(v))
                continue;
            const double h = std::max(v * scale, v > 0 ? 2.0 : 0.0);
            const QRectF bar(groupLeft + s * barWidth, plot.bottom() - h, barWidth - 2, h);
            p.fillRect(bar, m_series.at(s).color);
            p.setPen(pal.text().color());
            p.drawText(
                QRectF(bar.left() - 20, bar.top() - fm.height(), bar.width() + 40, fm.height()),
                Qt::AlignHCenter | Qt::AlignBottom, format(v));
        }
    }
}

} // namespace releve::ui
