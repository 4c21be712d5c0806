#include "app/account/profile.h"
#include "app/services/accountservice.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"
#include "ui/signindialog.h"
#include "ui/translations.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using kj::ui::SignInDialog;

// The sign-in and registration dialog against the real server in this process.
class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<QTemporaryDir> m_profileDir;
    std::unique_ptr<kj::app::Profile> m_profile;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<kj::app::AccountService> m_accounts;
    std::unique_ptr<SignInDialog> m_dialog;

    template<typename T>
    T *child(const char *name) const
    {
        return m_dialog->findChild<T *>(QString::fromLatin1(name));
    }
    void fill(const QString &server, const QString &username, const QString &password, const QString &displayName = {})
    {
        child<QLineEdit>("serverField")->setText(server);
        child<QLineEdit>("usernameField")->setText(username);
        child<QLineEdit>("passwordField")->setText(password);
        child<QLineEdit>("displayNameField")->setText(displayName);
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
        m_profileDir = std::make_unique<QTemporaryDir>();
        m_profile = std::make_unique<kj::app::Profile>(m_profileDir->path());
        m_network = std::make_unique<QNetworkAccessManager>();
        m_accounts = std::make_unique<kj::app::AccountService>(*m_profile, *m_network);
        m_dialog = std::make_unique<SignInDialog>(*m_accounts, QUrl(m_server->baseUrl()), QString());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        m_dialog.reset();
        m_accounts.reset();
        m_network.reset();
        m_profile.reset();
        m_profileDir.reset();
        m_server.reset();
    }

    void passwordIsHiddenAndDefaultsAreSensible()
    {
        QCOMPARE(child<QLineEdit>("passwordField")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>("serverField")->text(), m_server->baseUrl());
        QVERIFY(!child<QLineEdit>("displayNameField")->isVisible()); // only when registering
        QVERIFY(!child<QLineEdit>("passwordField")->accessibleName().isEmpty());
        SignInDialog fresh(*m_accounts, kj::app::Profile::kDefaultServer, QString());
        QCOMPARE(fresh.findChild<QLineEdit *>(QStringLiteral("serverField"))->text(), QStringLiteral("http://127.0.0.1:8080"));
    }

    void validationSaysWhatIsWrong()
    {
        fill(m_server->baseUrl(), QString(), QStringLiteral("secret"));
        m_dialog->submit();
        QCOMPARE(m_dialog->errorShown(), QStringLiteral("Please enter your username."));
        QVERIFY(!m_dialog->isBusy());

        fill(m_server->baseUrl(), QStringLiteral("No Spaces"), QStringLiteral("secret"));
        m_dialog->submit();
        QVERIFY(m_dialog->errorShown().startsWith(QStringLiteral("A username has 3 to 32 characters")));

        fill(QStringLiteral("ftp://example.org"), QStringLiteral("alice"), QStringLiteral("secret"));
        QVERIFY(m_dialog->validationError().startsWith(QStringLiteral("The server address is not valid.")));

        m_dialog->setMode(SignInDialog::Mode::Register);
        QVERIFY(child<QLineEdit>("displayNameField")->isVisible());
        fill(m_server->baseUrl(), QStringLiteral("alice"), QStringLiteral("short"), QStringLiteral("Alice"));
        m_dialog->submit();
        QCOMPARE(m_dialog->errorShown(), QStringLiteral("Choose a password of at least 8 characters."));
        fill(m_server->baseUrl(), QStringLiteral("alice"), QStringLiteral("long enough"), QStringLiteral("  "));
        QVERIFY(m_dialog->validationError().startsWith(QStringLiteral("Please enter a display name")));
    }

    void warnsBeforeAPasswordTravelsInClear()
    {
        const auto warningShown = [this] { return child<QLabel>("warning")->isVisible(); };
        fill(QStringLiteral("http://example.org:8080"), QStringLiteral("alice"), QStringLiteral("secret words"));
        QVERIFY(warningShown());
        QVERIFY(child<QCheckBox>("allowClearTextBox")->isVisible());
        QVERIFY(m_dialog->validationError().startsWith(QStringLiteral("Confirm that your password may be sent unencrypted")));
        child<QCheckBox>("allowClearTextBox")->setChecked(true);
        QCOMPARE(m_dialog->validationError(), QString());

        fill(QStringLiteral("https://example.org"), QStringLiteral("alice"), QStringLiteral("secret words"));
        QVERIFY(!warningShown());
        fill(QStringLiteral("http://127.0.0.1:9"), QStringLiteral("alice"), QStringLiteral("secret words"));
        QVERIFY(!warningShown());
        fill(QStringLiteral("http://localhost:9"), QStringLiteral("alice"), QStringLiteral("secret words"));
        QVERIFY(!warningShown());
    }

    void registersAndSignsIn()
    {
        m_dialog->setMode(SignInDialog::Mode::Register);
        fill(m_server->baseUrl(), QStringLiteral("alice"), QStringLiteral("a long password"), QStringLiteral("Alice"));
        auto *submit = child<QPushButton>("submitButton");
        QCOMPARE(submit->text(), QStringLiteral("Create account"));
        submit->click();
        QVERIFY(m_dialog->isBusy());
        QVERIFY(!submit->isEnabled());
        QVERIFY(!child<QLineEdit>("passwordField")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20000);
        const auto account = m_accounts->currentAccount();
        QVERIFY(account);
        QCOMPARE(account->user.username, QStringLiteral("alice"));
        QCOMPARE(account->server, QUrl(m_server->baseUrl()));
    }

    void wrongPasswordIsShownInWords()
    {
        JsonClient client(m_server->baseUrl());
        QVERIFY(!client.signUp(QStringLiteral("bob")).isEmpty());
        fill(m_server->baseUrl(), QStringLiteral("bob"), QStringLiteral("not his password"));
        m_dialog->submit();
        QVERIFY(m_dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 20000);
        QCOMPARE(m_dialog->errorShown(), QStringLiteral("The username or password is wrong."));
        QVERIFY(m_dialog->isVisible());
        QVERIFY(!m_accounts->currentAccount());

        fill(m_server->baseUrl(), QStringLiteral("bob"), JsonClient::passwordFor(QStringLiteral("bob")));
        m_dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 20000);
    }

    void unreachableServerIsSaidPlainly()
    {
        m_server->stop();
        fill(m_server->baseUrl(), QStringLiteral("carol"), QStringLiteral("whatever it is"));
        m_dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isBusy(), 30000);
        QVERIFY2(m_dialog->errorShown().startsWith(QStringLiteral("The server could not be reached.")),
                 qPrintable(m_dialog->errorShown()));
        QCOMPARE(child<QPushButton>("submitButton")->text(), QStringLiteral("Sign in"));
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
