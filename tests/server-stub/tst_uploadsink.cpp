// An upload's bytes hashed as they arrive: the SHA-256 state kept between PATCHes (UploadDigests), a PATCH
// cut off leaves the kept state as it was, a state that does not cover the offset is not used, and the
// chunk that ends the upload gives the digest of the whole file without reading it again.
#include "server-stub/media/filesha256.h"
#include "server-stub/media/mediastore.h"
#include "server-stub/media/sha256.h"
#include "server-stub/media/uploadsink.h"

#include "models/domain/ids.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::server::media::MediaStore;
using kj::server::media::Sha256;
using kj::server::media::UploadSink;

namespace {

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray someBytes(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 131 + i / 977) & 0xff);
    return bytes;
}

} // namespace

class TestUploadSink : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MediaStore> m_store;

    //! A new upload with its empty .part file.
    QString newUpload()
    {
        const QString id = kj::newItemId();
        QFile part(m_store->uploadPath(id));
        if (!part.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return {};
        return id;
    }

    //! One PATCH of `bytes` at `offset`, whole and committed: the sink's digest of the whole upload, or
    //! "none" when it has none (the file is to be read), or what went wrong.
    QString send(const QString &id, qint64 offset, const QByteArray &bytes, qint64 remaining)
    {
        kj::Result<std::shared_ptr<UploadSink>> sink = UploadSink::open(*m_store, id, offset, remaining);
        if (!sink)
            return u"cannot open: "_s + sink.error().message;
        // In uneven pieces, as a socket gives them.
        for (qsizetype at = 0; at < bytes.size(); at += 7001) {
            const QByteArray piece = bytes.mid(at, 7001);
            if (!(*sink)->write(piece.constData(), std::size_t(piece.size())))
                return u"cannot write"_s;
        }
        if (!(*sink)->commit())
            return u"cannot commit"_s;
        return (*sink)->sha256().value_or(u"none"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_store = std::make_unique<MediaStore>(m_dir.path(), kj::server::media::MediaLimits{});
        QVERIFY(m_store->prepare().ok());
    }

    void sha256GoesOnFromACopy()
    {
        const QByteArray bytes = someBytes(300000);
        kj::Result<Sha256> digest = Sha256::start();
        QVERIFY(digest.ok());
        QVERIFY(digest->update(bytes.constData(), 100000).ok());
        kj::Result<Sha256> copy = digest->copy();
        QVERIFY(copy.ok());
        QVERIFY(digest->update(bytes.constData() + 100000, 200000).ok());
        QVERIFY(copy->update("other", 5).ok());
        QCOMPARE(digest->finish().value(), sha256Hex(bytes));
        QCOMPARE(copy->finish().value(), sha256Hex(bytes.left(100000) + "other"));
        QCOMPARE(Sha256::start().value().finish().value(), sha256Hex({}));
    }

    void fileSha256ReadsTheWholeFile()
    {
        const QByteArray bytes = someBytes(2 * 1024 * 1024 + 17); // past one 1 MiB block
        QFile file(m_dir.filePath(u"whole"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QCOMPARE(kj::server::media::fileSha256(file.fileName()).value(), sha256Hex(bytes));
    }

    void chunksAreHashedAsTheyArrive()
    {
        const QByteArray bytes = someBytes(1000000);
        const QString id = newUpload();
        QCOMPARE(send(id, 0, bytes.left(300000), bytes.size()), u"none"_s);
        QCOMPARE(m_store->digests().count(), 1);
        QCOMPARE(send(id, 300000, bytes.mid(300000, 300000), bytes.size() - 300000), u"none"_s);
        QCOMPARE(m_store->digests().count(), 1);
        // The file is not read at the end: spoil a byte of it behind the sinks' backs and the digest still
        // says what came through them.
        QFile part(m_store->uploadPath(id));
        QVERIFY(part.open(QIODevice::ReadWrite));
        QVERIFY(part.seek(12345));
        QCOMPARE(part.write("!", 1), 1);
        part.close();
        QCOMPARE(send(id, 600000, bytes.mid(600000), bytes.size() - 600000), sha256Hex(bytes));
        QCOMPARE(m_store->digests().count(), 0); // dropped once the upload is whole
    }

    void aCutChunkLeavesTheKeptState()
    {
        const QByteArray bytes = someBytes(500000);
        const QString id = newUpload();
        QCOMPARE(send(id, 0, bytes.left(200000), bytes.size()), u"none"_s);
        {
            kj::Result<std::shared_ptr<UploadSink>> cut = UploadSink::open(*m_store, id, 200000, 300000);
            QVERIFY(cut.ok());
            QVERIFY((*cut)->write("garbage that never counts", 25).ok());
        } // gone without commit(): the client went away
        QCOMPARE(QFile(m_store->uploadPath(id)).size(), 200000);
        QCOMPARE(send(id, 200000, bytes.mid(200000), 300000), sha256Hex(bytes));
    }

    void aStateThatDoesNotCoverTheOffsetIsNotUsed()
    {
        const QByteArray bytes = someBytes(400000);
        const QString id = newUpload();
        QCOMPARE(send(id, 0, bytes.left(100000), bytes.size()), u"none"_s);
        // A kept state at another offset than the store's (a PATCH whose new offset the store did not
        // take): the upload goes on without hashing, and completion must read the file.
        kj::Result<Sha256> stray = Sha256::start();
        QVERIFY(stray.ok());
        m_store->digests().keep(id, 150000, std::move(stray).value());
        QVERIFY(!m_store->digests().resume(id, 100000).has_value());
        QCOMPARE(send(id, 100000, bytes.mid(100000, 100000), 300000), u"none"_s);
        QCOMPARE(m_store->digests().count(), 0); // nothing kept for an upload not being hashed
        QCOMPARE(send(id, 200000, bytes.mid(200000), 200000), u"none"_s);
        QCOMPARE(kj::server::media::fileSha256(m_store->uploadPath(id)).value(), sha256Hex(bytes));
    }

    void withoutAStateAfterARestartTheFileIsRead()
    {
        const QByteArray bytes = someBytes(300000);
        const QString id = newUpload();
        QCOMPARE(send(id, 0, bytes.left(100000), bytes.size()), u"none"_s);
        m_store = std::make_unique<MediaStore>(m_dir.path(), kj::server::media::MediaLimits{}); // a restart
        QCOMPARE(m_store->digests().count(), 0);
        QCOMPARE(send(id, 100000, bytes.mid(100000), 200000), u"none"_s);
        QCOMPARE(kj::server::media::fileSha256(m_store->uploadPath(id)).value(), sha256Hex(bytes));
    }

    void anEmptyUploadHashesToTheEmptyDigest()
    {
        const QString id = newUpload();
        QCOMPARE(send(id, 0, {}, 0), sha256Hex({}));
        QCOMPARE(m_store->digests().count(), 0);
    }

    void dropForgetsTheState()
    {
        const QString id = newUpload();
        QCOMPARE(send(id, 0, someBytes(1000), 5000), u"none"_s);
        QVERIFY(m_store->digests().resume(id, 1000).has_value());
        m_store->digests().drop(id);
        QVERIFY(!m_store->digests().resume(id, 1000).has_value());
        QCOMPARE(m_store->digests().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUploadSink)
#include "tst_uploadsink.moc"
