// Desktop notifications (an urgent request another agency posted): a message from the system
// tray when the desktop has one. Tests and desktops without a tray go through a sink instead, so
// that nothing is lost silently and a test can read what would have been shown.
#pragma once

#include <QObject>

#include <functional>

class QSystemTrayIcon;

namespace releve::ui {

class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const QString &title, const QString &text)>;

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // Shows the message; false when neither a sink nor a system tray could show it.
    bool notify(const QString &title, const QString &text);

    // Every notification goes to this sink instead of the tray (tests); an empty sink restores
    // the tray.
    static void setSink(Sink sink);

signals:
    void notified(const QString &title, const QString &text);

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace releve::ui
