#include "app/clientsession.h"
#include "app/services/diaryservice.h"
#include "app/services/spaceservice.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/space/spacemodulemodel.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/sessionfixture.h"
#include "ui/preferences.h"
#include "ui/skin.h"
#include "ui/space/decoratedialog.h"
#include "ui/space/spacepage.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using kj::ui::Skin;
using kj::ui::SpacePage;

namespace {

QColor windowColor()
{
    return qApp->palette().color(QPalette::Window);
}

QStringList labelTexts(const QWidget &root)
{
    QStringList texts;
    for (const QLabel *label : root.findChildren<QLabel *>())
        texts.append(label->text());
    return texts;
}

} // namespace

// My space and a friend's, decorated: the home of modules in the owner's order, the skin applied (mine to
// the window, theirs to their page), decorating with live preview saved offline first and synced, so a
// friend opening the space sees it. Over a real store and the real server in this process.
class TestSpacePage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SessionFixture> m_world;
    //! The window preferences of each signed-in account (its settings in the fixture).
    std::unique_ptr<kj::ui::Preferences> m_myPreferences;
    std::unique_ptr<kj::ui::Preferences> m_friendPreferences;
    std::unique_ptr<SpacePage> m_page;

    //! Runs the sync until one run succeeds (a run begun while the server was away may still be ending).
    void syncOnce(const QString &username)
    {
        kj::Status status;
        for (int attempt = 0; attempt < 3; ++attempt) {
            status = m_world->syncOnce(username, 20000);
            if (status.ok())
                return;
        }
        QFAIL(qPrintable(status.error().message));
    }

    kj::app::ClientSession &mySession() const { return m_world->session(SessionFixture::kMe); }
    kj::app::ClientSession &friendSession() const { return m_world->session(SessionFixture::kFriend); }
    QString myToken() const { return m_world->token(SessionFixture::kMe); }
    QString friendToken() const { return m_world->token(SessionFixture::kFriend); }

    static kj::SpaceSettings settingsOf(const TestReply &reply)
    {
        auto settings = kj::SpaceSettings::fromJson(reply.json.value(QStringLiteral("space")).toObject());
        return settings ? *settings : kj::SpaceSettings();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_world = std::make_unique<SessionFixture>();
        QVERIFY(m_world->start());
        QVERIFY(m_world->openSession(SessionFixture::kFriend));
        m_myPreferences = std::make_unique<kj::ui::Preferences>(m_world->settings(SessionFixture::kMe));
        m_friendPreferences = std::make_unique<kj::ui::Preferences>(m_world->settings(SessionFixture::kFriend));
        m_page = std::make_unique<SpacePage>(mySession(), *m_myPreferences);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_page.reset();
        m_myPreferences.reset();
        m_friendPreferences.reset();
        m_world.reset();
        kj::ui::applySkin(*qApp);
    }

    void myHomeShowsModulesInStoredOrder()
    {
        QVERIFY(m_page->isMine());
        QCOMPARE(m_page->owner(), QStringLiteral("xiaoming"));
        QCOMPARE(m_page->shownModules(), kj::SpaceSettings::knownModules());

        kj::SpaceSettings settings = m_page->service().mySettings();
        settings.modules = {QStringLiteral("guestbook"), QStringLiteral("profile"), QStringLiteral("diaries")};
        settings.title = QStringLiteral("小明的小窝");
        QSignalSpy shown(m_page.get(), &SpacePage::spaceShown);
        QVERIFY(m_page->service().saveMySettings(settings, {QStringLiteral("modules"), QStringLiteral("title")}).ok());
        QVERIFY(shown.wait());
        QCOMPARE(m_page->shownModules(), settings.modules);
        QVERIFY(labelTexts(*m_page).contains(QStringLiteral("小明的小窝")));
        // Saved here, not sent yet: marked.
        auto *pending = m_page->findChild<QLabel *>(QStringLiteral("pendingMarker"));
        QVERIFY(pending && pending->isVisibleTo(m_page.get()));

        // A diary written here shows in its card at once (offline first).
        QVERIFY(mySession().diaries().create(QStringLiteral("Spring outing"), QStringLiteral("We climbed Xiangshan."),
                                               kj::Visibility::Friends).ok());
        const auto showsDiary = [this] {
            const QStringList texts = labelTexts(*m_page);
            return std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) { return text.startsWith(u"Spring outing"); });
        };
        QTRY_VERIFY(showsDiary());
    }

    void cardsOpenTheirPages()
    {
        QSignalSpy activated(m_page.get(), &SpacePage::moduleActivated);
        QWidget *diaries = nullptr;
        for (QFrame *card : m_page->findChildren<QFrame *>(QStringLiteral("spaceCard"))) {
            if (card->property("module").toString() == u"diaries")
                diaries = card;
        }
        QVERIFY(diaries);
        QTest::mouseClick(diaries, Qt::LeftButton, {}, QPoint(10, 10));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().first().toString(), QStringLiteral("diaries"));
        diaries->setFocus();
        QTest::keyClick(diaries, Qt::Key_Return);
        QCOMPARE(activated.size(), 2);
    }

    void decoratingPreviewsLiveAndCancelRestores()
    {
        const QColor classic = Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::Window);
        QCOMPARE(windowColor(), classic);
        m_page->decorate();
        kj::ui::DecorateDialog *dialog = m_page->decorateDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // Picking a tile shows the skin at once, in the whole window.
        QToolButton *night = dialog->skinTile(QStringLiteral("night"));
        QVERIFY(night);
        QTest::mouseClick(night, Qt::LeftButton);
        QVERIFY(night->isChecked());
        QCOMPARE(m_page->skin().id(), QStringLiteral("night"));
        QVERIFY(windowColor().lightness() < 60);
        dialog->setAccentColor(QColor(QStringLiteral("#3cb371")));
        QCOMPARE(m_page->skin().color(QStringLiteral("accent")), QColor(QStringLiteral("#3cb371")));

        dialog->reject();
        QTRY_VERIFY(!m_page->decorateDialog());
        QCOMPARE(windowColor(), classic);
        QCOMPARE(m_page->skin().id(), QStringLiteral("classic"));
        bool pending = true;
        QCOMPARE(m_page->service().mySettings(&pending).skin, QStringLiteral("classic"));
        QVERIFY(!pending);
    }

    void reorderByDragInTheDialog()
    {
        m_page->decorate();
        kj::ui::DecorateDialog *dialog = m_page->decorateDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        kj::models::SpaceModuleModel *model = dialog->moduleModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QListView *list = dialog->moduleList();

        // Drag "profile" (row 0) onto the upper edge of row 3 ("albums"), as a mouse would drop it.
        const QModelIndex profile = model->index(0, 0);
        list->setCurrentIndex(profile);
        std::unique_ptr<QMimeData> data(model->mimeData({profile}));
        const QPoint at = list->visualRect(model->index(3, 0)).topLeft() + QPoint(8, 2);
        QDragEnterEvent enter(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(list->viewport(), &drop);
        const QStringList expected = {QStringLiteral("posts"), QStringLiteral("diaries"), QStringLiteral("profile"),
                                      QStringLiteral("albums"), QStringLiteral("music"), QStringLiteral("guestbook"),
                                      QStringLiteral("visitors")};
        QCOMPARE(model->modules(), expected);
        // Unticking hides; the page previews it at once.
        QVERIFY(model->setData(model->index(6, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(dialog->settings().modules, expected.mid(0, 6));
        QCOMPARE(m_page->shownModules(), expected.mid(0, 6));
        // The keyboard way: Ctrl+Up moves the current module up.
        list->setCurrentIndex(model->index(2, 0));
        dialog->findChild<QPushButton *>(QStringLiteral("moduleUp"))->click();
        QCOMPARE(model->modules().mid(0, 3), (QStringList{QStringLiteral("posts"), QStringLiteral("profile"), QStringLiteral("diaries")}));

        dialog->findChild<QPushButton *>(QStringLiteral("saveDecoration"))->click();
        QTRY_VERIFY(!m_page->decorateDialog());
        QCOMPARE(m_page->service().mySettings().modules.mid(0, 3),
                 (QStringList{QStringLiteral("posts"), QStringLiteral("profile"), QStringLiteral("diaries")}));
    }

    void decorationIsSyncedAndFriendsSeeIt()
    {
        m_page->decorate();
        kj::ui::DecorateDialog *dialog = m_page->decorateDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        dialog->chooseSkin(QStringLiteral("ocean"));
        dialog->setAccentColor(QColor(QStringLiteral("#c8553d")));
        auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("spaceTitleEdit"));
        QTest::keyClicks(title, QStringLiteral("Sea view"));
        dialog->moduleModel()->moveRows({}, 6, 1, {}, 0); // visitors first
        // A background picture, uploaded from a file.
        QTemporaryDir files;
        const QString picture = files.filePath(QStringLiteral("background.png"));
        QVERIFY(MediaClient::testImage(800, 500).save(picture));
        QSignalSpy uploaded(dialog, &kj::ui::DecorateDialog::backgroundChanged);
        dialog->uploadBackground(picture);
        QVERIFY(uploaded.wait(20000));
        const QString backgroundId = uploaded.first().first().toString();
        QVERIFY(!backgroundId.isEmpty());

        // Sync stays off while saving: the decoration waits here, marked.
        m_world->offline();
        dialog->accept();
        QTRY_VERIFY(!m_page->decorateDialog());
        bool pending = false;
        kj::SpaceSettings mine = m_page->service().mySettings(&pending);
        QVERIFY(pending);
        QCOMPARE(mine.skin, QStringLiteral("ocean"));
        QCOMPARE(mine.colors.value(QStringLiteral("accent")), QStringLiteral("#c8553d"));
        QCOMPARE(mine.title, QStringLiteral("Sea view"));
        QCOMPARE(mine.modules.first(), QStringLiteral("visitors"));
        QCOMPARE(mine.backgroundMediaId, backgroundId);
        QTRY_VERIFY(m_page->findChild<QLabel *>(QStringLiteral("pendingMarker"))->isVisibleTo(m_page.get()));
        // The window wears it now.
        QCOMPARE(windowColor(), Skin::forSpace(mine).palette().color(QPalette::Window));

        // Back online: the sync sends it.
        QVERIFY(m_world->online());
        syncOnce(SessionFixture::kMe);
        QTRY_VERIFY(!m_page->findChild<QLabel *>(QStringLiteral("pendingMarker"))->isVisibleTo(m_page.get()));
        const kj::SpaceSettings onServer = settingsOf(m_world->client().get(QStringLiteral("/api/v1/users/xiaoming")));
        QCOMPARE(onServer.skin, QStringLiteral("ocean"));
        QCOMPARE(onServer.colors.value(QStringLiteral("accent")), QStringLiteral("#c8553d"));
        QCOMPARE(onServer.modules, mine.modules);
        QCOMPARE(onServer.backgroundMediaId, backgroundId);

        // A friend opens my space: my skin on their page (not on their window), my modules in my order.
        SpacePage theirs(friendSession(), *m_friendPreferences);
        theirs.resize(1000, 700);
        theirs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&theirs));
        kj::ui::applySkin(*qApp); // their window: classic
        QSignalSpy shown(&theirs, &SpacePage::spaceShown);
        theirs.openSpace(QStringLiteral("xiaoming"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(shown.last().first().toString(), QStringLiteral("xiaoming"));
        QVERIFY(!theirs.isMine());
        QCOMPARE(theirs.skin().id(), QStringLiteral("ocean"));
        QCOMPARE(theirs.skin().color(QStringLiteral("accent")), QColor(QStringLiteral("#c8553d")));
        QCOMPARE(theirs.palette().color(QPalette::Window), Skin::forSpace(mine).palette().color(QPalette::Window));
        QCOMPARE(windowColor(), Skin::builtIn(QStringLiteral("classic")).palette().color(QPalette::Window));
        QCOMPARE(theirs.shownModules(), mine.modules);
        QVERIFY(labelTexts(theirs).contains(QStringLiteral("Sea view")));
        QVERIFY(theirs.findChild<QPushButton *>(QStringLiteral("backToMySpace"))->isVisibleTo(&theirs));
        QVERIFY(!theirs.findChild<QPushButton *>(QStringLiteral("decorateButton"))->isVisibleTo(&theirs));

        // The visit is recorded.
        const TestReply visitors = m_world->client().get(QStringLiteral("/api/v1/me/visitors"), myToken());
        QCOMPARE(visitors.status, 200);
        QCOMPARE(visitors.json.value(QStringLiteral("items")).toArray().first().toObject().value(QStringLiteral("user"))
                     .toObject().value(QStringLiteral("username")).toString(),
                 QStringLiteral("xiaohong"));

        // Away from the server, the space shows as seen before, still in my skin.
        m_world->offline();
        theirs.openSpace(QStringLiteral("xiaoming"));
        QVERIFY(shown.wait(20000));
        QVERIFY(theirs.home().fromCache);
        QCOMPARE(theirs.skin().id(), QStringLiteral("ocean"));

        // Back to their own space: their window's skin again.
        theirs.findChild<QPushButton *>(QStringLiteral("backToMySpace"))->click();
        QVERIFY(theirs.isMine());
        QCOMPARE(theirs.palette().color(QPalette::Window), windowColor());
    }

    void friendsMusicPlaysWhenAllowed()
    {
        // xiaohong's space plays a track when opened.
        MediaClient media(m_world->url());
        const QByteArray song = AudioFixtures::wav(400);
        const TestReply started = media.startRaw(friendToken(), song.size(), MediaClient::sha256(song), QStringLiteral("song.wav"),
                                                 QStringLiteral("track"));
        QCOMPARE(started.status, 201);
        const TestReply finished = media.patch(friendToken(), started.json.value(QStringLiteral("uploadId")).toString(), 0, song);
        QCOMPARE(finished.status, 200);
        const QString trackId = kj::newItemId();
        const TestReply track = m_world->client().put(QStringLiteral("/api/v1/tracks/") + trackId,
                                              {{QStringLiteral("mediaId"), finished.json.value(QStringLiteral("mediaId"))},
                                               {QStringLiteral("title"), QStringLiteral("茉莉花")},
                                               {QStringLiteral("visibility"), QStringLiteral("friends")}},
                                              friendToken());
        QCOMPARE(track.status, 201);
        const TestReply space = m_world->client().put(
            QStringLiteral("/api/v1/me/space"),
            {{QStringLiteral("skin"), QStringLiteral("sakura")},
             {QStringLiteral("music"), QJsonObject{{QStringLiteral("trackIds"), QJsonArray{trackId}}, {QStringLiteral("autoplay"), true}}}},
            friendToken());
        QCOMPARE(space.status, 200);

        QSignalSpy music(m_page.get(), &SpacePage::backgroundMusicRequested);
        QSignalSpy shown(m_page.get(), &SpacePage::spaceShown);
        // Not allowed by the viewer: nothing plays by itself, the card offers Play.
        m_myPreferences->setAutoplayMusic(false);
        m_page->openSpace(QStringLiteral("xiaohong"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(m_page->skin().id(), QStringLiteral("sakura"));
        QCOMPARE(music.size(), 0);
        auto *play = m_page->findChild<QPushButton *>(QStringLiteral("playSpaceMusic"));
        QVERIFY(play);
        play->click();
        QCOMPARE(music.size(), 1);
        QCOMPARE(music.last().first().value<QList<kj::Track>>().first().title, QStringLiteral("茉莉花"));

        // Allowed: it plays as the space opens.
        m_myPreferences->setAutoplayMusic(true);
        m_page->openSpace(QStringLiteral("xiaohong"));
        QVERIFY(shown.wait(20000));
        QCOMPARE(music.size(), 2);
        QCOMPARE(music.last().first().value<QList<kj::Track>>().first().id, trackId);
    }

    void unknownUserSaysSo()
    {
        QSignalSpy failed(m_page.get(), &SpacePage::openFailed);
        m_page->openSpace(QStringLiteral("nobody"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("There is no user nobody."));
        QVERIFY(m_page->isMine());
    }
};

QTEST_MAIN(TestSpacePage)
#include "tst_spacepage.moc"
