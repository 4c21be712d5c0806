#include "app/network/apiclient.h"
#include "app/services/trackfiles.h"
#include "tests/ui/music/musicfixture.h"
#include "ui/music/player.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QAudioOutput>
#include <QMediaPlayer>
#include <QSet>
#include <QUrl>

using kj::ui::Player;

// The window's player over tracks made on the real server in this process: its queue (order, shuffle,
// repeat), and playing them from files fetched into the profile (TrackFiles).
class TestPlayer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MusicFixture> m_world;
    std::unique_ptr<QTemporaryDir> m_audioDir;
    std::unique_ptr<kj::app::TrackFiles> m_files;
    std::unique_ptr<Player> m_player;
    QList<kj::Track> m_tracks;

    //! `count` tracks of their own bytes (the server keeps one media item per content), numbered from `first`.
    QList<kj::Track> makeTracks(int count, int first = 1)
    {
        QList<kj::Track> tracks;
        for (int i = first; i < first + count; ++i) {
            kj::Track track = m_world->newTrack(QStringLiteral("歌 %1").arg(i), QStringLiteral("周杰伦"), 250 + 50 * i);
            if (track.id.isEmpty())
                return {};
            tracks.append(track);
        }
        return tracks;
    }

    QList<int> playedIndexes(int steps)
    {
        QList<int> played{m_player->currentIndex()};
        for (int i = 0; i < steps; ++i) {
            m_player->next();
            played.append(m_player->currentIndex());
        }
        return played;
    }

