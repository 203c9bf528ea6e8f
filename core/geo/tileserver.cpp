#include "tileserver.h"

namespace releve::geo {

namespace {

QString resolve(QString text, const TileId &id, int scale)
{
    text.replace(QLatin1String("{z}"), QString::number(id.z));
    text.replace(QLatin1String("{x}"), QString::number(id.x));
    text.replace(QLatin1String("{y}"), QString::number(id.y));
    text.replace(QLatin1String("{r}"), scale > 1 ? QStringLiteral("@2x") : QString());
    return text;
}

} // namespace

bool TileServer::isValid() const
{
    if (!urlTemplate.contains(QLatin1String("{z}")) || !urlTemplate.contains(QLatin1String("{x}"))
        || !urlTemplate.contains(QLatin1String("{y}")))
        return false;
    const QUrl url(resolve(urlTemplate, { 0, 0, 0 }, 1));
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == u"https" || url.scheme() == u"http");
}

bool TileServer::hasHighDpiTiles() const
{
    return urlTemplate.contains(QLatin1String("{r}"));
}

QUrl TileServer::tileUrl(const TileId &id, int scale) const
{
    return QUrl(resolve(urlTemplate, id, scale));
}

QString TileServer::cacheKey(int scale) const
{
    QString key = urlTemplate;
    key.replace(QLatin1String("{r}"),
                scale > 1 && hasHighDpiTiles() ? QStringLiteral("@2x") : QString());
    return key;
}

TileServer TileServer::openStreetMap()
{
    TileServer server;
    server.urlTemplate = QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    server.attribution = QStringLiteral("© OpenStreetMap contributors");
    server.attributionUrl = QUrl(QStringLiteral("https://www.openstreetmap.org/copyright"));
    server.minZoom = 0;
    server.maxZoom = 19;
    return server;
}

QByteArray mapUserAgent(const QString &contact)
{
    QByteArray agent = QByteArrayLiteral("Releve/" RELEVE_VERSION);
    if (!contact.trimmed().isEmpty())
        agent += " (+" + contact.trimmed().toUtf8() + ')';
    return agent;
}

} // namespace releve::geo
