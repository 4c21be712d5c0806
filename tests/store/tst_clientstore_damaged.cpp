#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/storefilecheck.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::store::ClientStore;
using kj::store::StoreFileCheck;

//! A damaged local store is found when it is opened, moved aside with its -wal and -shm (kept byte for
//! byte, never deleted or overwritten), reported with the path it is kept at, and the next open starts a
//! new store; a sound store, also one with a -wal another connection is still writing, is never taken for
//! a damaged one.
class TestClientStoreDamaged : public QObject
{
    Q_OBJECT

private:
    const kj::User m_alice{u"alice"_s, u"Alice"_s, {}};

    //! A closed store at `path` with `count` diaries of some kilobytes each (many pages).
    bool writeStore(const QString &path, int count)
    {
        auto store = ClientStore::open(path, m_alice);
        if (!store)
            return false;
        for (int i = 0; i < count; ++i) {
            const QString body = u"第%1篇 "_s.arg(i) + QString(2000, u'x');
            if (!(*store)->diaries().saveMyDiary({}, u"title %1"_s.arg(i), body, kj::Visibility::Friends))
                return false;
        }
        return true;
    }

    static QByteArray sha(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
    }

    //! Opens `path`, expects it to be refused as damaged, and checks what was kept. The kept path.
    QString expectMovedAside(const QString &path, const QByteArray &originalSha, const QByteArray &walBytes = {})
    {
        auto store = ClientStore::open(path, m_alice);
        if (store.ok()) {
            QTest::qFail("a damaged store was opened", __FILE__, __LINE__);
            return {};
        }
        const kj::Error &error = store.error();
        qInfo("%s", qPrintable(error.message));
        const QString kept = error.details.value(StoreFileCheck::kKeptAtKey).toString();
        const auto check = [&](bool ok, const char *what) {
            if (!ok)
                QTest::qFail(qPrintable(QString::fromUtf8(what) + u": "_s + error.message), __FILE__, __LINE__);
            return ok;
        };
        if (!check(error.code == kj::ErrorCode::Storage, "a Storage error")
            || !check(kept.startsWith(path + u".corrupt-"_s), "kept next to it, named .corrupt-<time>")
            || !check(error.message.contains(kept), "the message names the kept file")
            || !check(!QFileInfo::exists(path), "the damaged file left its place")
            || !check(sha(kept) == originalSha, "kept byte for byte"))
            return {};
        if (!walBytes.isEmpty()) {
            QFile wal(kept + u"-wal"_s);
            if (!check(!QFileInfo::exists(path + u"-wal"_s), "its -wal left too")
                || !check(wal.open(QIODevice::ReadOnly) && wal.readAll() == walBytes, "its -wal kept beside it"))
                return {};
        }
        return kept;
    }

