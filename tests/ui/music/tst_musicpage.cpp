#include "app/media/uploadqueue.h"
#include "app/services/musicservice.h"
#include "models/music/mytrackmodel.h"
#include "models/music/playlistmodel.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"
#include "models/store/spacerepository.h"
#include "tests/ui/music/musicfixture.h"
#include "ui/mainwindow.h"
#include "ui/music/musicpage.h"
#include "ui/music/musicsession.h"
#include "ui/music/player.h"
#include "ui/music/playerbar.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDragEnterEvent>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QSignalSpy>
#include <QSlider>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QVBoxLayout>

using kj::models::TrackIdRole;
using kj::ui::MusicPage;
using kj::ui::MusicSession;
using kj::ui::Player;
using kj::ui::PlayerBar;

// The Music page and the player bar over a real store and the real server in this process: my tracks and my
// space's playlist, written offline first, reordered by dropping on the view, synced to the server.
class TestMusicPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MusicFixture> m_world;
    std::unique_ptr<MusicSession> m_music;
    std::unique_ptr<QWidget> m_window;
    MusicPage *m_page = nullptr;
    PlayerBar *m_bar = nullptr;
    std::unique_ptr<QAbstractItemModelTester> m_tracksTester;
    std::unique_ptr<QAbstractItemModelTester> m_playlistTester;
    QList<kj::Track> m_tracks;

    static QStringList ids(const QAbstractItemModel *model)
    {
        QStringList result;
        for (int row = 0; row < model->rowCount(); ++row)
            result.append(model->index(row, 0).data(TrackIdRole).toString());
        return result;
    }

    QStringList serverPlaylist()
    {
        const TestReply space = m_world->client().get(QStringLiteral("/api/v1/me/space"), m_world->token());
        QStringList result;
        const QJsonObject music = space.json.value(QStringLiteral("space")).toObject().value(QStringLiteral("music")).toObject();
        for (const QJsonValue &id : music.value(QStringLiteral("trackIds")).toArray())
            result.append(id.toString());
        return result;
    }

    //! MusicPage::addFiles, waited for: how many tracks it queued (-1 when it never finished).
    int addFiles(const QStringList &paths)
    {
        QSignalSpy done(m_page, &MusicPage::filesAdded);
        m_page->addFiles(paths);
        if (!done.wait(30000))
            return -1;
        return done.first().first().toInt();
    }

    //! Drags `mime` onto `view` at `at` and drops it there, as Qt delivers a drag: an enter (which makes the
    //! view the drop's target), a move, the drop.
    static void dragAndDrop(QListView *view, const QMimeData *mime, const QPoint &at)
    {
        const Qt::DropActions actions = Qt::CopyAction | Qt::MoveAction;
        QDragEnterEvent enter(at, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDragMoveEvent move(at, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QVERIFY(move.isAccepted());
        QDropEvent drop(at, actions, mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(view->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QCOMPARE(drop.dropAction(), Qt::CopyAction); // the view removes no dragged rows itself
    }

    //! Drags `mime` to just above (or below) the middle of `row` of `view`.
    static void dropAtRow(QListView *view, const QMimeData *mime, int row, bool above)
    {
        const QRect rect = view->visualRect(view->model()->index(row, 0));
        dragAndDrop(view, mime, QPoint(rect.center().x(), above ? rect.top() + 2 : rect.bottom() - 2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(kj::ui::installTranslations(*QCoreApplication::instance(), QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void init()
    {
        m_world = std::make_unique<MusicFixture>();
        QVERIFY(m_world->start());
        for (const QString &title : {QStringLiteral("晴天"), QStringLiteral("七里香"), QStringLiteral("稻香")})
            m_tracks.append(m_world->newTrack(title));
        QVERIFY(!m_tracks.last().id.isEmpty());
        QVERIFY(m_world->syncOnce());

        m_music = std::make_unique<MusicSession>(m_world->session(), m_world->settings());
        m_tracksTester = std::make_unique<QAbstractItemModelTester>(&m_music->myTracks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_playlistTester = std::make_unique<QAbstractItemModelTester>(&m_music->playlist(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_page = new MusicPage(*m_music, m_window.get());
        m_bar = new PlayerBar(m_music->player(), m_window.get());
        layout->addWidget(m_page, 1);
        layout->addWidget(m_bar);
        m_window->resize(1000, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_tracksTester.reset();
        m_playlistTester.reset();
        m_music.reset();
        m_tracks.clear();
        m_world.reset();
    }

    void myTracksAreListedNewestFirst()
    {
        QCOMPARE(ids(&m_music->myTracks()), (QStringList{m_tracks.at(2).id, m_tracks.at(1).id, m_tracks.at(0).id}));
        const QModelIndex first = m_music->myTracks().index(0, 0);
        QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("稻香"));
        QCOMPARE(first.data(kj::models::ArtistRole).toString(), QStringLiteral("周杰伦"));
        QVERIFY(!first.data(kj::models::PendingRole).toBool());
        QVERIFY(first.data(kj::models::DurationRole).toLongLong() > 0);
        QCOMPARE(m_page->trackList()->model(), &m_music->myTracks());
    }

    void tracksDroppedOnThePlaylistJoinItAndSync()
    {
        QListView *playlist = m_page->playlistView();
        QCOMPARE(playlist->model()->rowCount(), 0);
        // Dragged from my tracks (two of them) onto the empty playlist.
        std::unique_ptr<QMimeData> mime(
            m_music->myTracks().mimeData({m_music->myTracks().index(2, 0), m_music->myTracks().index(0, 0)}));
        dragAndDrop(playlist, mime.get(), playlist->viewport()->rect().center());
        const QStringList wanted{m_tracks.at(0).id, m_tracks.at(2).id};
        QCOMPARE(ids(playlist->model()), wanted);
        // The bar holds it, ready to play.
        QTRY_COMPARE(m_music->player().queue().size(), 2);
        QCOMPARE(m_music->player().state(), Player::State::Stopped);
        QVERIFY(m_bar->nextAction()->isEnabled());
        // Saved here first, with its outbox entry, and marked.
        QCOMPARE(m_music->service().music().trackIds, wanted);
        QVERIFY(m_world->session().store().outbox().hasPending(kj::store::SpaceRepository::kKind, QStringLiteral("xiaoming")));
        QCOMPARE(m_page->playlistState()->text(), QStringLiteral("Not synced yet"));
        QVERIFY(serverPlaylist().isEmpty());

        QVERIFY(m_world->syncOnce());
        QCOMPARE(serverPlaylist(), wanted);
        QTRY_VERIFY(m_page->playlistState()->text().isEmpty());
        QVERIFY(!m_music->playlist().isPending());
    }

    void dragReordersThePlaylistAndTheServerFollows()
    {
        const QStringList start{m_tracks.at(0).id, m_tracks.at(1).id, m_tracks.at(2).id};
        QVERIFY(m_music->service().setPlaylist(start).ok());
        QVERIFY(m_world->syncOnce());
        QCOMPARE(serverPlaylist(), start);
        QListView *view = m_page->playlistView();
        QCOMPARE(ids(view->model()), start);

        // The last row dragged above the first.
        std::unique_ptr<QMimeData> mime(view->model()->mimeData({view->model()->index(2, 0)}));
        dropAtRow(view, mime.get(), 0, true);
        const QStringList moved{m_tracks.at(2).id, m_tracks.at(0).id, m_tracks.at(1).id};
        QCOMPARE(ids(view->model()), moved);
        QCOMPARE(kj::store::SpaceRepository(m_world->session().store()).mine()->settings.music.trackIds, moved);
        QVERIFY(m_music->playlist().isPending());

        // The first dragged below the last.
        mime.reset(view->model()->mimeData({view->model()->index(0, 0)}));
        dropAtRow(view, mime.get(), 2, false);
        const QStringList again{m_tracks.at(0).id, m_tracks.at(1).id, m_tracks.at(2).id};
        QCOMPARE(ids(view->model()), again);

        QVERIFY(m_world->syncOnce());
        QCOMPARE(serverPlaylist(), again);
        QTRY_VERIFY(!m_music->playlist().isPending());
    }

    void addingAFileUploadsItAndMakesATrack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("qingtian-live.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MusicFixture::wav(600, QStringLiteral("晴天 (live)"), QStringLiteral("周杰伦")));
        file.close();

        QVERIFY(addFiles({path}) == 1);
        // Offline first: listed at once as uploading, in the playlist, both marked.
        QCOMPARE(m_music->myTracks().rowCount(), 4);
        const QModelIndex added = m_music->myTracks().index(0, 0);
        QVERIFY(added.data(kj::models::UploadingRole).toBool());
        QCOMPARE(added.data(Qt::DisplayRole).toString(), QStringLiteral("qingtian-live"));
        const QString id = added.data(TrackIdRole).toString();
        QCOMPARE(ids(&m_music->playlist()), QStringList{id});
        QCOMPARE(m_page->playlistState()->text(), QStringLiteral("Not synced yet"));
        QVERIFY(m_page->message()->isVisibleTo(m_page));

        QVERIFY(m_world->syncOnce());
        // The server made the track from the file, its title from the file's tags, and plays it in my space.
        const TestReply track = m_world->client().get(QStringLiteral("/api/v1/tracks/") + id, m_world->token());
        QCOMPARE(track.status, 200);
        QCOMPARE(track.json.value(QStringLiteral("track")).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("晴天 (live)"));
        QCOMPARE(serverPlaylist(), QStringList{id});
        QTRY_VERIFY(!m_music->myTracks().index(m_music->myTracks().rowOf(id), 0).data(kj::models::UploadingRole).toBool());
        QTRY_COMPARE(m_music->myTracks().index(m_music->myTracks().rowOf(id), 0).data(Qt::DisplayRole).toString(),
                     QStringLiteral("晴天 (live)"));
        QTRY_VERIFY(m_page->playlistState()->text().isEmpty());
    }

    void aTrackStillUploadingIsForgotten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft.wav"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MusicFixture::wav(300, QStringLiteral("草稿"), QString()));
        file.close();
        QVERIFY(addFiles({path}) == 1);
        const QString id = m_music->myTracks().index(0, 0).data(TrackIdRole).toString();
        QVERIFY(m_music->myTracks().index(0, 0).data(kj::models::UploadingRole).toBool());

        m_page->deleteTracks({id});
        QCOMPARE(m_music->myTracks().rowOf(id), -1);
        QVERIFY(ids(&m_music->playlist()).isEmpty());
        QVERIFY(!m_world->session().store().outbox().hasPending(QStringLiteral("track_upload"), id));
        QVERIFY(m_world->syncOnce());
        QCOMPARE(m_world->client().get(QStringLiteral("/api/v1/tracks/") + id, m_world->token()).status, 404);
        QVERIFY(m_page->message()->text().contains(QStringLiteral("added")));
    }

    void filesAreReadOffTheGuiThreadAndWhatTheServerRefusesIsToldFirst()
    {
        QTemporaryDir dir;
        const QString song = dir.filePath(QStringLiteral("yequ.wav"));
        QFile file(song);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(MusicFixture::wav(300, QStringLiteral("夜曲"), QStringLiteral("周杰伦")));
        file.close();
        const QString notes = dir.filePath(QStringLiteral("lyrics.mp3")); // an .mp3 by name only
        QFile text(notes);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("一群嗜血的螞蟻 被腐肉所吸引\n");
        text.close();

        QSignalSpy done(m_page, &kj::ui::MusicPage::filesAdded);
        m_page->addFiles({song, notes});
        // Nothing read on the GUI thread: nothing queued yet, the page says it is preparing.
        QCOMPARE(m_music->myTracks().rowCount(), 3);
        QVERIFY(m_page->message()->isVisibleTo(m_page));
        QVERIFY(m_page->message()->text().startsWith(QStringLiteral("Preparing")));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toInt(), 1);
        QCOMPARE(m_music->myTracks().rowCount(), 4);
        QVERIFY(m_page->message()->text().contains(QStringLiteral("lyrics.mp3 is not a sound file")));
        // The refused file was never queued.
        for (const kj::app::UploadQueue::Entry &entry : kj::app::UploadQueue(m_world->session().store()).entries())
            QVERIFY(!entry.upload.path.endsWith(QStringLiteral("lyrics.mp3")));
    }

    void aMissingFileIsToldNotQueued()
    {
        QVERIFY(addFiles({QStringLiteral("/nonexistent/song.mp3")}) == 0);
        QVERIFY(m_page->message()->isVisibleTo(m_page));
        QVERIFY(m_page->message()->text().contains(QStringLiteral("song.mp3")));
        QCOMPARE(m_music->myTracks().rowCount(), 3);
    }

    void deletingATrackTakesItOutOfThePlaylist()
    {
        QVERIFY(m_music->service().setPlaylist({m_tracks.at(0).id, m_tracks.at(1).id}).ok());
        QVERIFY(m_world->syncOnce());
        m_page->deleteTracks({m_tracks.at(1).id});
        QCOMPARE(ids(&m_music->playlist()), QStringList{m_tracks.at(0).id});
        QCOMPARE(m_music->myTracks().rowOf(m_tracks.at(1).id), -1);
        QVERIFY(m_world->syncOnce());
        QCOMPARE(m_world->client().get(QStringLiteral("/api/v1/tracks/") + m_tracks.at(1).id, m_world->token()).status, 404);
        QCOMPARE(serverPlaylist(), QStringList{m_tracks.at(0).id});
    }

    void musicOptionsAreSpaceSettings()
    {
        m_page->autoplayBox()->click();
        QVERIFY(m_music->service().music().autoplay);
        QVERIFY(!m_music->service().music().shuffle);
        m_page->shuffleBox()->click();
        QVERIFY(m_music->service().music().shuffle);
        QVERIFY(m_world->syncOnce());
        const TestReply space = m_world->client().get(QStringLiteral("/api/v1/me/space"), m_world->token());
        const QJsonObject music = space.json.value(QStringLiteral("space")).toObject().value(QStringLiteral("music")).toObject();
        QCOMPARE(music.value(QStringLiteral("autoplay")).toBool(), true);
        QCOMPARE(music.value(QStringLiteral("shuffle")).toBool(), true);
    }

    void activatingARowPlaysFromIt()
    {
        QVERIFY(m_music->service().setPlaylist({m_tracks.at(2).id, m_tracks.at(0).id}).ok());
        QListView *view = m_page->playlistView();
        Q_EMIT view->activated(view->model()->index(1, 0));
        Player &player = m_music->player();
        QCOMPARE(player.queue().size(), 2);
        QCOMPARE(player.currentTrack()->id, m_tracks.at(0).id);
        QVERIFY(player.isPlaying());
        QVERIFY(m_bar->findChild<QLabel *>(QStringLiteral("trackTitle"))->accessibleName() == QStringLiteral("晴天"));

        Q_EMIT m_page->trackList()->activated(m_music->myTracks().index(0, 0));
        QCOMPARE(player.queue().size(), 3);
        QCOMPARE(player.currentTrack()->id, m_tracks.at(2).id);
    }

    void playerBarDrivesThePlayer()
    {
        Player &player = m_music->player();
        player.setQueue(m_tracks);
        QCOMPARE(player.state(), Player::State::Stopped);
        QVERIFY(m_bar->nextAction()->isEnabled());
        QVERIFY(m_bar->previousAction()->isEnabled());
        QVERIFY(m_bar->playPauseAction()->isEnabled());
        // Ctrl+P anywhere in the window.
        m_page->trackList()->setFocus();
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(player.isPlaying());
        QCOMPARE(m_bar->playPauseAction()->text(), QStringLiteral("&Pause"));
        QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(!player.isPlaying());
        QTest::keyClick(m_window.get(), Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(player.currentIndex(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(player.currentIndex(), 0);

        // Repeat: off, all, this track, off.
        m_bar->repeatAction()->trigger();
        QCOMPARE(player.repeat(), Player::Repeat::All);
        m_bar->repeatAction()->trigger();
        QCOMPARE(player.repeat(), Player::Repeat::One);
        m_bar->repeatAction()->trigger();
        QCOMPARE(player.repeat(), Player::Repeat::Off);
        m_bar->shuffleAction()->trigger();
        QVERIFY(player.shuffle());
        m_bar->volumeSlider()->setValue(35);
        QCOMPARE(qRound(player.volume() * 100), 35);
        QTest::keyClick(m_window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(player.isMuted());
        // Kept for the next window.
        QCOMPARE(m_world->settings().value(QStringLiteral("music/muted")).toBool(), true);

        // Every control says what it is.
        for (const QToolButton *button : m_bar->findChildren<QToolButton *>())
            QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
        for (const QSlider *slider : m_bar->findChildren<QSlider *>())
            QVERIFY(!slider->accessibleName().isEmpty());
        QCOMPARE(PlayerBar::formatTime(83000), QStringLiteral("1:23"));
        QCOMPARE(PlayerBar::formatTime(3723000), QStringLiteral("1:02:03"));
    }

    void theWindowHasTheMusicPageAndThePlayerBar()
    {
        m_window.reset();
        kj::ui::MainWindow window(m_world->session(), m_world->settings());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.showPage(kj::ui::MainWindow::Page::Music);
        QCOMPARE(window.page(kj::ui::MainWindow::Page::Music), window.musicPage());
        QVERIFY(window.musicPage()->isVisible());
        // The bar spans the window under the pages.
        const auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(window.playerBar()->isVisible());
        QVERIFY(window.playerBar()->mapTo(&window, QPoint(0, 0)).y() >= pages->mapTo(&window, QPoint(0, pages->height())).y());
        QVERIFY(window.playerBar()->width() >= window.centralWidget()->width() - 2);
        // Small windows stay possible: the page and the bar ask for little room.
        QVERIFY(window.musicPage()->minimumSizeHint().width() <= 700);
        QVERIFY(window.playerBar()->minimumSizeHint().height() <= 64);
        window.player().setQueue(m_tracks);
        QCOMPARE(window.playerBar()->findChild<QLabel *>(QStringLiteral("trackTitle"))->accessibleName(), QStringLiteral("晴天"));
    }
};

QTEST_MAIN(TestMusicPage)
#include "tst_musicpage.moc"
