#include "app/services/visitorsservice.h"
#include "models/social/visitorlistmodel.h"
#include "tests/support/jsonclient.h"
#include "tests/ui/social/socialfixture.h"
#include "ui/mainwindow.h"
#include "ui/social/socialarea.h"
#include "ui/social/visitorspage.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kj::ui::MainWindow;
using Role = kj::models::VisitorListModel::Role;

// The Visitors page over the real server: a friend who opened my space is listed; "Open space" asks for
// theirs; with the server away the page says so and keeps the last list.
class TestVisitorsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SocialFixture> m_fixture;

    kj::ui::VisitorsPage *page() const { return m_fixture->social()->visitorsPage(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_fixture = std::make_unique<SocialFixture>();
        QVERIFY(m_fixture->start());
        QVERIFY(m_fixture->openWindow());
    }

    void cleanup() { m_fixture.reset(); }

    void aFriendWhoOpenedMySpaceIsListed()
    {
        kj::models::VisitorListModel &model = page()->model();
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, page());
        m_fixture->window()->showPage(MainWindow::Page::Visitors);
        kj::app::VisitorsService &service = m_fixture->social()->visitors();
        QTRY_VERIFY_WITH_TIMEOUT(service.fetchedAt().isValid() && !service.isLoading(), 10000);
        QCOMPARE(model.rowCount(), 0);

        QCOMPARE(m_fixture->client()
                     .post(QStringLiteral("/api/v1/users/%1/visits").arg(SocialFixture::kMe), {}, m_fixture->token(SocialFixture::kFriend))
                     .status,
                 204);
        QTest::mouseClick(page()->findChild<QPushButton *>(QStringLiteral("refreshVisitorsButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QCOMPARE(model.index(0).data(Role::UsernameRole).toString(), SocialFixture::kFriend);
        QVERIFY(model.index(0).data(Role::VisitedAtRole).toDateTime().isValid());
        // (The plural form comes from the English translation once lupdate has the words.)
        QVERIFY(page()->findChild<QLabel *>(QStringLiteral("hint"))->text().startsWith(QStringLiteral("1 visit")));

        QSignalSpy open(page(), &kj::ui::VisitorsPage::openSpaceRequested);
        auto *openButton = page()->findChild<QPushButton *>(QStringLiteral("openSpaceButton"));
        QVERIFY(!openButton->isEnabled());
        QListView *list = page()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(model.index(0)).center());
        QVERIFY(openButton->isEnabled());
        QTest::mouseClick(openButton, Qt::LeftButton);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), SocialFixture::kFriend);
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(open.size(), 2);

        // The server away: said plainly, the last list stays.
        m_fixture->offline();
        service.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(service.lastError().has_value() && !service.isLoading(), 20000);
        auto *status = page()->findChild<QLabel *>(QStringLiteral("visitorsStatus"));
        // ("Open space" took the window to the visitor's space; the page keeps its state.)
        QVERIFY(!status->isHidden());
        QVERIFY2(status->text().startsWith(QStringLiteral("You are offline")), qPrintable(status->text()));
        QCOMPARE(model.rowCount(), 1);

        // And it is kept for the next run, before any answer.
        QVERIFY(m_fixture->openWindow());
        QCOMPARE(m_fixture->social()->visitorsPage()->model().rowCount(), 1);
        QVERIFY(m_fixture->online());
    }
};

QTEST_MAIN(TestVisitorsPage)
#include "tst_visitorspage.moc"