    //! After a file was moved aside, the next open makes a new, empty and sound store.
    void expectFreshStoreNext(const QString &path)
    {
        auto fresh = ClientStore::open(path, m_alice);
        QVERIFY2(fresh.ok(), qPrintable(fresh ? QString() : fresh.error().message));
        QCOMPARE((*fresh)->diaries().countByAuthor(u"alice"_s), 0);
        QCOMPARE((*fresh)->outbox().pendingCount(), 0);
        QVERIFY(fresh->get()->diaries().saveMyDiary({}, u"again"_s, u"a new start"_s, kj::Visibility::Private).ok());
    }

private Q_SLOTS:
    void garbageIsMovedAsideWithItsWal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeStore(path, 5));
        const qint64 size = QFileInfo(path).size();
        QByteArray garbage(size, Qt::Uninitialized);
        QRandomGenerator random(42);
        for (char &byte : garbage)
            byte = char(random.bounded(256));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(garbage), size);
        file.close();
        // A -wal and -shm beside it: they belong to the damaged file and must go with it.
        const QByteArray walBytes = "not a wal either";
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            QFile extra(path + suffix);
            QVERIFY(extra.open(QIODevice::WriteOnly));
            extra.write(walBytes);
        }
        const QString kept = expectMovedAside(path, sha(path), walBytes);
        QVERIFY(!kept.isEmpty());
        QVERIFY(QFileInfo::exists(kept + u"-shm"_s));
        QVERIFY(!QFileInfo::exists(path + u"-shm"_s));
        expectFreshStoreNext(path);
        // The kept file is still there, untouched, after the new store was made.
        QCOMPARE(sha(kept), QCryptographicHash::hash(garbage, QCryptographicHash::Sha256));
    }

    void truncatedMidPageIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeStore(path, 40));
        QVERIFY(!QFileInfo::exists(path + u"-wal"_s)); // the last close checkpointed it
        const qint64 size = QFileInfo(path).size();
        QVERIFY(size > 16 * 4096);
        QVERIFY(QFile::resize(path, size / 2 + 1000));
        const QString kept = expectMovedAside(path, sha(path));
        QVERIFY(!kept.isEmpty());
        expectFreshStoreNext(path);
    }

    void truncatedAtAPageBoundaryIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeStore(path, 40));
        const qint64 size = QFileInfo(path).size();
        QVERIFY(QFile::resize(path, (size / 4096 / 2) * 4096));
        QVERIFY(!expectMovedAside(path, sha(path)).isEmpty());
    }

    void aDamagedPageInsideIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeStore(path, 40));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // Page 3 onwards: the b-tree pages of the tables, no longer what SQLite wrote.
        QVERIFY(file.seek(2 * 4096));
        QByteArray noise(3 * 4096, '\xA5');
        QCOMPARE(file.write(noise), noise.size());
        file.close();
        QVERIFY(!expectMovedAside(path, sha(path)).isEmpty());
    }

    void aStoreUnchangedSinceItsCleanCloseIsNotReadAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        const QString record = path + u".closed"_s;
        QVERIFY(writeStore(path, 40));
        QVERIFY(QFileInfo::exists(record));
        StoreFileCheck::Outcome checked = StoreFileCheck::check(path);
        QCOMPARE(checked.verdict, StoreFileCheck::Verdict::Sound);
        QVERIFY(!checked.quickChecked);
        // The record vouches once: the next look (as after a crash of the program that opened it) reads it all.
        QVERIFY(!QFileInfo::exists(record));
        QVERIFY(StoreFileCheck::check(path).quickChecked);

        // Written to by anything after the clean close, even one byte rewritten as it was: read in full.
        QVERIFY(writeStore(path, 1));
        QVERIFY(QFileInfo::exists(record));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(3 * 4096 + 17));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(3 * 4096 + 17));
            QVERIFY(file.putChar(byte));
        }
        checked = StoreFileCheck::check(path);
        QVERIFY(checked.quickChecked);
        QCOMPARE(checked.verdict, StoreFileCheck::Verdict::Sound);

        // While a store is open there is no record for another program to trust.
        QVERIFY(writeStore(path, 1));
        auto open = ClientStore::open(path, m_alice);
        QVERIFY(open.ok());
        QVERIFY(!QFileInfo::exists(record));
        QVERIFY((*open)->diaries().saveMyDiary({}, u"t"_s, u"b"_s, kj::Visibility::Friends).ok());
        QVERIFY(StoreFileCheck::check(path).quickChecked);
    }

    void aSoundStoreIsNeverTakenForDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        QVERIFY(writeStore(path, 40));
        QCOMPARE(StoreFileCheck::check(path).verdict, StoreFileCheck::Verdict::Sound);
        // Open with a -wal full of pages another connection wrote and has not checkpointed.
        auto writer = ClientStore::open(path, m_alice);
        QVERIFY(writer.ok());
        for (int i = 0; i < 30; ++i)
            QVERIFY((*writer)->diaries().saveMyDiary({}, u"more"_s, QString(3000, u'y'), kj::Visibility::Friends).ok());
        QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
        const StoreFileCheck::Outcome checked = StoreFileCheck::check(path);
        QVERIFY2(checked.verdict == StoreFileCheck::Verdict::Sound, qPrintable(checked.reason));
        auto reader = ClientStore::open(path, m_alice);
        QVERIFY2(reader.ok(), qPrintable(reader ? QString() : reader.error().message));
        QCOMPARE((*reader)->diaries().countByAuthor(u"alice"_s), 70);
        // An empty file is a new store, not a damaged one.
        const QString empty = dir.filePath(u"empty.sqlite"_s);
        QFile touch(empty);
        QVERIFY(touch.open(QIODevice::WriteOnly));
        touch.close();
        QVERIFY(ClientStore::open(empty, m_alice).ok());
    }

    void twoDamagedFilesInOneSecondAreBothKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kongjian.sqlite"_s);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QStringList kept;
        for (int i = 0; i < 2; ++i) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("damaged number " + QByteArray::number(i));
            file.close();
            auto moved = StoreFileCheck::moveAside(path, now);
            QVERIFY(moved.ok());
            kept.append(*moved);
        }
        QVERIFY(kept.at(0) != kept.at(1));
        QVERIFY(kept.at(0).endsWith(now.toString(u"yyyyMMdd'T'HHmmss'Z'"_s)));
        QFile first(kept.at(0));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("damaged number 0"));
    }
};

QTEST_GUILESS_MAIN(TestClientStoreDamaged)
#include "tst_clientstore_damaged.moc"
