#pragma once

#include "app/sync/outboxpusher.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>

namespace kj::store {
class ClientStore;
struct OutboxEntry;
struct QueuedUpload;
} // namespace kj::store

namespace kj::app {

class ApiClient;
class MediaUpload;

//! Pushes queued photo and track uploads (UploadQueue's outbox kinds). The bytes go first, as a resumable
//! upload: an upload the server has already (POST answers with its media) sends nothing again; a stored
//! upload id resumes from the server's offset (HEAD), and the offset each chunk brings is recorded in the
//! store at once, so a killed client, a sleeping laptop or a restarted server go on where they were; an
//! upload the server forgot starts over. Then PUT /photos/{id} or /tracks/{id}, idempotent by the item's id.
//! A file changed or removed on disk before its bytes were all sent is refused for good (a rejected change
//! that says so), as is what the server refuses (not a picture, no such album ...).
class UploadPusher : public QObject, public OutboxPusher
{
    Q_OBJECT

public:
    UploadPusher(kj::store::ClientStore &store, ApiClient &api, QObject *parent = nullptr);
    ~UploadPusher() override;

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;
    //! A paused upload (UploadQueue::setPaused) waits in its place; the sync pushes what is behind it.
    [[nodiscard]] bool isHeld(const kj::store::OutboxEntry &entry) const override;

    //! Holds the upload of item `itemId` back: stops it if it is being sent (what the server acknowledged is
    //! kept, and it resumes from there) and marks it paused in the store, so it stays paused after a restart.
    [[nodiscard]] kj::Status pause(const QString &itemId);
    //! Lets a paused upload go again (with the next sync).
    [[nodiscard]] kj::Status resume(const QString &itemId);
    //! Stops the upload of item `itemId` if it is being sent and forgets it (its row and outbox entry).
    [[nodiscard]] kj::Status cancel(const QString &itemId);
    //! The item whose bytes are being sent now, if any.
    [[nodiscard]] QString currentItemId() const;

    //! Bytes per PATCH (1 byte .. 8 MiB, default 8 MiB); small ones for tests that want many chunks.
    void setChunkSize(qint64 bytes);
    [[nodiscard]] qint64 chunkSize() const { return m_chunkSize; }

Q_SIGNALS:
    //! The server has `sent` of the `total` bytes of the file that becomes item `itemId`.
    void fileProgress(const QString &itemId, const QString &fileName, qint64 sent, qint64 total);
    //! Over every queued upload (those done since the queue was last empty count as whole).
    void overallProgress(qint64 sent, qint64 total);
    //! The item is on the server: its JSON as the server answered the PUT (a photo or a track).
    void uploaded(const QString &kind, const QString &itemId, const QJsonObject &item);

private:
    void sendBytes(const kj::store::OutboxEntry &entry, const kj::store::QueuedUpload &upload, Done done);
    void putItem(const kj::store::OutboxEntry &entry, const kj::store::QueuedUpload &upload, bool byUploadId, Done done);
    void settle(const kj::store::OutboxEntry &entry, const QString &kind, const QJsonObject &item, Done done);
    //! Reports `error`; a refusal for good also forgets the upload's row (the rejected change keeps the rest).
    void fail(const kj::store::OutboxEntry &entry, kj::Error error, const Done &done);
    void reportOverall();
    //! Stops the upload of `itemId` if it is the one being sent; the push it ends (to be called), or null.
    [[nodiscard]] Done abandonCurrent(const QString &itemId);

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    qint64 m_chunkSize;
    QPointer<MediaUpload> m_current;
    QString m_currentItemId;
    Done m_currentDone; // the push of the upload being sent
    qint64 m_doneBytes = 0; // bytes of uploads finished since the queue was last empty
};

} // namespace kj::app
