#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTabBar;

namespace kj::app {
class AccountService;
}

namespace kj::ui {

//! Signing in to a Kongjian server, or creating an account there: server address, username, password
//! (and a display name when registering). Checks what it can before sending, warns before a password
//! would cross the network unencrypted, shows the server's refusal in words, and stays busy while waiting.
//! Accepted once the AccountService has signed in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { SignIn, Register };
    Q_ENUM(Mode)

    SignInDialog(kj::app::AccountService &accounts, const QUrl &server, const QString &username,
                 QWidget *parent = nullptr);

    [[nodiscard]] Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    //! The problem with what is typed now, in words; empty when it can be sent.
    [[nodiscard]] QString validationError() const;
    //! The error shown now (from validation or from the server).
    [[nodiscard]] QString errorShown() const;

public Q_SLOTS:
    //! Validates and sends; the dialog is accepted when the server agreed.
    void submit();

private:
    void updateState();
    void setBusy(bool busy);
    void showError(const QString &text);
    [[nodiscard]] QUrl serverUrl() const;

    kj::app::AccountService &m_accounts;
    Mode m_mode = Mode::SignIn;
    bool m_busy = false;
    QTabBar *m_tabs = nullptr;
    QLineEdit *m_server = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_displayName = nullptr;
    QLabel *m_displayNameLabel = nullptr;
    QLabel *m_clearTextWarning = nullptr;
    QCheckBox *m_allowClearText = nullptr;
    QLabel *m_error = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_submit = nullptr;
};

} // namespace kj::ui
