#include "signindialog.h"

#include "ui/common/errorlabel.h"
#include "ui/common/labels.h"

#include "core/sync/session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace releve::ui {

SignInDialog::SignInDialog(sync::Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_message(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_login(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign in to Relève"));
    setMinimumWidth(440);

    auto *title = new QLabel(tr("Sign in to your territory's Relève server"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    title->setFont(titleFont);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    m_server->setObjectName(u"signInServerEdit"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(tr("https://releve.example.fr"));
    m_login->setObjectName(u"signInLoginEdit"_s);
    m_login->setAccessibleName(tr("Login"));
    m_password->setObjectName(u"signInPasswordEdit"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(u"signInError"_s);
    m_buttons->setObjectName(u"signInButtons"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"signInButton"_s);

    const QSettings settings;
    m_server->setText(settings.value(sync::Session::settingsServerKey()).toString());
    m_login->setText(settings.value(sync::Session::settingsLoginKey()).toString());

    auto *form = new QFormLayout;
    form->addRow(tr("Server address"), m_server);
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Password"), m_password);
    auto *note = new QLabel(tr("Your agency's administrator gives you these. The password is "
                               "never stored on this computer."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(note);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_session, &sync::Session::signedIn, this, [this] {
        if (!m_busy)
            return;
        setBusy(false);
        QSettings settings;
        settings.setValue(sync::Session::settingsServerKey(), m_server->text().trimmed());
        settings.setValue(sync::Session::settingsLoginKey(), m_login->text().trimmed());
        m_password->clear();
        QDialog::accept();
    });
    connect(m_session, &sync::Session::signInFailed, this, &SignInDialog::failed);

    if (m_server->text().isEmpty())
        m_server->setFocus();
    else if (m_login->text().isEmpty())
        m_login->setFocus();
    else
        m_password->setFocus();
}

void SignInDialog::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void SignInDialog::setServer(const QString &address)
{
    m_server->setText(address);
}

void SignInDialog::setLogin(const QString &login)
{
    m_login->setText(login);
    m_password->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setText(busy ? tr("Signing in…") : tr("Sign in"));
}

void SignInDialog::failed(const domain::Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    m_error->showError(error.code == u"network"_s
                           ? tr("The server cannot be reached at this address. Check the "
                                "address and your connection.")
                           : Labels::error(error));
    m_password->selectAll();
    m_password->setFocus();
}

void SignInDialog::accept()
{
    if (m_busy)
        return;
    m_error->clearError();
    const QString address = m_server->text().trimmed();
    const QUrl server = QUrl::fromUserInput(address);
    if (address.isEmpty() || !server.isValid()
        || (server.scheme() != u"http"_s && server.scheme() != u"https"_s)) {
        m_error->showError(tr("Enter the server address, for example "
                              "https://releve.example.fr."));
        m_server->setFocus();
        return;
    }
    if (m_login->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error->showError(tr("Enter your login and your password."));
        (m_login->text().trimmed().isEmpty() ? m_login : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_session->signIn(server, m_login->text().trimmed(), m_password->text());
}

} // namespace releve::ui
