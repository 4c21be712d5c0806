#include "models/store/storefilecheck.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>
#include <fcntl.h>
#include <sys/stat.h>
#include <ctime>
#include <optional>

namespace kj::store {

namespace {

// SQLite's primary result codes (extended codes keep them in the low byte).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;

constexpr qint64 kHeaderSize = 100;
const QByteArray kMagic("SQLite format 3\0", 16);

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    return (quint32(quint8(bytes[offset])) << 24) | (quint32(quint8(bytes[offset + 1])) << 16)
           | (quint32(quint8(bytes[offset + 2])) << 8) | quint32(quint8(bytes[offset + 3]));
}

StoreFileCheck::Outcome damaged(const QString &reason)
{
    return {StoreFileCheck::Verdict::Damaged, reason};
}

StoreFileCheck::Outcome unreadable(const QString &reason)
{
    return {StoreFileCheck::Verdict::Unreadable, reason};
}

//! The header alone: SQLite's magic, a page size it could have written, a length of whole pages.
StoreFileCheck::Outcome checkHeader(const QString &path, bool inTransition)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(QStringLiteral("cannot read it: %1").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return {}; // SQLite makes a new database in an empty file
    const QByteArray header = file.read(kHeaderSize);
    if (header.size() < kHeaderSize || !header.startsWith(kMagic))
        return damaged(QStringLiteral("it is not an SQLite database"));
    const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint32(quint8(header[17]));
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        return damaged(QStringLiteral("its header names an impossible page size (%1)").arg(rawPageSize));
    // While a -wal file holds pages, or a rollback journal is left by a crash, the main file may lag behind
    // its own header until SQLite finishes the checkpoint or rolls the journal back on the next open: only
    // a file without either is measured.
    if (inTransition)
        return {};
    if (size % pageSize != 0)
        return damaged(QStringLiteral("it ends in the middle of a page (%1 bytes, pages of %2): it was cut short").arg(size).arg(pageSize));
    // The page count in the header counts only when it was written together with the change counter.
    const quint32 pageCount = bigEndian32(header, 28);
    if (pageCount > 0 && bigEndian32(header, 24) == bigEndian32(header, 92) && size < qint64(pageCount) * pageSize) {
        return damaged(QStringLiteral("it has %1 of its %2 pages: it was cut short").arg(size / pageSize).arg(pageCount));
    }
    return {};
}

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

StoreFileCheck::Outcome fromSqlError(const QSqlError &error)
{
    const int code = primaryCode(error);
    if (code == kSqliteCorrupt || code == kSqliteNotADatabase)
        return damaged(error.databaseText().isEmpty() ? error.text() : error.databaseText());
    if (code == kSqliteBusy || code == kSqliteLocked)
        return unreadable(QStringLiteral("another program holds it locked: %1").arg(error.text()));
    // The read-only check cannot roll back a journal a crash left behind; the store's own connection will.
    if (code == kSqliteReadOnly)
        return {};
    return unreadable(error.text());
}

StoreFileCheck::Outcome quickCheck(const QString &path)
{
    static QAtomicInteger<quint64> counter;
    const QString name = QStringLiteral("kj-store-check-%1").arg(counter.fetchAndAddRelaxed(1));
    StoreFileCheck::Outcome outcome;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        // Read-only: looking must not change the file (no checkpoint on close), so a damaged one is kept
        // exactly as it was found.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            outcome = fromSqlError(db.lastError());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                outcome = fromSqlError(query.lastError());
            } else {
                QStringList problems;
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != u"ok")
                        problems.append(line);
                }
                if (query.lastError().isValid())
                    outcome = fromSqlError(query.lastError());
                else if (!problems.isEmpty())
                    outcome = damaged(QStringLiteral("SQLite's check finds it damaged: %1").arg(problems.mid(0, 3).join(QStringLiteral("; "))));
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

QString cleanCloseRecord(const QString &path)
{
    return path + QStringLiteral(".closed");
}

