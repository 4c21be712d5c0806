#include "app/clientsession.h"
#include "app/services/notificationsservice.h"
#include "models/domain/ids.h"
#include "models/social/guestbookmodel.h"
#include "models/social/notificationlistmodel.h"
#include "tests/support/jsonclient.h"
#include "tests/ui/social/socialfixture.h"
#include "ui/mainwindow.h"
#include "ui/personname.h"
#include "ui/preferences.h"
#include "ui/social/activitynotifier.h"
#include "ui/social/guestbookview.h"
#include "ui/social/notificationspage.h"
#include "ui/social/socialarea.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QListView>
#include <QListWidgetItem>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kj::ui::MainWindow;
using Role = kj::models::NotificationListModel::Role;
using namespace std::chrono_literals;

// The Notifications page over the real server: what a friend does to my things shows up after a refresh,
// unread in bold and counted in the navigation, marked read when seen, and announced once.
class TestNotificationsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SocialFixture> m_fixture;
    QString m_diaryId;
    int m_earlier = 0; // notifications before the test (xiaohong accepting my request), read

    kj::ui::SocialArea *social() const { return m_fixture->social(); }
    kj::app::NotificationsService &service() const { return social()->notifications(); }
    kj::ui::NotificationsPage *page() const { return social()->notificationsPage(); }
    // Names go into sentences set apart (ui/personname.h); xiaohong has no display name.
    static QString xiaohong() { return kj::ui::isolated(QStringLiteral("xiaohong")); }
    QString navigationText() const { return m_fixture->window()->navigationItem(MainWindow::Page::Notifications)->text(); }

    void friendComments(const QString &text)
    {
        const TestReply reply = m_fixture->client().post(
            QStringLiteral("/api/v1/items/diary/%1/comments").arg(m_diaryId),
            {{QStringLiteral("id"), kj::newItemId()}, {QStringLiteral("text"), text}}, m_fixture->token(SocialFixture::kFriend));
        QCOMPARE(reply.status, 201);
    }

    void friendWritesInMyGuestbook(const QString &text)
    {
        const TestReply reply = m_fixture->client().post(
            QStringLiteral("/api/v1/users/%1/guestbook").arg(SocialFixture::kMe),
            {{QStringLiteral("id"), kj::newItemId()}, {QStringLiteral("text"), text}}, m_fixture->token(SocialFixture::kFriend));
        QCOMPARE(reply.status, 201);
    }

    int serverUnreadCount() const
    {
        return m_fixture->client().get(QStringLiteral("/api/v1/me/notifications"), m_fixture->token())
            .json.value(QStringLiteral("unreadCount")).toInt(-1);
    }

    //! Refreshes and waits for the server's answer.
    void refresh()
    {
        // One asked before (by the window, a timer) is let finish first: it may not know the latest.
        QTRY_VERIFY_WITH_TIMEOUT(!service().isLoading(), 10000);
        QSignalSpy refreshed(&service(), &kj::app::NotificationsService::refreshed);
        service().refresh();
        QVERIFY(refreshed.wait(10000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_fixture = std::make_unique<SocialFixture>();
        QVERIFY(m_fixture->start());
        m_diaryId = kj::newItemId();
        const TestReply written = m_fixture->client().put(
            QStringLiteral("/api/v1/diaries/") + m_diaryId,
            JsonClient::diaryWrite(QStringLiteral("Spring outing"), QStringLiteral("We climbed Xiangshan."),
                                   QStringLiteral("friends")),
            m_fixture->token());
        QCOMPARE(written.status, 201);
        // Becoming friends told me that xiaohong accepted: read before the window opens.
        QCOMPARE(m_fixture->client()
                     .post(QStringLiteral("/api/v1/me/notifications/read"), {{QStringLiteral("all"), true}}, m_fixture->token())
                     .status,
                 200);
        QVERIFY(m_fixture->openWindow());
        QVERIFY(social());
        // The window asks at once; nothing has happened yet.
        QTRY_VERIFY_WITH_TIMEOUT(service().fetchedAt().isValid() && !service().isLoading(), 10000);
        QCOMPARE(service().unreadCount(), 0);
        m_earlier = page()->model().rowCount();
    }

    void cleanup() { m_fixture.reset(); }

    void aFriendsCommentAndMessageAreListedCountedAndAnnouncedOnce()
    {
        new QAbstractItemModelTester(&page()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page());
        QSignalSpy announced(social()->notifier(), &kj::ui::ActivityNotifier::announced);
        QCOMPARE(navigationText(), QStringLiteral("Notifications"));

        friendComments(QStringLiteral("Beautiful! Where is that?"));
        friendWritesInMyGuestbook(QStringLiteral("Came by to say hi 👣"));
        refresh();

        const QAbstractItemModel &model = page()->model();
        QCOMPARE(model.rowCount(), m_earlier + 2);
        // Newest first: the message, then the comment; both unread.
        QCOMPARE(model.index(0, 0).data(Role::TypeNameRole).toString(), QStringLiteral("guestbook"));
        QCOMPARE(model.index(0, 0).data(Role::TextRole).toString(), QStringLiteral("Came by to say hi 👣"));
        QCOMPARE(model.index(1, 0).data(Role::TypeNameRole).toString(), QStringLiteral("comment"));
        QCOMPARE(model.index(1, 0).data(Role::ItemIdRole).toString(), m_diaryId);
        QCOMPARE(model.index(1, 0).data(Role::UsernameRole).toString(), SocialFixture::kFriend);
        QVERIFY(!model.index(0, 0).data(Role::ReadRole).toBool());
        QVERIFY(!model.index(1, 0).data(Role::ReadRole).toBool());
        QCOMPARE(navigationText(), QStringLiteral("Notifications (2)"));

        // Announced once, both in one message.
        QCOMPARE(announced.size(), 1);
        QVERIFY(announced.at(0).at(0).toString().startsWith(QStringLiteral("2 new notification")));
        QCOMPARE(announced.at(0).at(1).toString(),
                 xiaohong() + QStringLiteral(" wrote in your guestbook\n") + xiaohong() + QStringLiteral(" commented on your diary"));
        refresh();
        QCOMPARE(announced.size(), 1);

        // A new one later is announced alone, in its own words.
        friendComments(QStringLiteral("And the view from the top?"));
        refresh();
        QCOMPARE(navigationText(), QStringLiteral("Notifications (3)"));
        QCOMPARE(announced.size(), 2);
        QCOMPARE(announced.at(1).at(0).toString(), xiaohong() + QStringLiteral(" commented on your diary"));
        QCOMPARE(announced.at(1).at(1).toString(), QStringLiteral("And the view from the top?"));

        // Mark all read: here at once, and on the server.
        m_fixture->window()->showPage(MainWindow::Page::Notifications);
        page()->setSeenDelay(1h); // this test marks by hand
        auto *markAll = page()->findChild<QPushButton *>(QStringLiteral("markAllReadButton"));
        QVERIFY(markAll->isEnabled());
        QTest::mouseClick(markAll, Qt::LeftButton);
        QCOMPARE(navigationText(), QStringLiteral("Notifications"));
        QVERIFY(model.index(0, 0).data(Role::ReadRole).toBool());
        QTRY_COMPARE(serverUnreadCount(), 0);
        refresh();
        QCOMPARE(service().unreadCount(), 0);
        QCOMPARE(announced.size(), 2);
    }

    void whatThePageShowsIsMarkedReadOnceSeen()
    {
        friendComments(QStringLiteral("Nice!"));
        refresh();
        QCOMPARE(navigationText(), QStringLiteral("Notifications (1)"));
        page()->setSeenDelay(50ms);
        m_fixture->window()->showPage(MainWindow::Page::Notifications);
        QTRY_COMPARE(navigationText(), QStringLiteral("Notifications"));
        QTRY_COMPARE(serverUnreadCount(), 0);
    }

    void nothingIsAnnouncedWhenTheViewerTurnedItOff()
    {
        m_fixture->window()->preferences().setTrayNotifications(false);
        QSignalSpy announced(social()->notifier(), &kj::ui::ActivityNotifier::announced);
        friendComments(QStringLiteral("Quiet please"));
        refresh();
        QCOMPARE(page()->model().rowCount(), m_earlier + 1);
        QCOMPARE(announced.size(), 0);
        // Turning it on again does not bring back what came meanwhile.
        m_fixture->window()->preferences().setTrayNotifications(true);
        refresh();
        QCOMPARE(announced.size(), 0);
    }

    void aRestartDoesNotAnnounceTheSameAgain()
    {
        friendComments(QStringLiteral("First"));
        refresh();
        // The window of the next run (same profile settings).
        QVERIFY(m_fixture->openWindow());
        QSignalSpy announced(social()->notifier(), &kj::ui::ActivityNotifier::announced);
        QTRY_VERIFY_WITH_TIMEOUT(!social()->notifications().isLoading(), 10000);
        QCOMPARE(announced.size(), 0);
        friendWritesInMyGuestbook(QStringLiteral("Welcome back"));
        refresh();
        QCOMPARE(announced.size(), 1);
        QCOMPARE(announced.at(0).at(0).toString(), xiaohong() + QStringLiteral(" wrote in your guestbook"));
    }

    void openingAGuestbookNotificationShowsTheMessage()
    {
        friendWritesInMyGuestbook(QStringLiteral("Look here"));
        refresh();
        m_fixture->window()->showPage(MainWindow::Page::Notifications);
        page()->setSeenDelay(1h);
        QListView *list = page()->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(page()->model().index(0, 0)).center());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_fixture->window()->currentPage(), MainWindow::Page::Guestbook);
        // The message is fetched with the guestbook and selected once it is there.
        const QString id = page()->model().index(0, 0).data(Role::GuestbookIdRole).toString();
        QVERIFY(kj::isValidItemId(id));
        QListView *messages = social()->guestbookView()->list();
        QTRY_COMPARE(messages->currentIndex().data(kj::models::GuestbookModel::IdRole).toString(), id);
    }

    void offlineTheLastListStaysWithAClearState()
    {
        friendComments(QStringLiteral("Still here?"));
        refresh();
        m_fixture->offline();
        QSignalSpy state(&service(), &kj::app::NotificationsService::stateChanged);
        service().refresh();
        QVERIFY(state.wait(20000));
        QVERIFY(service().lastError().has_value());
        QCOMPARE(page()->model().rowCount(), m_earlier + 1);
        m_fixture->window()->showPage(MainWindow::Page::Notifications);
        auto *status = page()->findChild<QWidget *>(QStringLiteral("notificationsStatus"));
        QTRY_VERIFY(status->isVisible());
        QVERIFY(m_fixture->online());
    }
};

QTEST_MAIN(TestNotificationsPage)
#include "tst_notificationspage.moc"
