#include "desktopnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace releve::ui {

namespace {
DesktopNotifier::Sink &sink()
{
    static DesktopNotifier::Sink instance;
    return instance;
}
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{ }

DesktopNotifier::~DesktopNotifier() = default;

void DesktopNotifier::setSink(Sink newSink)
{
    sink() = std::move(newSink);
}

bool DesktopNotifier::notify(const QString &title, const QString &text)
{
    emit notified(title, text);
    if (sink()) {
        sink()(title, text);
        return true;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return false;
    if (!m_tray) {
        QIcon icon = QApplication::windowIcon();
        if (icon.isNull())
            icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray = new QSystemTrayIcon(icon, this);
        m_tray->setToolTip(tr("Relève"));
        m_tray->show();
    }
    m_tray->showMessage(title, text, QSystemTrayIcon::Warning, 15000);
    return true;
}

} // namespace releve::ui