bool inTransition(const QString &path)
{
    const QFileInfo wal(path + QStringLiteral("-wal"));
    return (wal.exists() && wal.size() > 0) || QFileInfo::exists(path + QStringLiteral("-journal"));
}

// What identifies the file as it was left: device, inode, size, modification time (ns).
std::optional<QByteArray> fingerprint(const QString &path)
{
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return std::nullopt;
    return QByteArray("kj-store-closed 1 ") + QByteArray::number(quint64(status.st_dev)) + ' '
        + QByteArray::number(quint64(status.st_ino)) + ' ' + QByteArray::number(qint64(status.st_size)) + ' '
        + QByteArray::number(qint64(status.st_mtim.tv_sec)) + ' ' + QByteArray::number(qint64(status.st_mtim.tv_nsec));
}

// Whether `path` is as recordCleanClose() left it; the record is gone afterwards either way.
bool unchangedSinceCleanClose(const QString &path)
{
    QFile record(cleanCloseRecord(path));
    if (!record.exists())
        return false;
    QByteArray recorded;
    if (record.open(QIODevice::ReadOnly))
        recorded = record.readAll().trimmed();
    record.close();
    if (!record.remove())
        return false; // a record that cannot be removed could vouch for a later, unclean close
    const std::optional<QByteArray> now = fingerprint(path);
    return now && !recorded.isEmpty() && *now == recorded;
}

} // namespace

StoreFileCheck::Outcome StoreFileCheck::check(const QString &path)
{
    const QFileInfo info(path);
    const bool transition = inTransition(path);
    const bool cleanlyClosed = unchangedSinceCleanClose(path) && !transition;
    if (!info.exists())
        return {};
    const Outcome header = checkHeader(path, transition);
    if (header.verdict != Verdict::Sound || info.size() == 0 || cleanlyClosed)
        return header;
    Outcome checked = quickCheck(path);
    checked.quickChecked = true;
    return checked;
}

void StoreFileCheck::recordCleanClose(const QString &path)
{
    QFile::remove(cleanCloseRecord(path));
    if (!QFileInfo::exists(path) || inTransition(path))
        return;
    timespec stamp{};
    clock_gettime(CLOCK_REALTIME, &stamp);
    stamp.tv_nsec = long(QRandomGenerator::global()->bounded(1000000000));
    const timespec times[2] = {{0, UTIME_OMIT}, stamp};
    if (::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0) != 0)
        return;
    const std::optional<QByteArray> print = fingerprint(path);
    if (!print || inTransition(path))
        return;
    QSaveFile record(cleanCloseRecord(path));
    if (record.open(QIODevice::WriteOnly) && record.write(*print + '\n') == print->size() + 1)
        (void)record.commit();
}

Result<QString> StoreFileCheck::moveAside(const QString &path, const QDateTime &now)
{
    const QString stamp = now.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString kept = QStringLiteral("%1.corrupt-%2").arg(path, stamp);
    // Two damaged files within one second keep both.
    for (int n = 2; QFileInfo::exists(kept) || QFileInfo::exists(kept + QStringLiteral("-wal")); ++n)
        kept = QStringLiteral("%1.corrupt-%2-%3").arg(path, stamp).arg(n);
    // The -wal and -shm first: a main file already moved with its -wal left behind would let SQLite apply
    // that -wal to the next new store.
    QStringList moved;
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QString()}) {
        const QString from = path + suffix;
        if (!QFileInfo::exists(from))
            continue;
        QFile file(from);
        if (!file.rename(kept + suffix)) {
            const QString why = file.errorString();
            // Put back what moved, so the files stay together where they were.
            for (const QString &done : std::as_const(moved))
                (void)QFile::rename(kept + done, path + done);
            return kj::fail(kj::ErrorCode::Storage, QStringLiteral("cannot move %1 aside to %2: %3").arg(from, kept + suffix, why));
        }
        moved.append(suffix);
    }
    return kept;
}

} // namespace kj::store
