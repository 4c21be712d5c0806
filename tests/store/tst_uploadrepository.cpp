// UploadRepository: a queued file with its hash, the server's upload id and acknowledged offset, the media
// once whole, the totals that overall progress is made of.
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/uploadrepository.h"

#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;
using kj::store::QueuedUpload;
using kj::store::UploadRepository;

class TestUploadRepository : public QObject
{
    Q_OBJECT

    std::unique_ptr<ClientStore> m_store;

    static QueuedUpload upload(qint64 size, kj::MediaKind kind = kj::MediaKind::Photo)
    {
        QueuedUpload queued;
        queued.id = kj::newItemId();
        queued.path = u"/home/alice/照片/西湖.jpg"_s;
        queued.kind = kind;
        queued.filename = u"西湖.jpg"_s;
        queued.size = size;
        queued.sha256 = QString(64, u'a');
        return queued;
    }

private Q_SLOTS:
    void init()
    {
        auto store = ClientStore::openInMemory(kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void followsAnUploadToItsEnd()
    {
        UploadRepository uploads(*m_store);
        const QueuedUpload photo = upload(1000);
        const QueuedUpload track = upload(500, kj::MediaKind::Track);
        QVERIFY(uploads.add(photo).ok());
        QVERIFY(uploads.add(track).ok());
        QVERIFY(!uploads.add(photo).ok()); // one row per item

        auto found = uploads.find(photo.id);
        QVERIFY(found);
        QCOMPARE(found->path, photo.path);
        QCOMPARE(found->filename, photo.filename);
        QCOMPARE(found->size, 1000);
        QCOMPARE(found->sha256, photo.sha256);
        QVERIFY(found->uploadId.isEmpty());
        QCOMPARE(found->sent, 0);
        QVERIFY(!found->bytesDone());
        QCOMPARE(uploads.find(track.id)->kind, kj::MediaKind::Track);
        QCOMPARE(uploads.all().size(), 2);

        const QString serverUpload = kj::newItemId();
        QVERIFY(uploads.recordStarted(photo.id, serverUpload).ok());
        QVERIFY(uploads.recordOffset(photo.id, 400).ok());
        found = uploads.find(photo.id);
        QCOMPARE(found->uploadId, serverUpload);
        QCOMPARE(found->sent, 400);
        auto totals = uploads.totals();
        QCOMPARE(totals.sent, 400);
        QCOMPARE(totals.total, 1500);
        QCOMPARE(totals.files, 2);

        // The upload vanished on the server: a new one starts at 0.
        const QString second = kj::newItemId();
        QVERIFY(uploads.recordStarted(photo.id, second).ok());
        QCOMPARE(uploads.find(photo.id)->sent, 0);

        const QString media = kj::newItemId();
        QVERIFY(uploads.recordMedia(photo.id, media).ok());
        found = uploads.find(photo.id);
        QVERIFY(found->bytesDone());
        QCOMPARE(found->mediaId, media);
        QCOMPARE(found->sent, 1000);
        QCOMPARE(uploads.totals().sent, 1000);

        QVERIFY(uploads.remove(photo.id).ok());
        QVERIFY(!uploads.find(photo.id));
        totals = uploads.totals();
        QCOMPARE(totals.total, 500);
        QCOMPARE(totals.files, 1);
    }

    void refusesARowWithoutItsHash()
    {
        UploadRepository uploads(*m_store);
        QueuedUpload broken = upload(10);
        broken.sha256 = u"not a hash"_s;
        QVERIFY(!uploads.add(broken).ok());
        broken = upload(0);
        QVERIFY(!uploads.add(broken).ok());
        QVERIFY(uploads.all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestUploadRepository)
#include "tst_uploadrepository.moc"
