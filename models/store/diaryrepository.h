#pragma once

#include "models/domain/comment.h"
#include "models/domain/diary.h"
#include "models/domain/result.h"

#include <QList>
#include <optional>

namespace kj::store {

class ClientStore;

//! A diary as the local store holds it: the last known content, and whether it carries a local change
//! the server has not acknowledged yet.
struct LocalDiary {
    kj::Diary diary; // revision: the last server revision known locally (0: never reached the server)
    bool pending = false;
    //! What the server last said of its likes and comments (a like of mine still queued is not counted).
    kj::Reactions reactions;
};

//! The cached diaries of this account and its friends, and the user's own writes. Each write of the
//! user's goes into the store together with its outbox entry, in one transaction.
class DiaryRepository
{
public:
    explicit DiaryRepository(ClientStore &store);

    // --- what the user does (through DiaryService) ---

    //! Creates (empty or unknown `id`: a new id is made) or edits one of my diaries, and queues it for the
    //! server. Editing someone else's diary is Forbidden; a deleted one is NotFound. groups: with
    //! Visibility::Groups, the ids of my friend groups it is shown to (1 to 20), ignored otherwise.
    [[nodiscard]] Result<LocalDiary> saveMyDiary(const QString &id, const QString &title, const QString &body,
                                                 kj::Visibility visibility, const QStringList &groups = {});
    //! Deletes one of my diaries: a tombstone plus an outbox entry (one transaction). A diary that never
    //! reached the server simply goes away with its queued create.
    [[nodiscard]] Status deleteMyDiary(const QString &id);

    // --- reading (item models, CLI) ---

    //! A diary that is not deleted locally.
    [[nodiscard]] std::optional<LocalDiary> find(const QString &id) const;
    //! Newest (updatedAt) first.
    [[nodiscard]] QList<LocalDiary> listByAuthor(const QString &username, int limit = -1, int offset = 0) const;
    [[nodiscard]] int countByAuthor(const QString &username) const;
    //! Cached diaries of my friends and me, newest first.
    [[nodiscard]] QList<LocalDiary> feed(int limit = -1, int offset = 0) const;
    //! The next `limit` diaries of feed() after the one last read, (updatedAt, id) (keyset paging: a page costs
    //! the same however far down the list it is, and items cached meanwhile above it shift nothing).
    [[nodiscard]] QList<LocalDiary> feedAfter(const QDateTime &updatedAt, const QString &id, int limit) const;
    [[nodiscard]] int feedCount() const;

    // --- what sync does ---

    //! Any row, tombstones included (deleted: the local delete is not pushed yet).
    struct Row {
        LocalDiary local;
        bool deleted = false;
        //! The server's title and body at local.diary.revision: the common base when a push of a local
        //! edit meets a newer revision and the two are merged. Kept whenever a server copy is taken,
        //! untouched by local edits; nullopt when not known (never on the server, or cached before the
        //! store kept it).
        struct Base {
            QString title;
            QString body;
        };
        std::optional<Base> base;
    };
    [[nodiscard]] std::optional<Row> findRow(const QString &id) const;
    //! Caches a diary the server sent. A diary with a pending local change is left alone (its push will
    //! meet the server's revision and merge). Gives whether it was written. `reactions`: what the server said
    //! of its likes and comments with it, kept even when the content is left alone (nullopt: keep what is
    //! known).
    [[nodiscard]] Result<bool> applyServerDiary(const kj::Diary &diary,
                                                const std::optional<kj::Reactions> &reactions = std::nullopt);
    //! The server acknowledged a like or unlike of mine: its count and my state, for a cached diary (nothing
    //! happens to a diary not cached here).
    [[nodiscard]] Status recordLikeState(const QString &id, int likeCount, bool likedByMe);
    //! The server no longer shows this diary (deleted, or no longer visible): drop it, unless it has a
    //! pending local change. Gives whether it was removed.
    [[nodiscard]] Result<bool> removeDiary(const QString &id);
    //! Drops every cached diary of `username` (an ex-friend); never mine.
    [[nodiscard]] Status removeByAuthor(const QString &username);
    //! A pushed write was accepted as `server`: drop outbox entry `seq`, record the revision, and take the
    //! server's copy unless a later local edit is still queued.
    [[nodiscard]] Status recordPushed(qint64 seq, const kj::Diary &server);
    //! A pushed delete was accepted (or the server no longer had it): drop entry `seq` and the tombstone.
    [[nodiscard]] Status recordDeletePushed(qint64 seq, const QString &id);
    //! After a conflict: replace my local content with `title`/`body` (which keeps my words and the server's),
    //! based on the server's `revision`, still pending. The merge base becomes unknown (use rebaseOnto when
    //! the server's content at `revision` is known).
    [[nodiscard]] Status rebase(const QString &id, const QString &title, const QString &body,
                                kj::Visibility visibility, qint64 revision, const QStringList &groups = {});
    //! After a conflict merged with `server` (the server's current copy): my local content becomes
    //! `title`/`body`, based on server.revision, with the server's title and body as the new merge base;
    //! still pending.
    [[nodiscard]] Status rebaseOnto(const kj::Diary &server, const QString &title, const QString &body,
                                    kj::Visibility visibility, const QStringList &groups = {});

    //! The server no longer has this diary (deleted elsewhere) but I have unsynced words in it: keep them
    //! as a new diary of mine with a new id, queued as a create. Gives the new id.
    [[nodiscard]] Result<QString> detach(const QString &id);

private:
    ClientStore &m_store;
};

} // namespace kj::store
