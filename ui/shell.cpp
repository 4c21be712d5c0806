#include "ui/shell.h"

#include "app/clientsession.h"
#include "app/services/accountservice.h"
#include "app/sync/syncengine.h"
#include "ui/errortext.h"
#include "ui/mainwindow.h"
#include "ui/signindialog.h"
#include "ui/skin.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QTimer>

namespace kj::ui {

Shell::Shell(kj::app::Profile &profile, kj::app::AccountService &accounts, SessionFactory sessions,
             QUrl serverOverride, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_accounts(accounts)
    , m_sessions(std::move(sessions))
    , m_serverOverride(std::move(serverOverride))
    // Window geometry belongs to the profile like everything else, not to a per-user global file.
    , m_settings(QDir(profile.directory()).filePath(QStringLiteral("kongjian-gui.ini")), QSettings::IniFormat)
{
    // Opened on signedIn rather than on the dialog's accepted(): the main window is up before the dialog
    // closes, so there is no moment without a window (which would quit the application).
    connect(&m_accounts, &kj::app::AccountService::signedIn, this, [this](const kj::app::Account &account) {
        if (m_dialog)
            openSession(account);
    });
}

Shell::~Shell()
{
    // The window's models read the session's store: the window goes first.
    m_window.reset();
    m_session.reset();
}

SignInDialog *Shell::signInDialog() const
{
    return m_dialog.data();
}

void Shell::start()
{
    const auto account = m_accounts.currentAccount();
    // --server names another server than the saved session's: sign in there (as kongjian-cli asks to).
    const bool otherServer = account && m_serverOverride.isValid() && m_serverOverride != account->server;
    if (account && !otherServer)
        openSession(*account);
    else
        showSignIn();
}

void Shell::showSignIn()
{
    if (m_dialog)
        return;
    const auto remembered = m_profile.account();
    const QUrl server = m_serverOverride.isValid() ? m_serverOverride
                        : remembered                ? remembered->server
                                                    : m_profile.server();
    m_dialog = new SignInDialog(m_accounts, server, remembered ? remembered->user.username : QString());
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->show();
}

void Shell::openSession(const kj::app::Account &account)
{
    auto session = m_sessions(account);
    if (!session) {
        QMessageBox::critical(nullptr, tr("Kongjian"),
                              tr("Your space could not be opened.\n\n%1").arg(errorText(session.error())));
        showSignIn();
        return;
    }
    m_window.reset();
    m_session = std::move(*session);
    m_window = std::make_unique<MainWindow>(*m_session, m_settings);
    // The sign-out has to wait until the window's own signal has returned.
    connect(m_window.get(), &MainWindow::signOutRequested, this, &Shell::signOut, Qt::QueuedConnection);
    // The server refused the token: forget it, keep the window (local data stays readable) until the user
    // chooses "Sign in again".
    connect(m_session.get(), &kj::app::ClientSession::signedOut, &m_accounts, &kj::app::AccountService::markSignedOut);
    m_window->show();
    m_session->sync().start();
}

void Shell::signOut()
{
    if (!m_window)
        return;
    // The dialog first, so closing the window is not the last window closing (which quits). It waits until
    // the sign-out is done, or a quick new sign-in could have its token forgotten by the old one's end.
    showSignIn();
    m_dialog->setEnabled(false);
    m_window->close();
    m_window.reset();
    m_session.reset();
    // The window wore the account's own skin; the sign-in dialog goes back to the classic one.
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        applySkin(*app);
    m_accounts.signOut([dialog = m_dialog](const kj::Status &) {
        if (dialog)
            dialog->setEnabled(true);
    });
}

} // namespace kj::ui
