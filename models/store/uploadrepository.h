#pragma once

#include "models/domain/result.h"
#include "models/domain/upload.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kj::store {

class ClientStore;

//! A file queued for upload: where it is, what it is, its size and SHA-256 (hashed once, when it was
//! queued), and how far the server has it: the server's upload id and the offset it acknowledged last,
//! or the media id once the bytes are all there.
struct QueuedUpload {
    QString id;         // the item it becomes (a photo's or a track's client id)
    QString path;       // the file on this machine
    kj::MediaKind kind = kj::MediaKind::Photo;
    QString filename;   // its name, a display hint for the server
    qint64 size = 0;
    QString sha256;     // 64 lower-case hex digits
    QString uploadId;   // the server's upload, empty before it started (or after it vanished)
    qint64 sent = 0;    // bytes the server acknowledged
    QString mediaId;    // set once the server holds the bytes
    QDateTime createdAt;

    [[nodiscard]] bool bytesDone() const { return !mediaId.isEmpty(); }
};

//! The `uploads` table: queued files and how far each got. A photo or track command writes the row and its
//! outbox entry in one transaction; the upload pusher moves it on after each acknowledged chunk.
class UploadRepository
{
public:
    explicit UploadRepository(ClientStore &store);

    //! Queues a file (call inside the transaction that queues its outbox entry). A row with this id is an error.
    [[nodiscard]] Status add(const QueuedUpload &upload);
    [[nodiscard]] std::optional<QueuedUpload> find(const QString &id) const;
    //! Oldest first.
    [[nodiscard]] QList<QueuedUpload> all() const;

    //! The server opened upload `uploadId` for it, at offset 0.
    [[nodiscard]] Status recordStarted(const QString &id, const QString &uploadId);
    //! The server acknowledged `offset` bytes.
    [[nodiscard]] Status recordOffset(const QString &id, qint64 offset);
    //! The server holds the bytes as `mediaId`.
    [[nodiscard]] Status recordMedia(const QString &id, const QString &mediaId);
    //! The file is settled (its item is on the server, or the change was refused for good).
    [[nodiscard]] Status remove(const QString &id);

    //! Bytes of every queued file, and how many of them the server has.
    struct Totals {
        qint64 sent = 0;
        qint64 total = 0;
        int files = 0;
    };
    [[nodiscard]] Totals totals() const;

private:
    ClientStore &m_store;
};

} // namespace kj::store
