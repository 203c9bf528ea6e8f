#include "printeddocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QImage>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>

namespace releve::contracts {

namespace {
// The layout resolution: CSS pixels, so that lengths in the templates mean what they mean in a
// browser whatever the printer's resolution; print() scales to the device.
constexpr int layoutDpi = 96;

QString metaContent(const QString &html, const QString &name)
{
    const QRegularExpression meta(u"<meta\\s+name=\"" + QRegularExpression::escape(name)
                                  + u"\"\\s+content=\"([^\"]*)\"\\s*/?>");
    const QRegularExpressionMatch m = meta.match(html);
    if (!m.hasMatch())
        return {};
    // The attribute holds escaped text: unescape the entities toHtmlEscaped() writes.
    QString text = m.captured(1);
    text.replace(u"&quot;"_qs, u"\""_qs)
        .replace(u"&lt;"_qs, u"<"_qs)
        .replace(u"&gt;"_qs, u">"_qs)
        .replace(u"&amp;"_qs, u"&"_qs);
    return text;
}

QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(layoutDpi / 0.0254);
        image.setDotsPerMeterX(dotsPerMeter);
        image.setDotsPerMeterY(dotsPerMeter);
        return image;
    }();
    return &device;
}
} // namespace

std::unique_ptr<QTextDocument> PrintedDocument::fromHtml(const QString &html)
{
    if (html.isEmpty())
        return {};
    auto document = std::make_unique<QTextDocument>();
    document->setHtml(html);
    document->setProperty(headerProperty, document->metaInformation(QTextDocument::DocumentTitle));
    document->setProperty(footerProperty, metaContent(html, u"releve-page-footer"_qs));
    return document;
}

bool PrintedDocument::print(const QTextDocument &document, QPagedPaintDevice *device)
{
    if (!device)
        return false;
    QPainter painter;
    if (!painter.begin(device))
        return false;

    // Lay out in CSS pixels, then scale to the device, page by page.
    std::unique_ptr<QTextDocument> doc(document.clone());
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setUseDesignMetrics(true);
    // No ligatures ("ﬀ", "ﬁ"): the PDF's text must read back and search as typed.
    QFont defaultFont = doc->defaultFont();
    defaultFont.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(defaultFont);
    const qreal scale = qreal(device->logicalDpiY()) / layoutDpi;
    const QSizeF page(device->width() / scale, device->height() / scale);
    const qreal band = 0.9 / 2.54 * layoutDpi; // 9 mm for the header, as much for the footer
    const QSizeF body(page.width(), page.height() - 2 * band);
    doc->setPageSize(body);
    const int pages = doc->pageCount();

    const QString header = document.property(headerProperty).toString();
    const QString footer = document.property(footerProperty).toString();
    // Pixel sizes are in layout units (CSS pixels) that the painter's scale maps to the device;
    // a point size would be resolved for the device and then scaled a second time.
    QFont font = doc->defaultFont();
    font.setPixelSize(10); // 7.5 pt
    painter.scale(scale, scale);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage())
            return false;
        painter.setFont(font);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        const QRectF headerRect(0, 0, page.width(), band * 0.6);
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignBottom, header);
        painter.drawLine(QLineF(0, band * 0.7, page.width(), band * 0.7));
        QString pageText = footer.isEmpty() ? u"{{page}}/{{pages}}"_qs : footer;
        pageText.replace(u"{{page}}"_qs, QString::number(i + 1))
            .replace(u"{{pages}}"_qs, QString::number(pages));
        painter.drawLine(
            QLineF(0, page.height() - band * 0.7, page.width(), page.height() - band * 0.7));
        painter.drawText(QRectF(0, page.height() - band * 0.6, page.width(), band * 0.6),
                         Qt::AlignHCenter | Qt::AlignTop, pageText);

        painter.save();
        painter.translate(0, band - i * body.height());
        doc->drawContents(&painter, QRectF(QPointF(0, i * body.height()), body));
        painter.restore();
    }
    return painter.end();
}

domain::Result<QByteArray> PrintedDocument::toPdf(const QTextDocument &document)
{
    const QString title = document.property(headerProperty).toString();
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(u"Relève "_qs + QStringLiteral(RELEVE_VERSION));
        if (!print(document, &writer)) {
            return domain::Error { u"pdf_failed"_qs,
                                   {},
                                   QCoreApplication::translate(
                                       "releve::contracts",
                                       "The PDF of \"%1\" could not be drawn; nothing was "
                                       "written. Try again, or print to a printer.")
                                       .arg(title) };
        }
    }
    return pdf;
}

domain::Result<QString> PrintedDocument::write(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return domain::Error { u"write_failed"_qs, u"path"_qs,
                               QCoreApplication::translate(
                                   "releve::contracts",
                                   "The document could not be saved to %1 (%2); any earlier file "
                                   "there is unchanged. Choose another folder or free some space.")
                                   .arg(path, file.errorString()) };
    }
    return documentHash(bytes);
}

QString PrintedDocument::documentHash(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace releve::contracts
