#include "app/media/uploadqueue.h"
#include "app/sync/spacepusher.h"
#include "models/store/spacerepository.h"
#include "tests/app/pushertest.h"
#include "tests/support/audiofixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using kj::store::SpaceRepository;

//! SpacePusher against the real server: settings changed offline on two devices merge field by field.
class TestSpacePusher : public QObject
{
    Q_OBJECT

    PusherWorld m_world;

    QJsonObject serverSpace(const SyncClient &owner)
    {
        return m_world.json->get(u"/api/v1/me/space"_s, owner.token).json.value(u"space"_s).toObject();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_world.start()); }

    void twoDevicesMergeFieldByField()
    {
        auto laptop = m_world.signUp(u"alice"_s);
        QVERIFY(laptop);
        auto desktop = std::make_unique<SyncClient>(m_world.network, m_world.server.baseUrl(), laptop->username, laptop->token);
        // Both have seen the server's settings.
        for (SyncClient *device : {laptop.get(), desktop.get()}) {
            kj::Result<kj::SpaceSettings> current = kj::SpaceSettings::fromJson(serverSpace(*device));
            QVERIFY(current);
            QVERIFY(SpaceRepository(*device->store).applyServerMine(*current).ok());
        }
        laptop->goOffline();
        desktop->goOffline();
        kj::SpaceSettings onLaptop = SpaceRepository(*laptop->store).mine()->settings;
        onLaptop.skin = u"sakura"_s;
        onLaptop.motto = u"慢慢来"_s;
        QVERIFY(SpaceRepository(*laptop->store).saveMine(onLaptop, {u"skin"_s, u"motto"_s}).ok());
        kj::SpaceSettings onDesktop = SpaceRepository(*desktop->store).mine()->settings;
        onDesktop.title = u"Alice 的空间"_s;
        onDesktop.motto = u"一步一步"_s;
        QVERIFY(SpaceRepository(*desktop->store).saveMine(onDesktop, {u"title"_s, u"motto"_s}).ok());
        QVERIFY(SpaceRepository(*laptop->store).mine()->pending);

        laptop->goOnline();
        QVERIFY(laptop->syncOnce().ok());
        desktop->goOnline();
        QVERIFY(desktop->syncOnce().ok());
        const QList<kj::app::SyncConflict> conflicts = desktop->sync->conflicts();
        const QJsonObject stored = serverSpace(*desktop);
        QCOMPARE(stored.value(u"skin"_s).toString(), u"sakura"_s);        // the laptop's
        QCOMPARE(stored.value(u"title"_s).toString(), u"Alice 的空间"_s); // the desktop's
        QCOMPARE(stored.value(u"motto"_s).toString(), u"一步一步"_s);     // both: the later push keeps its own, and says so
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().kind, SpaceRepository::kKind);
        QVERIFY(conflicts.first().title.contains(u"motto"_s));
        QVERIFY(!SpaceRepository(*desktop->store).mine()->pending);
        QCOMPARE(SpaceRepository(*desktop->store).mine()->settings.skin, u"sakura"_s);

        // A replay changes nothing.
        QVERIFY(desktop->store->outbox().enqueue(SpaceRepository::kKind, desktop->username, kj::store::OutboxEntry::Op::Upsert,
                                                 {{u"fields"_s, QJsonArray{u"title"_s}}})
                    .ok());
        QVERIFY(desktop->syncOnce().ok());
        QCOMPARE(serverSpace(*desktop), stored);
    }

    void withoutABaseOnlyTheGivenFieldsGo()
    {
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        QCOMPARE(m_world.json->put(u"/api/v1/me/space"_s, {{u"title"_s, u"set elsewhere"_s}, {u"skin"_s, u"ocean"_s}}, alice->token).status,
                 200);
        // Never seen here: changed from the defaults, offline.
        alice->goOffline();
        kj::SpaceSettings mine;
        mine.motto = u"火车上"_s;
        QVERIFY(SpaceRepository(*alice->store).saveMine(mine, {u"motto"_s}).ok());
        QVERIFY(!SpaceRepository(*alice->store).mine()->base);
        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        const QJsonObject stored = serverSpace(*alice);
        QCOMPARE(stored.value(u"motto"_s).toString(), u"火车上"_s);
        QCOMPARE(stored.value(u"title"_s).toString(), u"set elsewhere"_s);
        QCOMPARE(stored.value(u"skin"_s).toString(), u"ocean"_s);
        QVERIFY(SpaceRepository(*alice->store).mine()->base);
    }

    void aPlaylistWaitsForTheUploadOfItsTracks()
    {
        // Tracks added one after the other, each put in the playlist at once: the outbox holds the first
        // track, then the settings naming both, then the second track. The settings must wait for the second.
        auto alice = m_world.signUp(u"alice"_s);
        QVERIFY(alice);
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        alice->goOffline();
        QStringList playlist;
        for (const QString &title : {u"Morning bell"_s, u"Evening song"_s}) {
            const QString path = folder.filePath(title + u".wav"_s);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly) && file.write(AudioFixtures::wav(500)) > 0);
            file.close();
            kj::TrackWrite write;
            write.title = title;
            kj::Result<QString> id = kj::app::UploadQueue(*alice->store).queueTrack(path, write);
            QVERIFY(id);
            playlist.append(*id);
            std::optional<kj::store::MySpace> mine = SpaceRepository(*alice->store).mine();
            kj::SpaceSettings settings = mine ? mine->settings : kj::SpaceSettings{};
            settings.music.trackIds = playlist;
            QVERIFY(SpaceRepository(*alice->store).saveMine(settings, {u"music"_s}).ok());
        }
        QCOMPARE(alice->store->outbox().entries().size(), 3);
        QCOMPARE(alice->store->outbox().entries().at(1).kind, SpaceRepository::kKind);

        alice->goOnline();
        QVERIFY(alice->syncOnce().ok());
        QCOMPARE(alice->store->outbox().rejectedCount(), 0);
        QCOMPARE(alice->store->outbox().pendingCount(), 0);
        const QJsonArray stored = serverSpace(*alice).value(u"music"_s).toObject().value(u"trackIds"_s).toArray();
        QCOMPARE(stored, QJsonArray::fromStringList(playlist));
    }
};

QTEST_GUILESS_MAIN(TestSpacePusher)
#include "tst_spacepusher.moc"
