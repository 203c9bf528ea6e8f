#include "locationpicker.h"

#include "mapview.h"

#include "core/geo/geocoder.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace releve::ui {

namespace {

constexpr int typingPauseMs = 350; // a lookup per pause in typing, not per key
constexpr int coordinateRole = Qt::UserRole + 1;

} // namespace

LocationPicker::LocationPicker(geo::Geocoder *geocoder, geo::TileSource *tiles, QWidget *parent)
    : QWidget(parent)
    , m_geocoder(geocoder)
    , m_address(new QLineEdit(this))
    , m_matches(new QListWidget(this))
    , m_hint(new QLabel(this))
    , m_map(new MapView(this))
    , m_typing(new QTimer(this))
{
    m_address->setObjectName(QStringLiteral("locationAddress"));
    m_address->setPlaceholderText(tr("Address, e.g. 4 place du Champ de Foire, Bourganeuf"));
    m_address->setClearButtonEnabled(true);
    m_matches->setObjectName(QStringLiteral("locationMatches"));
    m_matches->setMaximumHeight(110);
    m_matches->hide();
    m_hint->setObjectName(QStringLiteral("locationHint"));
    m_hint->setWordWrap(true);
    m_hint->setText(tr("Type the address, or click the map to put the pin by hand."));
    m_map->setObjectName(QStringLiteral("locationMap"));
    m_map->setTileSource(tiles);
    m_map->setPinEditable(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_address);
    layout->addWidget(m_matches);
    layout->addWidget(m_hint);
    layout->addWidget(m_map, 1);

    m_typing->setSingleShot(true);
    m_typing->setInterval(typingPauseMs);
    connect(m_typing, &QTimer::timeout, this, &LocationPicker::search);
    connect(m_address, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_address, &QLineEdit::returnPressed, this, &LocationPicker::search);
    connect(m_matches, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { chooseMatch(m_matches->row(item)); });
    connect(m_matches, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { chooseMatch(m_matches->row(item)); });
    connect(m_map, &MapView::pinMoved, this, &LocationPicker::pinMoved);
}

void LocationPicker::setLocation(const QString &address, const QGeoCoordinate &coordinate)
{
    m_address->setText(address);
    m_map->setPin(coordinate);
    if (coordinate.isValid())
        m_map->setView(coordinate, std::max(m_map->zoom(), 14));
}

QString LocationPicker::address() const
{
    return m_address->text().trimmed();
}

QGeoCoordinate LocationPicker::coordinate() const
{
    return m_map->pin();
}

void LocationPicker::search()
{
    m_typing->stop();
    if (!m_geocoder) {
        m_hint->setText(tr("No address server is set: click the map to put the pin."));
        return;
    }
    if (m_searching)
        m_searching->disconnect(this); // a newer text wins
    geo::GeocodeJob *job = m_geocoder->search(address(), 5, m_near);
    m_searching = job;
    connect(job, &geo::GeocodeJob::finished, this, [this, job] {
        showMatches(job);
        job->deleteLater();
    });
}

void LocationPicker::showMatches(geo::GeocodeJob *job)
{
    m_matches->clear();
    if (job->error() != geo::GeocodeJob::Error::None) {
        m_matches->hide();
        m_hint->setText(job->errorString());
        return;
    }
    if (job->matches().isEmpty()) {
        m_matches->hide();
        m_hint->setText(tr("No address found. Check the spelling, or click the map to put the "
                           "pin by hand."));
        return;
    }
    for (const geo::AddressMatch &match : job->matches()) {
        auto *item = new QListWidgetItem(match.label, m_matches);
        item->setData(coordinateRole, QVariant::fromValue(match.coordinate));
    }
    m_matches->show();
    m_hint->setText(job->fromCache()
                        ? tr("Choose the address (found earlier, shown without network).")
                        : tr("Choose the address, then move the pin if the place is not exact."));
}

void LocationPicker::chooseMatch(int row)
{
    QListWidgetItem *item = m_matches->item(row);
    // Styles that activate on a single click send both signals: the first one chooses.
    if (!item || m_matches->isHidden())
        return;
    const QGeoCoordinate coordinate = item->data(coordinateRole).value<QGeoCoordinate>();
    m_address->setText(item->text());
    m_matches->hide();
    m_map->setPin(coordinate);
    m_map->setView(coordinate, std::max(m_map->zoom(), 15));
    m_hint->setText(tr("Move the pin if the place is not exact."));
    Q_EMIT locationChanged(address(), coordinate);
}

void LocationPicker::pinMoved(const QGeoCoordinate &coordinate)
{
    // The place is what the person put; the nearest address is only a suggestion.
    Q_EMIT locationChanged(address(), coordinate);
    if (!m_geocoder)
        return;
    if (m_reversing)
        m_reversing->disconnect(this);
    geo::GeocodeJob *job = m_geocoder->reverse(coordinate);
    m_reversing = job;
    connect(job, &geo::GeocodeJob::finished, this, [this, job] {
        showNearest(job);
        job->deleteLater();
    });
}

void LocationPicker::showNearest(geo::GeocodeJob *job)
{
    if (job->error() != geo::GeocodeJob::Error::None || job->matches().isEmpty()) {
        m_hint->setText(tr("Pin placed by hand."));
        return;
    }
    m_hint->setText(
        tr("Pin placed by hand. Nearest address: %1").arg(job->matches().first().label));
}

} // namespace releve::ui