private Q_SLOTS:
    void init()
    {
        m_world = std::make_unique<MusicFixture>();
        QVERIFY(m_world->start());
        m_audioDir = std::make_unique<QTemporaryDir>();
        m_files = std::make_unique<kj::app::TrackFiles>(m_world->session().store(), m_world->session().api(), m_audioDir->path());
        m_player = std::make_unique<Player>(*m_files);
        m_tracks = makeTracks(3);
        QCOMPARE(m_tracks.size(), 3);
    }

    void cleanup()
    {
        m_player.reset();
        m_files.reset();
        m_audioDir.reset();
        m_world.reset();
    }

    void queueGoesInOrder()
    {
        QSignalSpy current(m_player.get(), &Player::currentChanged);
        m_player->setQueue(m_tracks);
        QCOMPARE(m_player->currentIndex(), 0);
        QCOMPARE(m_player->currentTrack()->title, QStringLiteral("歌 1"));
        QCOMPARE(m_player->state(), Player::State::Stopped);
        QCOMPARE(current.size(), 1);
        QCOMPARE(m_player->duration(), m_tracks.first().durationMs);

        m_player->next();
        QCOMPARE(m_player->currentIndex(), 1);
        m_player->next();
        QCOMPARE(m_player->currentIndex(), 2);
        // Repeat off: the last track has no next.
        QVERIFY(!m_player->canGoNext());
        m_player->next();
        QCOMPARE(m_player->currentIndex(), 2);
        m_player->previous();
        QCOMPARE(m_player->currentIndex(), 1);
        m_player->previous();
        m_player->previous();
        QCOMPARE(m_player->currentIndex(), 0);
        QCOMPARE(current.size(), 5);
        // Nothing was asked to play: nothing was fetched.
        QVERIFY(QDir(m_audioDir->path()).isEmpty());
    }

    void repeatAllGoesRound()
    {
        m_player->setRepeat(Player::Repeat::All);
        m_player->setQueue(m_tracks, 2);
        QVERIFY(m_player->canGoNext());
        m_player->next();
        QCOMPARE(m_player->currentIndex(), 0);
        m_player->previous();
        QCOMPARE(m_player->currentIndex(), 2);
    }

    void previousRestartsTheTrackPastItsStart()
    {
        m_player->setQueue(m_tracks, 1);
        QSignalSpy seeked(m_player.get(), &Player::seeked);
        m_player->seek(Player::kRestartThresholdMs + 1500);
        QCOMPARE(m_player->position(), Player::kRestartThresholdMs + 1500);
        m_player->previous();
        QCOMPARE(m_player->currentIndex(), 1);
        QCOMPARE(m_player->position(), 0);
        QCOMPARE(seeked.last().first().toLongLong(), 0);
        m_player->previous();
        QCOMPARE(m_player->currentIndex(), 0);
    }

    void shuffleVisitsEveryTrackOnceARound()
    {
        m_tracks += makeTracks(3, 4);
        QCOMPARE(m_tracks.size(), 6);
        m_player->setShuffle(true);
        m_player->setRepeat(Player::Repeat::All);
        m_player->setQueue(m_tracks, 4);
        // The track asked for plays first, then each of the others once.
        QCOMPARE(m_player->currentIndex(), 4);
        const QList<int> round = playedIndexes(5);
        QCOMPARE(QSet<int>(round.begin(), round.end()).size(), 6);
        // Round again, in a new order that does not start with the track just heard.
        m_player->next();
        QVERIFY(m_player->currentIndex() != round.last());
        const QList<int> again = playedIndexes(5);
        QCOMPARE(QSet<int>(again.begin(), again.end()).size(), 6);

        // Shuffle off: on in queue order from the track playing.
        const int playing = m_player->currentIndex();
        m_player->setShuffle(false);
        QCOMPARE(m_player->currentIndex(), playing);
        QCOMPARE(m_player->playingOrder(), (QList<int>{0, 1, 2, 3, 4, 5}));
        if (playing < 5) {
            m_player->next();
            QCOMPARE(m_player->currentIndex(), playing + 1);
        }
    }

    // Qt Multimedia starts with the first track played, not with the window: the volume and mute set before it
    // (the session restores them at start-up) are announced at once and are what the audio output starts with.
    void volumeAndMuteSetBeforeTheFirstTrackAreKept()
    {
        QSignalSpy volumes(m_player.get(), &Player::volumeChanged);
        QSignalSpy mutes(m_player.get(), &Player::mutedChanged);
        m_player->setVolume(0.3f);
        m_player->setVolume(7.0f); // clamped
        m_player->setMuted(true);
        m_player->setMuted(true); // no change, no signal
        QCOMPARE(volumes.size(), 2);
        QCOMPARE(volumes.last().first().toFloat(), 1.0f);
        QCOMPARE(mutes.size(), 1);
        m_player->setVolume(0.3f);
        QVERIFY(qFuzzyCompare(m_player->volume(), 0.3f));
        QVERIFY(m_player->isMuted());
        QMediaPlayer *media = m_player->mediaPlayer();
        QVERIFY(media->audioOutput());
        QVERIFY(qFuzzyCompare(media->audioOutput()->volume(), 0.3f));
        QVERIFY(media->audioOutput()->isMuted());
        m_player->setVolume(0.6f); // through the output from now on
        QVERIFY(qFuzzyCompare(media->audioOutput()->volume(), 0.6f));
        QCOMPARE(volumes.last().first().toFloat(), 0.6f);
    }

    void playFetchesTheAudioIntoAFileAndPlaysIt()
    {
        QSignalSpy states(m_player.get(), &Player::stateChanged);
        m_player->setQueue(m_tracks, 0, true);
        QCOMPARE(m_player->state(), Player::State::Loading);
        QVERIFY(m_player->isPlaying());
        // The file is the server's bytes, played from the profile's folder.
        QTRY_VERIFY(!m_player->mediaPlayer()->source().isEmpty());
        const QString path = m_player->mediaPlayer()->source().toLocalFile();
        QVERIFY(path.startsWith(m_audioDir->path()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const TestReply served = MediaClient(m_world->url()).getMedia(m_world->token(), m_tracks.first().mediaId, QString());
        QCOMPARE(served.status, 200);
        QCOMPARE(file.readAll(), served.body);
        QVERIFY(m_files->hasAudio(m_tracks.first()));

        // Played for real (GStreamer; with no sound server its audio goes to a null sink): each track to its
        // end, the next one after it, and at the end of the queue (repeat off) back to the first, stopped.
        QSignalSpy current(m_player.get(), &Player::currentChanged);
        QTRY_VERIFY_WITH_TIMEOUT(current.size() >= 2 && m_player->state() == Player::State::Stopped, 30000);
        QCOMPARE(current.at(0).first().toInt(), 1);
        QCOMPARE(current.at(1).first().toInt(), 2);
        QCOMPARE(m_player->currentIndex(), 0);
        QCOMPARE(m_player->position(), 0);
        QVERIFY(m_player->errorString().isEmpty());
        QList<Player::State> seen;
        for (const QList<QVariant> &state : std::as_const(states))
            seen.append(state.first().value<Player::State>());
        QCOMPARE(seen.mid(0, 2), (QList<Player::State>{Player::State::Loading, Player::State::Playing}));
        QCOMPARE(seen.count(Player::State::Playing), 3);
        // Every track's audio was fetched once, into the folder.
        for (const kj::Track &track : std::as_const(m_tracks))
            QVERIFY(m_files->hasAudio(track));
    }

    void repeatOnePlaysTheTrackAgainAndPauses()
    {
        m_player->setRepeat(Player::Repeat::One);
        QSignalSpy seeked(m_player.get(), &Player::seeked);
        QSignalSpy current(m_player.get(), &Player::currentChanged);
        m_player->setQueue(m_tracks, 1, true);
        // At its end the track starts again; the queue stays where it is.
        QTRY_VERIFY_WITH_TIMEOUT(!seeked.isEmpty(), 30000);
        QCOMPARE(seeked.first().first().toLongLong(), 0);
        QCOMPARE(current.size(), 1);
        QCOMPARE(m_player->currentIndex(), 1);
        QVERIFY(m_player->isPlaying());

        m_player->pause();
        QTRY_COMPARE(m_player->state(), Player::State::Paused);
        QCOMPARE(m_player->mediaPlayer()->playbackState(), QMediaPlayer::PausedState);
        m_player->play();
        QTRY_COMPARE(m_player->state(), Player::State::Playing);
        // Next by hand goes on, even repeating one.
        m_player->next();
        QCOMPARE(m_player->currentIndex(), 2);
        m_player->stop();
        QCOMPARE(m_player->state(), Player::State::Stopped);
    }

    void missingAudioStopsWithAnError()
    {
        kj::Track gone = m_tracks.first();
        gone.mediaId = kj::newItemId(); // no such media on the server
        QSignalSpy errors(m_player.get(), &Player::errorOccurred);
        m_player->setQueue({gone}, 0, true);
        QVERIFY(errors.wait(10000));
        QVERIFY(!errors.first().first().toString().isEmpty());
        QCOMPARE(m_player->state(), Player::State::Stopped);
        QCOMPARE(m_player->errorString(), errors.first().first().toString());
        QVERIFY(m_player->mediaPlayer()->source().isEmpty());
    }

    void audioFetchedOncePlaysWithoutTheServer()
    {
        m_player->setQueue(m_tracks, 1, true);
        QTRY_VERIFY(!m_player->mediaPlayer()->source().isEmpty());
        const QUrl first = m_player->mediaPlayer()->source();
        m_player->stop();
        m_world->offline();

        Player offline(*m_files);
        QSignalSpy errors(&offline, &Player::errorOccurred);
        offline.setQueue(m_tracks, 1, true);
        QTRY_COMPARE(offline.mediaPlayer()->source(), first);
        QVERIFY(errors.isEmpty() || !errors.first().first().toString().contains(QStringLiteral("server")));
        // One not fetched before needs the server: said in words, nothing plays.
        offline.next();
        QVERIFY(errors.wait(10000));
        QCOMPARE(offline.state(), Player::State::Stopped);
    }

    void coverArtIsAFileToo()
    {
        const kj::Track covered = m_world->newTrack(QStringLiteral("晴天"), QStringLiteral("周杰伦"), 300, MusicFixture::coverJpeg());
        QVERIFY(covered.hasCover);
        QSignalSpy cover(m_player.get(), &Player::coverChanged);
        m_player->setQueue({m_tracks.first(), covered});
        QVERIFY(m_player->coverFile().isEmpty()); // the first has none
        m_player->next();
        QTRY_VERIFY(!m_player->coverFile().isEmpty());
        QCOMPARE(cover.last().first().toString(), m_player->coverFile());
        QImageReader reader(m_player->coverFile());
        QVERIFY(reader.canRead());
        QVERIFY(reader.size().width() > 0);
        m_player->previous();
        QVERIFY(m_player->coverFile().isEmpty());
    }

    void playPlaylistLeavesOutTracksWithoutAudio()
    {
        kj::Track uploading = m_tracks.first();
        uploading.id = kj::newItemId();
        uploading.mediaId.clear();
        m_player->playPlaylist({uploading, m_tracks.at(1), m_tracks.at(2)}, false);
        QCOMPARE(m_player->queue().size(), 2);
        QCOMPARE(m_player->currentTrack()->id, m_tracks.at(1).id);
        QCOMPARE(m_player->state(), Player::State::Stopped);
        m_player->playPlaylist({}, true);
        QVERIFY(!m_player->currentTrack());
        QVERIFY(!m_player->canPlay());
    }
};

QTEST_MAIN(TestPlayer)
#include "tst_player.moc"
