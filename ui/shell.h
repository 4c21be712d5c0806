#pragma once

#include "app/account/profile.h"
#include "models/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QSettings>
#include <QUrl>
#include <functional>
#include <memory>

namespace kj::app {
class AccountService;
class ClientSession;
} // namespace kj::app

namespace kj::ui {

class MainWindow;
class SignInDialog;

//! The desktop client's course from start to quit: the main window at once when the profile holds a
//! session, otherwise the sign-in dialog first; back to it on sign-out. Owns the signed-in account's
//! ClientSession (made by the factory main() passes in) and the window that shows it.
class Shell : public QObject
{
    Q_OBJECT

public:
    using SessionFactory = std::function<kj::Result<std::unique_ptr<kj::app::ClientSession>>(const kj::app::Account &)>;

    //! `serverOverride` (from --server / KONGJIAN_SERVER) is offered in the sign-in dialog when valid.
    Shell(kj::app::Profile &profile, kj::app::AccountService &accounts, SessionFactory sessions,
          QUrl serverOverride = {}, QObject *parent = nullptr);
    ~Shell() override;

    //! Shows the main window when the profile holds a session (on the server asked for, if one was), or
    //! the sign-in dialog.
    void start();

    [[nodiscard]] MainWindow *mainWindow() const { return m_window.get(); }
    [[nodiscard]] SignInDialog *signInDialog() const;
    [[nodiscard]] kj::app::ClientSession *session() const { return m_session.get(); }

private:
    void showSignIn();
    void openSession(const kj::app::Account &account);
    void signOut();

    kj::app::Profile &m_profile;
    kj::app::AccountService &m_accounts;
    SessionFactory m_sessions;
    QUrl m_serverOverride;
    QSettings m_settings;
    std::unique_ptr<kj::app::ClientSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QPointer<SignInDialog> m_dialog;
};

} // namespace kj::ui
