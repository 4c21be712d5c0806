#include "app/clientsession.h"
#include "app/services/guestbookservice.h"
#include "models/domain/ids.h"
#include "models/social/guestbookmodel.h"
#include "tests/support/jsonclient.h"
#include "tests/ui/social/socialfixture.h"
#include "ui/mainwindow.h"
#include "ui/social/guestbookview.h"
#include "ui/social/socialarea.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using kj::ui::MainWindow;
using Role = kj::models::GuestbookModel::Role;

// The guestbook, mine (the Guestbook page) and a friend's (a GuestbookView by username), over the real
// server: messages newest first with replies, replies and deletes of mine offline first, writing in a
// friend's guestbook offline first.
class TestGuestbookView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SocialFixture> m_fixture;

    kj::ui::GuestbookView *myGuestbook() const { return m_fixture->social()->guestbookView(); }

    QString friendWrites(const QString &owner, const QString &text, bool isPrivate = false)
    {
        const QString id = kj::newItemId();
        const TestReply reply = m_fixture->client().post(
            QStringLiteral("/api/v1/users/%1/guestbook").arg(owner),
            {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("private"), isPrivate}},
            m_fixture->token(SocialFixture::kFriend));
        return reply.status == 201 ? id : QString();
    }

    //! The guestbook of `owner` as the server gives it to me.
    QJsonArray serverGuestbook(const QString &owner) const
    {
        return m_fixture->client()
            .get(QStringLiteral("/api/v1/users/%1/guestbook").arg(owner), m_fixture->token())
            .json.value(QStringLiteral("items"))
            .toArray();
    }

    static void refreshAndWait(kj::ui::GuestbookView *view, kj::app::GuestbookService &service)
    {
        QSignalSpy changed(&service, &kj::app::GuestbookService::changed);
        view->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 10000);
    }

    static void select(QListView *list, int row)
    {
        const QRect rect = list->visualRect(list->model()->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(list->currentIndex().row(), row);
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
    }

    void cleanup() { m_fixture.reset(); }

    void myGuestbookShowsMessagesNewestFirstWithReplies()
    {
        const QString first = friendWrites(SocialFixture::kMe, QStringLiteral("First!"));
        const QString second = friendWrites(SocialFixture::kMe, QStringLiteral("A secret"), true);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QCOMPARE(m_fixture->client()
                     .post(QStringLiteral("/api/v1/guestbook/%1/reply").arg(first), {{QStringLiteral("text"), QStringLiteral("Thanks!")}},
                           m_fixture->token())
                     .status,
                 200);
        QVERIFY(m_fixture->openWindow());
        m_fixture->window()->showPage(MainWindow::Page::Guestbook);
        kj::models::GuestbookModel &model = myGuestbook()->model();
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, myGuestbook());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        QCOMPARE(model.index(0).data(Role::IdRole).toString(), second);
        QVERIFY(model.index(0).data(Role::PrivateRole).toBool());
        QCOMPARE(model.index(1).data(Role::TextRole).toString(), QStringLiteral("First!"));
        QCOMPARE(model.index(1).data(Role::ReplyTextRole).toString(), QStringLiteral("Thanks!"));
        QCOMPARE(model.index(1).data(Role::UsernameRole).toString(), SocialFixture::kFriend);
        QVERIFY(model.index(1).data(Role::CanReplyRole).toBool());
        QVERIFY(!model.index(1).data(Role::PendingRole).toBool());
        // Mine: no box to write in, replies and deletes instead.
        QVERIFY(!myGuestbook()->findChild<QWidget *>(QStringLiteral("guestbookComposer"))->isVisible());
        QVERIFY(myGuestbook()->findChild<QPushButton *>(QStringLiteral("replyButton"))->isVisible());
    }

    void aReplyWrittenOfflineReachesTheServerWithTheNextSync()
    {
        const QString id = friendWrites(SocialFixture::kMe, QStringLiteral("Are you home?"));
        QVERIFY(m_fixture->openWindow());
        m_fixture->window()->showPage(MainWindow::Page::Guestbook);
        kj::models::GuestbookModel &model = myGuestbook()->model();
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, myGuestbook());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);

        m_fixture->offline();
        select(myGuestbook()->list(), 0);
        auto *replyButton = myGuestbook()->findChild<QPushButton *>(QStringLiteral("replyButton"));
        QVERIFY(replyButton->isEnabled());
        QTest::mouseClick(replyButton, Qt::LeftButton);
        auto *replyText = myGuestbook()->findChild<QPlainTextEdit *>(QStringLiteral("replyText"));
        QVERIFY(replyText->isVisible());
        QTest::keyClicks(replyText, QStringLiteral("On the train, back soon"));
        QTest::keyClick(replyText, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!replyText->isVisible());

        // Saved here and shown at once, marked as not sent.
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(Role::ReplyTextRole).toString(), QStringLiteral("On the train, back soon"));
        QVERIFY(model.index(0).data(Role::PendingRole).toBool());
        QVERIFY(!m_fixture->syncOnce());
        QVERIFY(model.index(0).data(Role::PendingRole).toBool());

        QVERIFY(m_fixture->online());
        QVERIFY(m_fixture->syncOnce());
        const QJsonArray onServer = serverGuestbook(SocialFixture::kMe);
        QCOMPARE(onServer.size(), 1);
        QCOMPARE(onServer.at(0)[QStringLiteral("id")].toString(), id);
        QCOMPARE(onServer.at(0)[QStringLiteral("reply")][QStringLiteral("text")].toString(),
                 QStringLiteral("On the train, back soon"));
        QTRY_VERIFY(!model.index(0).data(Role::PendingRole).toBool());
    }

    void deletingAsksFirstAndIsSent()
    {
        friendWrites(SocialFixture::kMe, QStringLiteral("spam spam spam"));
        QVERIFY(m_fixture->openWindow());
        m_fixture->window()->showPage(MainWindow::Page::Guestbook);
        kj::models::GuestbookModel &model = myGuestbook()->model();
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, myGuestbook());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        select(myGuestbook()->list(), 0);

        // Cancel keeps it.
        QTest::keyClick(myGuestbook()->list(), Qt::Key_Delete);
        auto *box = myGuestbook()->findChild<QMessageBox *>(QStringLiteral("confirmDeleteMessage"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 1);
        QTRY_VERIFY(!myGuestbook()->findChild<QMessageBox *>(QStringLiteral("confirmDeleteMessage")));

        QTest::mouseClick(myGuestbook()->findChild<QPushButton *>(QStringLiteral("deleteMessageButton")), Qt::LeftButton);
        box = myGuestbook()->findChild<QMessageBox *>(QStringLiteral("confirmDeleteMessage"));
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(m_fixture->syncOnce());
        QCOMPARE(serverGuestbook(SocialFixture::kMe).size(), 0);
    }

    void writingInAFriendsGuestbookIsOfflineFirst()
    {
        friendWrites(SocialFixture::kFriend, QStringLiteral("My own wall"));
        kj::app::GuestbookService service(m_fixture->session().store(), m_fixture->session().api(),
                                          &m_fixture->session().sync());
        kj::ui::GuestbookView view(service, SocialFixture::kFriend);
        QSignalSpy open(&view, &kj::ui::GuestbookView::openSpaceRequested);
        kj::models::GuestbookModel &model = view.model();
        new QAbstractItemModelTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest, &view);
        view.resize(700, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 1, 10000);
        QVERIFY(!model.index(0).data(Role::CanReplyRole).toBool());
        QVERIFY(!model.index(0).data(Role::CanDeleteRole).toBool());

        m_fixture->offline();
        auto *composer = view.findChild<QPlainTextEdit *>(QStringLiteral("guestbookMessage"));
        auto *send = view.findChild<QPushButton *>(QStringLiteral("sendMessageButton"));
        QVERIFY(composer->isVisible());
        QVERIFY(!send->isEnabled()); // nothing to send yet
        QTest::keyClicks(composer, QStringLiteral("Happy birthday! "));
        composer->insertPlainText(QStringLiteral("🎂"));
        view.findChild<QCheckBox *>(QStringLiteral("privateMessageBox"))->setChecked(true);
        QTest::mouseClick(send, Qt::LeftButton);
        QVERIFY(composer->toPlainText().isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data(Role::TextRole).toString(), QStringLiteral("Happy birthday! 🎂"));
        QVERIFY(model.index(0).data(Role::PendingRole).toBool());
        QVERIFY(model.index(0).data(Role::PrivateRole).toBool());
        QVERIFY(model.index(0).data(Role::CanDeleteRole).toBool());
        QCOMPARE(view.list()->currentIndex().row(), 0);

        // The server away: the refresh says so and the messages kept here stay.
        view.refresh();
        auto *status = view.findChild<QLabel *>(QStringLiteral("guestbookStatus"));
        QTRY_VERIFY_WITH_TIMEOUT(status->isVisible(), 20000);
        QVERIFY2(status->text().startsWith(QStringLiteral("Showing the messages saved on this computer")),
                 qPrintable(status->text()));
        QCOMPARE(model.rowCount(), 2);

        QVERIFY(m_fixture->online());
        QVERIFY(m_fixture->syncOnce());
        const QJsonArray onServer = m_fixture->client()
                                        .get(QStringLiteral("/api/v1/users/%1/guestbook").arg(SocialFixture::kFriend),
                                             m_fixture->token(SocialFixture::kFriend))
                                        .json.value(QStringLiteral("items"))
                                        .toArray();
        QCOMPARE(onServer.size(), 2);
        QCOMPARE(onServer.at(0)[QStringLiteral("text")].toString(), QStringLiteral("Happy birthday! 🎂"));
        QVERIFY(onServer.at(0)[QStringLiteral("private")].toBool());
        QTRY_VERIFY(!model.index(0).data(Role::PendingRole).toBool());

        // The author's space, from the list.
        view.list()->scrollTo(model.index(1));
        const QRect second = view.list()->visualRect(model.index(1));
        QVERIFY2(view.list()->viewport()->rect().contains(second.center()), qPrintable(QStringLiteral("%1,%2 in %3x%4").arg(second.center().x()).arg(second.center().y()).arg(view.list()->viewport()->width()).arg(view.list()->viewport()->height())));
        // What a real double click delivers: press and release, then the double-click event.
        QTest::mouseClick(view.list()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(open.size(), 0); // one click only selects
        QTest::mouseDClick(view.list()->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.at(0).at(0).toString(), SocialFixture::kFriend);
    }
};

QTEST_MAIN(TestGuestbookView)
#include "tst_guestbookview.moc"
