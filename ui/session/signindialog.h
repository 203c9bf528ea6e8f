// Asks for the server address, login and password, and signs in through the core Session.
// The address and the login are remembered in QSettings; the password never is.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace releve::domain {
struct Error;
}
namespace releve::sync {
class Session;
}

namespace releve::ui {

class ErrorLabel;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(sync::Session *session, QWidget *parent = nullptr);

    // Shown above the form, e.g. "Your session has expired".
    void setMessage(const QString &message);
    void setServer(const QString &address);
    void setLogin(const QString &login);

    void accept() override;

private:
    void setBusy(bool busy);
    void failed(const domain::Error &error);

    sync::Session *m_session;
    QLabel *m_message;
    QLineEdit *m_server;
    QLineEdit *m_login;
    QLineEdit *m_password;
    ErrorLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace releve::ui
