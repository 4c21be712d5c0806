#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/feed/feedmodel.h"
#include "models/pageddiarymodel.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/diariespage.h"
#include "ui/diaryeditor.h"
#include "ui/diaryviewer.h"
#include "ui/feed/feedpage.h"
#include "ui/friendspage.h"
#include "ui/mainwindow.h"
#include "ui/markdownview.h"
#include "ui/syncindicator.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMetaEnum>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTimer>
#include <QTest>
#include "ui/translations.h"
#include <QTextEdit>

using kj::ui::MainWindow;
using Role = kj::models::PagedDiaryModel::Role;

// The main window of a signed-in account over a real local store and the real server in this process.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_world;
    std::unique_ptr<MainWindow> m_window;

    kj::app::ClientSession &session() const { return m_world->session(); }
    JsonClient &client() const { return m_world->client(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>(session(), m_world->settings());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    QListWidget *navigation() const { return m_window->findChild<QListWidget *>(QStringLiteral("navigation")); }
    QListView *diaryList() const { return m_window->diariesPage()->list(); }

    static QStringList titles(const QAbstractItemModel *model)
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, 0).data(Role::TitleRole).toString());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The words the tests compare are the English ones, plural forms included.
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        // Every page is built here: an icon name without its SVG (an empty button on screen) fails the test.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("no icon named")));
        m_world = std::make_unique<SessionFixture>();
        QVERIFY(m_world->start());
        const TestReply written = client().put(
            QStringLiteral("/api/v1/diaries/0b8e2f4a-1c1d-4f55-9a8e-1f2b3c4d5e6f"),
            JsonClient::diaryWrite(QStringLiteral("Spring outing"),
                                   QStringLiteral("We climbed **Xiangshan**.\n\n<b>raw html stays text</b>"),
                                   QStringLiteral("friends")),
            m_world->token(SessionFixture::kFriend));
        QCOMPARE(written.status, 201);

        openWindow();
    }

    void cleanup()
    {
        m_window.reset();
        m_world.reset();
    }

    void navigationSwitchesPages()
    {
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QListWidget *nav = navigation();
        // The first page in navigation order opens first, with the keyboard in the navigation.
        QCOMPARE(nav->currentRow(), 0);
        QCOMPARE(m_window->focusWidget(), nav);
        QCOMPARE(pages->currentWidget(), m_window->page(m_window->currentPage()));

        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(m_window->navigationItem(MainWindow::Page::Diaries)).center());
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Diaries);
        QCOMPARE(pages->currentWidget(), m_window->diariesPage());
        QVERIFY(m_window->diariesPage()->isVisible());

        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(m_window->navigationItem(MainWindow::Page::Friends)).center());
        QCOMPARE(pages->currentWidget(), m_window->friendsPage());
        // Rows follow the order of MainWindow::Page.
        for (int row = 1; row < nav->count(); ++row)
            QVERIFY(nav->item(row - 1)->data(Qt::UserRole).toInt() < nav->item(row)->data(Qt::UserRole).toInt());
        QVERIFY(!nav->item(0)->text().isEmpty());
        QVERIFY(!nav->accessibleName().isEmpty());

        // Ctrl+<row> goes to the page of that row.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(nav->currentRow(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(nav->currentRow(), 1);
    }

    void newDiaryIsStoredQueuedAndPushed()
    {
        m_window->showPage(MainWindow::Page::Feed);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Diaries);

        auto *title = m_window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        auto *body = m_window->findChild<QTextEdit *>(QStringLiteral("bodyEdit"));
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, QStringLiteral("Written offline first"));
        body->setFocus();
        QTest::keyClicks(body, QStringLiteral("Nothing is lost."));
        QTest::keyClick(body, Qt::Key_S, Qt::ControlModifier);

        // In the list, selected, marked pending…
        QCOMPARE(titles(diaryList()->model()), QStringList{QStringLiteral("Written offline first")});
        const QModelIndex row = diaryList()->model()->index(0, 0);
        QVERIFY(row.data(Role::PendingRole).toBool());
        QCOMPARE(diaryList()->currentIndex(), row);
        // …in the store, with its outbox entry.
        const QString id = row.data(Role::IdRole).toString();
        const auto stored = session().store().diaries().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->diary.body, QStringLiteral("Nothing is lost."));
        QVERIFY(session().store().outbox().hasPending(QStringLiteral("diary"), id));

        // F5 syncs: the server has it and the pending mark goes away.
        QSignalSpy finished(&session().sync(), &kj::app::SyncEngine::finished);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);
        QTRY_COMPARE(session().store().outbox().pendingCount(), 0);
        QTRY_VERIFY(!diaryList()->model()->index(0, 0).data(Role::PendingRole).toBool());
        QCOMPARE(client().get(QStringLiteral("/api/v1/diaries/") + id, m_world->token()).status, 200);
        QTRY_VERIFY(m_window->syncIndicator()->text().startsWith(QStringLiteral("Synced")));
    }

    void feedShowsSyncedFriendsDiaries()
    {
        QSignalSpy finished(&session().sync(), &kj::app::SyncEngine::finished);
        session().sync().syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 20000);

        m_window->showPage(MainWindow::Page::Feed);
        QListView *list = m_window->feedPage()->findChild<QListView *>(QStringLiteral("feedList"));
        QTRY_COMPARE(titles(list->model()), QStringList{QStringLiteral("Spring outing")});
        const QModelIndex card = list->model()->index(0, 0);
        QCOMPARE(card.data(Role::AuthorUsernameRole).toString(), QStringLiteral("xiaohong"));
        QVERIFY(list->isVisible());
        QVERIFY(list->visualRect(card).height() > 80); // a painted card, not a bare line
        QVERIFY(!list->grab().isNull());

        // What a real double click delivers: press and release, then the double-click event.
        const QPoint centre = list->visualRect(card).center();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, centre);
        QVERIFY(!m_window->feedPage()->findChild<kj::ui::DiaryViewer *>()); // one click only selects
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, centre);
        auto *viewer = m_window->feedPage()->findChild<kj::ui::DiaryViewer *>();
        QVERIFY(viewer);
        QCOMPARE(viewer->diaryId(), card.data(Role::IdRole).toString());
        const QString shown = viewer->body()->toPlainText();
        QVERIFY2(shown.contains(QStringLiteral("We climbed Xiangshan.")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("<b>raw html stays text</b>")), qPrintable(shown));
        QVERIFY(viewer->body()->isReadOnly());
    }

    void offlineIsShownAndWritingStillWorks()
    {
        m_world->offline();
        m_window->diariesPage()->newDiary();
        auto *title = m_window->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
        QTest::keyClicks(title, QStringLiteral("On the train"));
        QVERIFY(m_window->diariesPage()->editor()->save());
        QCOMPARE(session().store().outbox().pendingCount(), 1);

        session().sync().syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(session().sync().state(), kj::app::SyncEngine::State::Offline, 20000);
        QTRY_VERIFY(m_window->syncIndicator()->text().startsWith(QStringLiteral("Offline — 1 change waiting")));
        QCOMPARE(titles(diaryList()->model()), QStringList{QStringLiteral("On the train")});
    }

    void theOpenDiaryFollowsTheStore()
    {
        auto saved = session().store().diaries().saveMyDiary({}, QStringLiteral("Draft"), QStringLiteral("v1"),
                                                              kj::Visibility::Friends);
        QVERIFY(saved.ok());
        QVERIFY(m_window->diariesPage()->openDiary(saved->diary.id));
        kj::ui::DiaryEditor *editor = m_window->diariesPage()->editor();
        QCOMPARE(editor->markdown(), QStringLiteral("v1"));
        // Sync kept both texts of a conflict: the editor, with nothing unsaved, shows the result.
        QVERIFY(session().store().diaries().rebase(saved->diary.id, QStringLiteral("Draft"), QStringLiteral("v1 and v2"),
                                                    kj::Visibility::Friends, 3).ok());
        QCOMPARE(editor->markdown(), QStringLiteral("v1 and v2"));
        QVERIFY(!editor->isModified());
    }

    void friendsPageAcceptsAndSends()
    {
        const QString daweiToken = client().signUp(QStringLiteral("dawei"));
        QVERIFY(!daweiToken.isEmpty());
        QCOMPARE(client().post(QStringLiteral("/api/v1/friends/requests"), {{QStringLiteral("username"), QStringLiteral("xiaoming")}},
                                daweiToken)
                     .status,
                 201);
        QVERIFY(!client().signUp(QStringLiteral("anna")).isEmpty());

        // Showing the page refreshes it from the server.
        m_window->showPage(MainWindow::Page::Friends);
        auto *incoming = m_window->friendsPage()->findChild<QListView *>(QStringLiteral("incomingList"));
        auto *friends = m_window->friendsPage()->findChild<QListView *>(QStringLiteral("friendList"));
        auto *accept = m_window->friendsPage()->findChild<QPushButton *>(QStringLiteral("acceptButton"));
        QTRY_COMPARE_WITH_TIMEOUT(incoming->model()->rowCount(), 1, 20000);
        QVERIFY(!accept->isEnabled());
        incoming->setCurrentIndex(incoming->model()->index(0, 0));
        QVERIFY(accept->isEnabled());
        accept->click();
        QTRY_COMPARE_WITH_TIMEOUT(friends->model()->rowCount(), 2, 20000);
        QTRY_COMPARE(incoming->model()->rowCount(), 0);
        QVERIFY(m_window->friendsPage()->statusLabel()->text().contains(QStringLiteral("friends now")));

        // An invalid name is refused before asking; a taken step is said in words.
        QLineEdit *field = m_window->friendsPage()->addField();
        field->setText(QStringLiteral("No Such Name"));
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY(m_window->friendsPage()->statusLabel()->text().contains(QStringLiteral("not a valid username")));
        field->setText(QStringLiteral("xiaohong"));
        QTest::keyClick(field, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->friendsPage()->statusLabel()->text().startsWith(QStringLiteral("That already exists")),
                                 20000);
        field->setText(QStringLiteral("anna"));
        QTest::keyClick(field, Qt::Key_Return);
        auto *outgoing = m_window->friendsPage()->findChild<QListView *>(QStringLiteral("outgoingList"));
        QTRY_COMPARE_WITH_TIMEOUT(outgoing->model()->rowCount(), 1, 20000);
        QVERIFY(field->text().isEmpty());
    }

    void geometryIsRemembered()
    {
        m_window->resize(1010, 690);
        QTRY_COMPARE(m_window->size(), QSize(1010, 690));
        m_window->showPage(MainWindow::Page::Friends);
        m_window->close();
        m_window.reset();
        openWindow();
        QCOMPARE(m_window->size(), QSize(1010, 690));
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Friends);
    }

    void everyPageFitsANarrowWindow()
    {
        // 960 px wide: a small laptop's screen. Whichever page is shown, none holds the window wider.
        const QMetaEnum pages = QMetaEnum::fromType<MainWindow::Page>();
        for (int i = 0; i < pages.keyCount(); ++i) {
            const auto page = MainWindow::Page(pages.value(i));
            m_window->showPage(page);
            m_window->resize(960, 640);
            QTRY_COMPARE(m_window->width(), 960);
            QVERIFY2(m_window->minimumSizeHint().width() <= 960,
                     qPrintable(QStringLiteral("%1: the window needs %2 px, its page %3 px")
                                    .arg(QString::fromLatin1(pages.key(i)))
                                    .arg(m_window->minimumSizeHint().width())
                                    .arg(m_window->page(page)->minimumSizeHint().width())));
            m_window->resize(1200, 800);
        }
    }

    void ctrlNMakesAnAlbumOnTheAlbumsPageAndADiaryElsewhere()
    {
        // The keyboard in the navigation, as after Ctrl+4: Ctrl+N must still reach the albums page.
        m_window->showPage(MainWindow::Page::Albums);
        navigation()->setFocus();
        auto opened = std::make_shared<QString>();
        QTimer::singleShot(0, this, [opened] {
            if (QWidget *dialog = QApplication::activeModalWidget()) {
                *opened = dialog->objectName();
                dialog->close();
            }
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(*opened, QStringLiteral("albumDialog"));
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Albums);

        // The window manager gives the window back its focus once the dialog is gone.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(MainWindow::Page::Friends);
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(m_window->currentPage(), MainWindow::Page::Diaries);
    }

    void signOutIsAsked()
    {
        QSignalSpy asked(m_window.get(), &MainWindow::signOutRequested);
        m_window->findChild<QAction *>(QStringLiteral("signOutAction"))->trigger();
        QCOMPARE(asked.count(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
