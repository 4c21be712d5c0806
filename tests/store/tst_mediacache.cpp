// MediaCache: files in a folder listed in the store, a byte budget, least recently used evicted first, a
// file gone or damaged on disk taken for a miss, and what it kept still there after the store is reopened.
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/mediacache.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::MediaSize;
using kj::store::ClientStore;
using kj::store::MediaCache;

class TestMediaCache : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ClientStore> m_store;

    QString folder() const { return m_dir.filePath(u"media-cache"_s); }
    static QByteArray bytes(int size, char fill) { return QByteArray(size, fill); }
    int filesOnDisk() const { return int(QDir(folder()).entryList(QDir::Files).size()); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(folder()).removeRecursively();
        QFile::remove(m_dir.filePath(u"store.sqlite"_s));
        auto store = ClientStore::open(m_dir.filePath(u"store.sqlite"_s), kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void cleanup() { m_store.reset(); }

    void keepsAndGivesBack()
    {
        MediaCache cache(*m_store, folder());
        QCOMPARE(cache.budget(), MediaCache::kDefaultBudgetBytes);
        const QString id = kj::newItemId();
        QVERIFY(!cache.get(id, MediaSize::Thumb));
        QVERIFY(cache.put(id, MediaSize::Thumb, "thumb bytes", "image/jpeg").ok());
        QVERIFY(cache.put(id, MediaSize::Large, "large bytes!", "image/jpeg").ok());
        QVERIFY(cache.contains(id, MediaSize::Thumb));
        QVERIFY(!cache.contains(id, MediaSize::Original));
        const auto thumb = cache.get(id, MediaSize::Thumb);
        QVERIFY(thumb);
        QCOMPARE(thumb->bytes, QByteArray("thumb bytes"));
        QCOMPARE(thumb->contentType, QByteArray("image/jpeg"));
        QCOMPARE(cache.get(id, MediaSize::Large)->bytes, QByteArray("large bytes!"));
        QCOMPARE(cache.totalBytes(), qint64(11 + 12));
        QCOMPARE(cache.count(), 2);
        QCOMPARE(filesOnDisk(), 2);

        // A newer copy replaces the older one.
        QVERIFY(cache.put(id, MediaSize::Thumb, "newer", "image/png").ok());
        QCOMPARE(cache.get(id, MediaSize::Thumb)->bytes, QByteArray("newer"));
        QCOMPARE(cache.count(), 2);
        QCOMPARE(filesOnDisk(), 2);

        // Still there for the next run (offline, say).
        m_store.reset();
        auto reopened = ClientStore::open(m_dir.filePath(u"store.sqlite"_s), kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(reopened.ok());
        m_store = std::move(*reopened);
        MediaCache again(*m_store, folder());
        QCOMPARE(again.get(id, MediaSize::Large)->bytes, QByteArray("large bytes!"));
    }

    void evictsTheLeastRecentlyUsedWithinTheBudget()
    {
        MediaCache cache(*m_store, folder(), 1000);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            ids.append(kj::newItemId());
            QVERIFY(cache.put(ids.last(), MediaSize::Thumb, bytes(300, char('a' + i)), "image/jpeg").ok());
        }
        // 4 x 300 > 1000: the first one put (used least recently) went.
        QCOMPARE(cache.count(), 3);
        QVERIFY(cache.totalBytes() <= 1000);
        QVERIFY(!cache.contains(ids.at(0), MediaSize::Thumb));
        QCOMPARE(filesOnDisk(), 3);

        // Using the oldest of the rest makes it the newest: the next eviction takes the one after it.
        QVERIFY(cache.get(ids.at(1), MediaSize::Thumb));
        const QString fifth = kj::newItemId();
        QVERIFY(cache.put(fifth, MediaSize::Thumb, bytes(300, 'e'), "image/jpeg").ok());
        QVERIFY(cache.contains(ids.at(1), MediaSize::Thumb));
        QVERIFY(!cache.contains(ids.at(2), MediaSize::Thumb));
        QVERIFY(cache.contains(ids.at(3), MediaSize::Thumb));
        QVERIFY(cache.contains(fifth, MediaSize::Thumb));

        // A big one pushes out as many as it needs, oldest first; the most recently used stays.
        QVERIFY(cache.get(fifth, MediaSize::Thumb));
        const QString big = kj::newItemId();
        QVERIFY(cache.put(big, MediaSize::Large, bytes(650, 'B'), "image/jpeg").ok());
        QVERIFY(!cache.contains(ids.at(1), MediaSize::Thumb));
        QVERIFY(!cache.contains(ids.at(3), MediaSize::Thumb));
        QVERIFY(cache.contains(fifth, MediaSize::Thumb));
        QVERIFY(cache.contains(big, MediaSize::Large));
        QCOMPARE(cache.totalBytes(), qint64(950));
        QCOMPARE(filesOnDisk(), 2);

        // More than the whole budget is not kept at all (and evicts nothing while the rest fits).
        QVERIFY(cache.put(kj::newItemId(), MediaSize::Large, bytes(1001, 'X'), "image/jpeg").ok());
        QCOMPARE(cache.count(), 2);

        // A smaller budget evicts at once.
        QVERIFY(cache.setBudget(700).ok());
        QCOMPARE(cache.count(), 1);
        QVERIFY(cache.contains(big, MediaSize::Large));
        QVERIFY(cache.totalBytes() <= 700);
        QCOMPARE(filesOnDisk(), 1);
    }

    void aFileGoneOrDamagedOnDiskIsAMiss()
    {
        MediaCache cache(*m_store, folder());
        const QString gone = kj::newItemId();
        const QString cut = kj::newItemId();
        QVERIFY(cache.put(gone, MediaSize::Thumb, "some bytes", "image/jpeg").ok());
        QVERIFY(cache.put(cut, MediaSize::Thumb, "more bytes", "image/jpeg").ok());
        QVERIFY(QFile::remove(QDir(folder()).filePath(gone + u".thumb"_s)));
        QFile file(QDir(folder()).filePath(cut + u".thumb"_s));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("more");
        file.close();

        QVERIFY(!cache.get(gone, MediaSize::Thumb));
        QVERIFY(!cache.get(cut, MediaSize::Thumb));
        // Forgotten, so they no longer count against the budget; putting them again works.
        QCOMPARE(cache.count(), 0);
        QCOMPARE(cache.totalBytes(), qint64(0));
        QVERIFY(cache.put(gone, MediaSize::Thumb, "some bytes", "image/jpeg").ok());
        QCOMPARE(cache.get(gone, MediaSize::Thumb)->bytes, QByteArray("some bytes"));
    }

    void onlyAMediaIdNamesAFile()
    {
        MediaCache cache(*m_store, folder());
        QCOMPARE(cache.put(u"../../etc/passwd"_s, MediaSize::Thumb, "x", "image/jpeg").error().code, kj::ErrorCode::InvalidId);
        QCOMPARE(cache.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMediaCache)
#include "tst_mediacache.moc"
