#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/services/accountservice.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"
#include "ui/diariespage.h"
#include "ui/diaryeditor.h"
#include "ui/mainwindow.h"
#include "ui/shell.h"
#include "ui/signindialog.h"
#include "ui/translations.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using kj::ui::Shell;

// The client's course: sign in, the main window, sign out, and a saved session opening at once.
class TestShell : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<kj::app::Profile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<kj::app::AccountService> m_accounts;

    std::unique_ptr<Shell> makeShell(const QUrl &serverOverride = {})
    {
        return std::make_unique<Shell>(
            *m_profile, *m_accounts,
            [this](const kj::app::Account &account) { return kj::app::ClientSession::open(*m_profile, account, *m_network); },
            serverOverride);
    }

    void signInThroughTheDialog(Shell &shell)
    {
        kj::ui::SignInDialog *dialog = shell.signInDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->findChild<QLineEdit *>(QStringLiteral("serverField"))->setText(m_server->baseUrl());
        dialog->findChild<QLineEdit *>(QStringLiteral("usernameField"))->setText(QStringLiteral("zhangsan"));
        dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))->setText(JsonClient::passwordFor(QStringLiteral("zhangsan")));
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(shell.mainWindow() != nullptr, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start().ok());
        JsonClient client(m_server->baseUrl());
        const QString token = client.signUp(QStringLiteral("zhangsan"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(client.put(QStringLiteral("/api/v1/diaries/6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b"),
                            JsonClient::diaryWrite(QStringLiteral("Written on the web"), QStringLiteral("text"),
                                                   QStringLiteral("private")),
                            token)
                     .status,
                 201);
        m_profileDir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<kj::app::Profile>(m_profileDir->path());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_accounts = std::make_unique<kj::app::AccountService>(*m_profile, *m_network);
    }

    void cleanup()
    {
        m_accounts.reset();
        m_network.reset();
        m_profile.reset();
        m_profileDir.reset();
        m_server.reset();
    }

    void signInOpensTheSpaceAndSignOutComesBack()
    {
        auto shell = makeShell();
        shell->start();
        QVERIFY(!shell->mainWindow());
        signInThroughTheDialog(*shell);
        QVERIFY(shell->mainWindow()->isVisible());
        QTRY_VERIFY(!shell->signInDialog()); // closed and gone
        // The session syncs by itself: the diary written elsewhere arrives.
        QListView *list = shell->mainWindow()->diariesPage()->list();
        QTRY_COMPARE_WITH_TIMEOUT(list->model()->rowCount(), 1, 20000);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Written on the web"));
        // Nothing was being written, so the first diary that arrived is open.
        QCOMPARE(shell->mainWindow()->diariesPage()->editor()->title(), QStringLiteral("Written on the web"));

        shell->mainWindow()->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QTRY_VERIFY(!shell->mainWindow());
        QVERIFY(shell->signInDialog());
        QVERIFY(shell->signInDialog()->isVisible());
        QCOMPARE(shell->signInDialog()->findChild<QLineEdit *>(QStringLiteral("usernameField"))->text(),
                 QStringLiteral("zhangsan"));
        QTRY_VERIFY(shell->signInDialog()->isEnabled()); // once the sign-out is through
        QVERIFY(!m_accounts->currentAccount());
        // Signing out keeps the account's local data: signing in again shows it before any sync.
        signInThroughTheDialog(*shell);
        QVERIFY(shell->mainWindow()->diariesPage()->list()->model()->rowCount() >= 1);
    }

    void aSavedSessionOpensAtOnce()
    {
        {
            auto first = makeShell();
            first->start();
            signInThroughTheDialog(*first);
        }
        QVERIFY(m_accounts->currentAccount());
        auto shell = makeShell();
        shell->start();
        QVERIFY(shell->mainWindow());
        QVERIFY(!shell->signInDialog());
        QCOMPARE(shell->session()->account().user.username, QStringLiteral("zhangsan"));

        // Asked for another server than the saved session's: sign in there.
        auto elsewhere = makeShell(QUrl(QStringLiteral("http://127.0.0.1:9")));
        elsewhere->start();
        QVERIFY(!elsewhere->mainWindow());
        QVERIFY(elsewhere->signInDialog());
        QCOMPARE(elsewhere->signInDialog()->findChild<QLineEdit *>(QStringLiteral("serverField"))->text(),
                 QStringLiteral("http://127.0.0.1:9"));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
