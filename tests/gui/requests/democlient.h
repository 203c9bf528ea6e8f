// What the GUI suites of the coordinator's desk share: a signed-in client core against the real
// releve-server (started by app/DemoServer: seed-demo, then serve on a loopback port), a main
// window put together as the application does, a look at what the server stored (a fresh client
// of the same account pulls it), and the checks every screen gets: an accessible name on each
// control, and screenshots saved for the README under docs/screenshots/.
#pragma once

#include "app/demoserver.h"

#include "ui/common/workspace.h"
#include "ui/mainwindow.h"

#include "core/domain/entity.h"
#include "core/store/localstore.h"
#include "core/sync/apiclient.h"
#include "core/sync/session.h"
#include "core/sync/syncengine.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#include <memory>

namespace releve::testing {

// One client as the application puts it together: cache, API, session with tokens kept in
// memory, and sync engine (driven by hand, so the test decides when data moves).
struct DemoClient
{
    QNetworkAccessManager network;
    sync::ApiClient api { &network };
    sync::Session session { &api, sync::Session::TokenStorage::MemoryOnly };
    store::LocalStore store;
    std::unique_ptr<sync::SyncEngine> engine;
    app::DemoServer::Account account;

    bool start(const QString &cachePath, const QUrl &server, const app::DemoServer::Account &who)
    {
        account = who;
        store.open(cachePath);
        if (!store.isOpen())
            return false;
        QSignalSpy signedIn(&session, &sync::Session::signedIn);
        QSignalSpy failed(&session, &sync::Session::signInFailed);
        session.signIn(server, who.login, who.password);
        if (!QTest::qWaitFor([&] { return !signedIn.isEmpty() || !failed.isEmpty(); }, 30000)
            || signedIn.isEmpty()) {
            qWarning() << "sign-in failed for" << who.login;
            return false;
        }
        engine = std::make_unique<sync::SyncEngine>(&store, &api);
        return sync();
    }

    // One full cycle (push then pull), waited for; one more if the first left work behind.
    bool sync()
    {
        for (int round = 0; round < 3; ++round) {
            if (engine->isRunning()
                && !QTest::qWaitFor([&] { return !engine->isRunning(); }, 30000))
                return false;
            QSignalSpy finished(engine.get(), &sync::SyncEngine::syncFinished);
            engine->syncNow();
            if (!QTest::qWaitFor([&] { return !finished.isEmpty() && !engine->isRunning(); },
                                 30000))
                return false;
            if (!finished.last().at(0).toBool())
                return false;
            if (store.pendingCount() == 0)
                return true;
        }
        return store.pendingCount() == 0;
    }
};

// The main window of a signed-in client, as app/client.cpp builds it.
struct DemoWindow
{
    DemoClient client;
    std::unique_ptr<ui::Workspace> workspace;
    std::unique_ptr<ui::MainWindow> window;

    bool open(const QString &cachePath, const QUrl &server, const app::DemoServer::Account &who)
    {
        if (!client.start(cachePath, server, who))
            return false;
        workspace
            = std::make_unique<ui::Workspace>(&client.store, &client.api, client.engine.get());
        workspace->setSession(&client.session);
        workspace->setAccount(who.login, who.structureId);
        window = std::make_unique<ui::MainWindow>(workspace.get());
        window->resize(1400, 860);
        window->show();
        return QTest::qWaitForWindowExposed(window.get());
    }
};

inline std::optional<app::DemoServer::Account> demoAccount(const app::DemoServer &server,
                                                           const QString &login)
{
    for (const auto &account : server.accounts()) {
        if (account.login == login)
            return account;
    }
    return std::nullopt;
}

// The record as the server stores it for this account: a fresh client of the same account
// pulls everything into a new cache and reads it there.
inline std::optional<store::CachedRecord> serverRecord(const QUrl &server,
                                                       const app::DemoServer::Account &who,
                                                       const QString &entity, const QString &id)
{
    QTemporaryDir dir;
    DemoClient fresh;
    if (!fresh.start(dir.filePath(QStringLiteral("fresh.sqlite")), server, who))
        return std::nullopt;
    return fresh.store.record(entity, id);
}

// GET a route of the API as this account (the audit log…); an empty object when it fails.
inline QJsonObject apiGet(const QUrl &server, const app::DemoServer::Account &who,
                          const QString &path, const QList<std::pair<QString, QString>> &query)
{
    QNetworkAccessManager network;
    sync::ApiClient api(&network);
    sync::Session session(&api, sync::Session::TokenStorage::MemoryOnly);
    QSignalSpy signedIn(&session, &sync::Session::signedIn);
    session.signIn(server, who.login, who.password);
    if (!QTest::qWaitFor([&] { return !signedIn.isEmpty(); }, 30000))
        return {};
    sync::ApiReply *reply = api.get(path, query);
    // The reply deletes itself once finished() is delivered: read it there.
    bool done = false;
    QJsonObject answer;
    QObject::connect(reply, &sync::ApiReply::finished, reply, [&] {
        done = true;
        if (reply->ok())
            answer = reply->json();
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {};
    return answer;
}

// Types text as key presses, accents included (QTest::keyClicks takes Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Saved where the README shows them.
inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString folder = QStringLiteral(RELEVE_SOURCE_DIR "/docs/screenshots");
    QDir().mkpath(folder);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    return widget->grab().save(folder + u'/' + name + QStringLiteral(".png"));
}

// Every control a person can reach with the keyboard (or that is an editor, a button, a list)
// must have an accessible name, its own text (buttons) or a label whose buddy it is. Returns
// the ones that have none, as "class objectName (parent)". Internal parts of composite widgets
// (a spin box's line edit, a view's scroll bars and header) are the composite's.
inline QStringList controlsWithoutAccessibleName(QWidget *top)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : top->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            buddies.insert(label->buddy());
    }
    const auto isPartOfComposite = [](const QWidget *widget) {
        for (const QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
                || qobject_cast<const QAbstractItemView *>(p) || qobject_cast<const QTabBar *>(p))
                return true;
        }
        return false;
    };
    QStringList missing;
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top) || !widget->isEnabled() || isPartOfComposite(widget))
            continue;
        if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
            continue;
        const bool control = qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
            || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QTextEdit *>(widget)
            || qobject_cast<QTabBar *>(widget)
            || (widget->focusPolicy() & Qt::TabFocus && !qobject_cast<QLabel *>(widget)
                && widget->metaObject()->className() != QByteArrayLiteral("QWidget")
                && !widget->inherits("QAbstractScrollArea") && !widget->inherits("QDialog"));
        if (!control)
            continue;
        if (!widget->accessibleName().isEmpty() || buddies.contains(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget);
            button && !button->text().remove(u'&').trimmed().isEmpty())
            continue;
        missing.append(
            QStringLiteral("%1 %2 (in %3)")
                .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                     widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
    }
    return missing;
}

// Every text a person can read in the window: labels, buttons, editors, tabs, the title, and
// every cell (display and tool tip) of every model shown.
inline QString visibleText(QWidget *top)
{
    QStringList texts { top->windowTitle() };
    for (QWidget *widget : top->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(top))
            continue;
        texts.append(widget->toolTip());
        texts.append(widget->accessibleName());
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts.append(button->text());
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts.append(edit->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts.append(tabs->tabText(i));
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    texts.append(index.data(Qt::DisplayRole).toString());
                    texts.append(index.data(Qt::ToolTipRole).toString());
                }
            }
        }
    }
    return texts.join(u'\n');
}

} // namespace releve::testing
