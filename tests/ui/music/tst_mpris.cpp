#include "app/services/trackfiles.h"
#include "tests/ui/music/musicfixture.h"
#include "ui/music/mpris.h"
#include "ui/music/musicsession.h"
#include "ui/music/player.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusInterface>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QThread>

using kj::ui::Mpris;
using kj::ui::Player;

namespace {

QVariantMap asMap(const QVariant &value)
{
    if (value.canConvert<QDBusArgument>())
        return qdbus_cast<QVariantMap>(value.value<QDBusArgument>());
    return value.toMap();
}

} // namespace

// The player on D-Bus as MPRIS2, on a private session bus started here (dbus-daemon), called the way a
// desktop's media controls do: through QDBusInterface from a connection of their own. The calls block, so
// they run on a thread of their own while the player answers on this one.
class TestMpris : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;
    QString m_address;
    std::unique_ptr<MusicFixture> m_world;
    std::unique_ptr<QTemporaryDir> m_audioDir;
    std::unique_ptr<kj::app::TrackFiles> m_files;
    std::unique_ptr<Player> m_player;
    std::unique_ptr<Mpris> m_mpris;
    QList<kj::Track> m_tracks;
    QList<QVariantMap> m_changed; // PropertiesChanged of the player interface, as a listener got them
    int m_connections = 0;

    //! Runs `work` with a connection of its own to the private bus, on another thread, and waits for it.
    template<typename Work>
    void asClient(Work work)
    {
        const QString name = QStringLiteral("client-%1").arg(++m_connections);
        std::unique_ptr<QThread> thread(QThread::create([this, name, work] {
            {
                QDBusConnection bus = QDBusConnection::connectToBus(m_address, name);
                work(bus);
            }
            QDBusConnection::disconnectFromBus(name);
        }));
        thread->start();
        QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 30000);
    }

    //! A property of the player's interface, read as a desktop does.
    QVariant playerProperty(const char *name)
    {
        QVariant value;
        asClient([&value, name](QDBusConnection &bus) {
            QDBusInterface player(Mpris::kServiceName, Mpris::kObjectPath, Mpris::kPlayerInterface, bus);
            value = player.property(name);
        });
        return value;
    }

    QVariantMap metadata()
    {
        QVariantMap result;
        asClient([&result](QDBusConnection &bus) {
            QDBusInterface properties(Mpris::kServiceName, Mpris::kObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"), bus);
            const QDBusReply<QDBusVariant> reply = properties.call(QStringLiteral("Get"), Mpris::kPlayerInterface, QStringLiteral("Metadata"));
            if (reply.isValid())
                result = asMap(reply.value().variant());
        });
        return result;
    }

    QString call(const QString &method, const QVariantList &args = {}, const QString &interface = Mpris::kPlayerInterface)
    {
        QString error;
        asClient([&](QDBusConnection &bus) {
            QDBusInterface target(Mpris::kServiceName, Mpris::kObjectPath, interface, bus);
            const QDBusMessage reply = target.callWithArgumentList(QDBus::Block, method, args);
            if (reply.type() == QDBusMessage::ErrorMessage)
                error = reply.errorMessage();
        });
        return error;
    }

private Q_SLOTS:
    void onPropertiesChanged(const QString &interface, const QVariantMap &changed, const QStringList &)
    {
        if (interface == Mpris::kPlayerInterface)
            m_changed.append(changed);
    }

    void initTestCase()
    {
        m_daemon.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--print-address"), QStringLiteral("--nofork")});
        QVERIFY2(m_daemon.waitForStarted(10000), "dbus-daemon is needed (package dbus)");
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(m_address.startsWith(QStringLiteral("unix:")));
    }

    void cleanupTestCase()
    {
        m_daemon.terminate();
        m_daemon.waitForFinished(5000);
    }

    void init()
    {
        m_world = std::make_unique<MusicFixture>();
        QVERIFY(m_world->start());
        for (const QString &title : {QStringLiteral("晴天"), QStringLiteral("七里香")})
            m_tracks.append(m_world->newTrack(title));
        QVERIFY(!m_tracks.last().id.isEmpty());
        m_audioDir = std::make_unique<QTemporaryDir>();
        m_files = std::make_unique<kj::app::TrackFiles>(m_world->session().store(), m_world->session().api(), m_audioDir->path());
        m_player = std::make_unique<Player>(*m_files);
        m_mpris = std::make_unique<Mpris>(*m_player);
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, QStringLiteral("service"));
        QVERIFY(bus.isConnected());
        QVERIFY(m_mpris->registerOn(bus));
        QCOMPARE(m_mpris->serviceName(), Mpris::kServiceName);
    }

    void cleanup()
    {
        m_mpris.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("service"));
        m_player.reset();
        m_files.reset();
        m_audioDir.reset();
        m_tracks.clear();
        m_changed.clear();
        m_world.reset();
    }

    void identifiesItself()
    {
        QGuiApplication::setDesktopFileName(QStringLiteral("org.kongjian.Kongjian"));
        QString identity;
        QString desktopEntry;
        bool canRaise = false;
        asClient([&](QDBusConnection &bus) {
            QDBusInterface root(Mpris::kServiceName, Mpris::kObjectPath, Mpris::kRootInterface, bus);
            identity = root.property("Identity").toString();
            desktopEntry = root.property("DesktopEntry").toString();
            canRaise = root.property("CanRaise").toBool();
        });
        QCOMPARE(identity, QStringLiteral("Kongjian"));
        QCOMPARE(desktopEntry, QStringLiteral("org.kongjian.Kongjian"));
        QVERIFY(canRaise);
        QSignalSpy raise(m_mpris.get(), &Mpris::raiseRequested);
        QCOMPARE(call(QStringLiteral("Raise"), {}, Mpris::kRootInterface), QString());
        QTRY_COMPARE(raise.size(), 1);
    }

    void playPauseNextAndMetadata()
    {
        QDBusConnection listener = QDBusConnection::connectToBus(m_address, QStringLiteral("listener"));
        QVERIFY(listener.connect(Mpris::kServiceName, Mpris::kObjectPath, QStringLiteral("org.freedesktop.DBus.Properties"),
                                 QStringLiteral("PropertiesChanged"), this,
                                 SLOT(onPropertiesChanged(QString,QVariantMap,QStringList))));

        // Nothing queued: stopped, no track.
        QCOMPARE(playerProperty("PlaybackStatus").toString(), QStringLiteral("Stopped"));
        QCOMPARE(playerProperty("CanPlay").toBool(), false);
        QCOMPARE(metadata().value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(),
                 QStringLiteral("/org/mpris/MediaPlayer2/TrackList/NoTrack"));

        m_player->setQueue(m_tracks);
        QCOMPARE(playerProperty("CanPlay").toBool(), true);
        QCOMPARE(playerProperty("CanGoNext").toBool(), true);
        QVariantMap first = metadata();
        QCOMPARE(first.value(QStringLiteral("xesam:title")).toString(), QStringLiteral("晴天"));
        QCOMPARE(first.value(QStringLiteral("xesam:artist")).toStringList(), QStringList{QStringLiteral("周杰伦")});
        QCOMPARE(first.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(), Mpris::trackPath(m_tracks.first().id));
        QCOMPARE(first.value(QStringLiteral("mpris:length")).toLongLong(), m_tracks.first().durationMs * 1000);

        // Repeating the track (set as a desktop does), so it keeps playing while we look.
        asClient([](QDBusConnection &bus) {
            QDBusInterface player(Mpris::kServiceName, Mpris::kObjectPath, Mpris::kPlayerInterface, bus);
            player.setProperty("LoopStatus", QStringLiteral("Track"));
        });
        QCOMPARE(m_player->repeat(), Player::Repeat::One);
        QCOMPARE(call(QStringLiteral("PlayPause")), QString());
        QVERIFY(m_player->isPlaying());
        QCOMPARE(playerProperty("PlaybackStatus").toString(), QStringLiteral("Playing"));
        QTRY_COMPARE_WITH_TIMEOUT(m_player->state(), Player::State::Playing, 20000);
        QCOMPARE(call(QStringLiteral("Next")), QString());
        QCOMPARE(m_player->currentIndex(), 1);
        const QVariantMap second = metadata();
        QCOMPARE(second.value(QStringLiteral("xesam:title")).toString(), QStringLiteral("七里香"));
        QCOMPARE(second.value(QStringLiteral("mpris:trackid")).value<QDBusObjectPath>().path(), Mpris::trackPath(m_tracks.last().id));
        QCOMPARE(playerProperty("PlaybackStatus").toString(), QStringLiteral("Playing"));
        m_player->setRepeat(Player::Repeat::Off);
        QCOMPARE(playerProperty("CanGoNext").toBool(), false);

        // Listeners heard of it: the new track's metadata, announced on org.freedesktop.DBus.Properties.
        QTRY_VERIFY(std::any_of(m_changed.begin(), m_changed.end(), [](const QVariantMap &changed) {
            return asMap(changed.value(QStringLiteral("Metadata"))).value(QStringLiteral("xesam:title")).toString() == QStringLiteral("七里香");
        }));
        QCOMPARE(call(QStringLiteral("Pause")), QString());
        QCOMPARE(playerProperty("PlaybackStatus").toString(), QStringLiteral("Paused"));
        QCOMPARE(call(QStringLiteral("Stop")), QString());
        QCOMPARE(playerProperty("PlaybackStatus").toString(), QStringLiteral("Stopped"));
        QTRY_VERIFY(std::any_of(m_changed.begin(), m_changed.end(), [](const QVariantMap &changed) {
            return changed.value(QStringLiteral("PlaybackStatus")).toString() == QStringLiteral("Stopped");
        }));
        QDBusConnection::disconnectFromBus(QStringLiteral("listener"));
    }

    void positionAndSettingsFromTheDesktop()
    {
        m_player->setQueue(m_tracks);
        // SetPosition names the track: a stale one is ignored.
        QCOMPARE(call(QStringLiteral("SetPosition"),
                      {QVariant::fromValue(QDBusObjectPath(Mpris::trackPath(m_tracks.last().id))), qlonglong(100000)}),
                 QString());
        QCOMPARE(m_player->position(), 0);
        QCOMPARE(call(QStringLiteral("SetPosition"),
                      {QVariant::fromValue(QDBusObjectPath(Mpris::trackPath(m_tracks.first().id))), qlonglong(100000)}),
                 QString());
        QCOMPARE(m_player->position(), 100);
        QCOMPARE(playerProperty("Position").toLongLong(), 100000);

        asClient([](QDBusConnection &bus) {
            QDBusInterface player(Mpris::kServiceName, Mpris::kObjectPath, Mpris::kPlayerInterface, bus);
            player.setProperty("LoopStatus", QStringLiteral("Playlist"));
            player.setProperty("Shuffle", true);
            player.setProperty("Volume", 0.25);
        });
        QCOMPARE(m_player->repeat(), Player::Repeat::All);
        QVERIFY(m_player->shuffle());
        QCOMPARE(qRound(m_player->volume() * 100), 25);
        m_player->setRepeat(Player::Repeat::One);
        QCOMPARE(playerProperty("LoopStatus").toString(), QStringLiteral("Track"));
    }

    void asecondWindowTakesAnInstanceName()
    {
        QDBusConnection other = QDBusConnection::connectToBus(m_address, QStringLiteral("second"));
        Mpris second(*m_player);
        QVERIFY(second.registerOn(other));
        QCOMPARE(second.serviceName(), Mpris::kServiceName + QStringLiteral(".instance%1").arg(QCoreApplication::applicationPid()));
        QDBusConnection::disconnectFromBus(QStringLiteral("second"));
    }

    void noSessionBusIsNoError()
    {
        // The window's own export: with no bus to reach it stays off, quietly.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/kongjian-test-bus");
        kj::ui::MusicSession music(m_world->session(), m_world->settings());
        QVERIFY(!music.exportOnSessionBus());
        QVERIFY(!music.mpris());
        music.player().setQueue(m_tracks);
        QCOMPARE(music.player().currentIndex(), 0);
    }
};

QTEST_MAIN(TestMpris)
#include "tst_mpris.moc"
