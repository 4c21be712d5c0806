#pragma once

#include "app/network/postpages.h"
#include "app/network/repostpages.h"
#include "app/network/mediapages.h"
#include "app/network/grouppages.h"
#include "app/network/spacepages.h"
#include "app/network/trackpages.h"
#include "app/network/itemjsonpages.h"
#include "models/domain/change.h"
#include "models/domain/comment.h"
#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/notification.h"
#include "models/domain/result.h"
#include "models/domain/space.h"
#include "models/domain/spacesettings.h"
#include "models/domain/upload.h"
#include "models/domain/visit.h"
#include "models/domain/user.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QUrlQuery>
#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace kj::app {

//! Answer to GET /api/v1/users/{username}: the account and the space's settings (defaults when an older
//! server sent only title and motto; hideMyVisits is not told to visitors).
struct UserProfile {
    kj::User user;
    kj::SpaceSettings space;
};

//! Answer to GET /api/v1/friends/requests.
struct FriendRequests {
    QList<kj::FriendRequest> incoming;
    QList<kj::FriendRequest> outgoing;
};

//! One page of a diary list or of the feed; an empty nextCursor means the last page.
struct DiaryPage {
    QList<kj::Diary> items;
    QString nextCursor;
    QList<kj::Reactions> reactions; // of items, in the same order
};

//! Answer to PUT /api/v1/diaries/{id}: the stored diary, and whether the write created it (201).
struct DiaryWriteResult {
    kj::Diary diary;
    bool created = false;
};

//! The wire contract (design.md section 2) as typed calls over QNetworkAccessManager. Each call sends a
//! JSON body made by the domain codecs, with the bearer token when one is set, and hands a kj::Result to
//! its callback: answers are decoded leniently but type-checked (BadResponse otherwise); transport errors,
//! time-outs and error bodies become a kj::Error in one place. A callback is dropped when its `context`
//! is destroyed before the answer arrives.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(kj::Result<T>)>;

    //! `network` must outlive the client.
    explicit ApiClient(QNetworkAccessManager &network, QObject *parent = nullptr);
    ~ApiClient() override;

    //! The server's base URL, e.g. http://127.0.0.1:8080 (the /api/v1 prefix is added per call).
    void setServer(const QUrl &server);
    [[nodiscard]] QUrl server() const { return m_server; }
    void setToken(const QString &token);
    [[nodiscard]] QString token() const { return m_token; }
    //! Longest silence of one transfer before it fails with ErrorCode::Timeout (default 30 s).
    void setTimeout(std::chrono::milliseconds timeout);
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }

    //! Whether a password sent to `server` would cross the network unencrypted: http:// to anything but
    //! the loopback.
    [[nodiscard]] static bool sendsPasswordsInClear(const QUrl &server);
    //! Whether `error` means "could not talk to the server" (worth retrying later), as opposed to an answer.
    [[nodiscard]] static bool isTransient(const kj::Error &error);
    //! The server's "current" diary from a 409 revision_conflict, if it sent a valid one.
    [[nodiscard]] static std::optional<kj::Diary> conflictCurrent(const kj::Error &error);
    //! The revision of the tombstone from a 409 whose "current" is a deleted diary ({id, deleted: true,
    //! revision}): writing at that revision restores the diary.
    [[nodiscard]] static std::optional<qint64> conflictTombstoneRevision(const kj::Error &error);

    void health(const QObject *context, Callback<void> done);
    void registerAccount(const kj::AccountRegistration &registration, const QObject *context, Callback<kj::User> done);
    void createSession(const kj::SessionRequest &request, const QObject *context, Callback<kj::SessionGrant> done);
    void deleteCurrentSession(const QObject *context, Callback<void> done);
    void me(const QObject *context, Callback<kj::User> done);
    void userProfile(const QString &username, const QObject *context, Callback<UserProfile> done);

    void friends(const QObject *context, Callback<QList<kj::Friend>> done);
    void sendFriendRequest(const QString &username, const QObject *context, Callback<kj::FriendRequest> done);
    void friendRequests(const QObject *context, Callback<FriendRequests> done);
    void acceptFriendRequest(const QString &requestId, const QObject *context, Callback<kj::Friend> done);
    void declineFriendRequest(const QString &requestId, const QObject *context, Callback<void> done);
    void removeFriend(const QString &username, const QObject *context, Callback<void> done);

    //! Create (write.baseRevision null) or update. A stale base gives ErrorCode::Conflict whose details
    //! carry "current" (see conflictCurrent()).
    void putDiary(const QString &id, const kj::DiaryWrite &write, const QObject *context,
                  Callback<DiaryWriteResult> done);
    void diary(const QString &id, const QObject *context, Callback<kj::Diary> done);
    void deleteDiary(const QString &id, const QObject *context, Callback<void> done);
    //! Deletes the diary at `baseRevision` (what this device last saw): a newer revision on the server (an
    //! edit made elsewhere) gives ErrorCode::Conflict carrying "current" (conflictCurrent()), nothing deleted.
    void deleteDiary(const QString &id, qint64 baseRevision, const QObject *context, Callback<void> done);
    void userDiaries(const QString &username, const QString &cursor, int limit, const QObject *context,
                     Callback<DiaryPage> done);
    //! The caller's and friends' diaries and 说说, newest first, each with its reactions (apiclient_posts.cpp).
    void feed(const QString &cursor, int limit, const QObject *context, Callback<FeedPage> done);
    void changes(const QString &since, int limit, const QObject *context, Callback<kj::ChangesPage> done);

    // 说说, comments and likes (apiclient_posts.cpp).
    //! Create (write.baseRevision absent) or update. A stale base gives ErrorCode::Conflict.
    void putPost(const QString &id, const kj::PostWrite &write, const QObject *context, Callback<PostWriteResult> done);
    void post(const QString &id, const QObject *context, Callback<PostItem> done);
    void deletePost(const QString &id, const QObject *context, Callback<void> done);
    void userPosts(const QString &username, const QString &cursor, int limit, const QObject *context,
                   Callback<PostPage> done);
    void comments(kj::ItemKind kind, const QString &itemId, const QString &cursor, int limit, const QObject *context,
                  Callback<CommentPage> done);
    //! Posting the same write again (same id and content) is answered as the first time, created false.
    void postComment(kj::ItemKind kind, const QString &itemId, const kj::CommentWrite &write, const QObject *context,
                     Callback<CommentResult> done);
    void deleteComment(const QString &commentId, const QObject *context, Callback<void> done);
    //! Likes (liked true) or takes the like back; both are idempotent.
    void setLiked(kj::ItemKind kind, const QString &itemId, bool liked, const QObject *context, Callback<LikeState> done);

    // The space: settings, guestbook, visitors (apiclient_space.cpp).
    void mySpace(const QObject *context, Callback<kj::SpaceSettings> done);
    //! Replaces all of my space's settings (PUT): send what mySpace() gave, changed.
    void putMySpace(const kj::SpaceSettings &settings, const QObject *context, Callback<kj::SpaceSettings> done);
    void guestbook(const QString &username, const QString &cursor, int limit, const QObject *context,
                   Callback<GuestbookPage> done);
    //! Signing again with the same id and content is answered as the first time, created false.
    void signGuestbook(const QString &username, const kj::GuestbookWrite &write, const QObject *context,
                       Callback<GuestbookWriteResult> done);
    //! Only the space's owner replies; a new reply replaces the old one.
    void replyToGuestbookEntry(const QString &entryId, const kj::GuestbookReplyWrite &reply, const QObject *context,
                               Callback<kj::GuestbookEntry> done);
    void deleteGuestbookEntry(const QString &entryId, const QObject *context, Callback<void> done);
    //! Tells the server I opened username's space (recorded once a day; not for my own, nor with hideMyVisits).
    void recordVisit(const QString &username, const QObject *context, Callback<void> done);
    void myVisitors(int limit, const QObject *context, Callback<kj::VisitorList> done);

    // Albums, photos, uploads and media (apiclient_media.cpp). For a whole file, see MediaUpload.
    void putAlbum(const QString &id, const kj::AlbumWrite &write, const QObject *context, Callback<AlbumWriteResult> done);
    void userAlbums(const QString &username, const QString &cursor, int limit, const QObject *context,
                    Callback<AlbumPage> done);
    void albumPhotos(const QString &albumId, const QString &cursor, int limit, const QObject *context,
                     Callback<AlbumPhotos> done);
    void putPhoto(const QString &id, const kj::PhotoWrite &write, const QObject *context, Callback<PhotoWriteResult> done);
    //! POST /uploads: an upload at offset 0, or (mediaId set) bytes I uploaded before.
    void startUpload(const kj::UploadStart &start, const QObject *context, Callback<kj::UploadStatus> done);
    //! HEAD /uploads/{id}: the server's offset, where the next chunk starts.
    void uploadOffset(const QString &uploadId, const QObject *context, Callback<qint64> done);
    //! PATCH /uploads/{id}: appends `chunk` (at most 8 MiB) at `offset`, which must be the server's
    //! (else Conflict, details "offset"). The chunk that completes the upload answers with its mediaId.
    void uploadChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk, const QObject *context,
                     Callback<kj::UploadStatus> done);
    //! GET /media/{id}?size=: the bytes and their Content-Type.
    void media(const QString &mediaId, kj::MediaSize size, const QObject *context, Callback<MediaBytes> done);

    // Reposts and notifications (apiclient_reposts.cpp).
    //! Create (write.baseRevision absent) or update comment and audience. Forbidden when the audience is
    //! wider than the original's; NotFound when the original is not one the caller may see.
    void putRepost(const QString &id, const kj::RepostWrite &write, const QObject *context, Callback<RepostWriteResult> done);
    void repost(const QString &id, const QObject *context, Callback<RepostItem> done);
    void deleteRepost(const QString &id, const QObject *context, Callback<void> done);
    void userReposts(const QString &username, const QString &cursor, int limit, const QObject *context,
                     Callback<RepostPage> done);
    //! My notifications, newest first, with how many are unread in all.
    void notifications(const QString &cursor, int limit, const QObject *context, Callback<kj::NotificationPage> done);
    //! Marks notifications read (up to an id, or all); answers how many stay unread.
    void markNotificationsRead(const kj::NotificationsRead &read, const QObject *context, Callback<int> done);

    // Tracks (apiclient_tracks.cpp); their bytes go up first with MediaUpload (kind track).
    //! Create (write.baseRevision absent) or update. A stale base gives ErrorCode::Conflict.
    void putTrack(const QString &id, const kj::TrackWrite &write, const QObject *context, Callback<TrackWriteResult> done);
    void track(const QString &id, const QObject *context, Callback<TrackItem> done);
    void deleteTrack(const QString &id, const QObject *context, Callback<void> done);
    void userTracks(const QString &username, const QString &cursor, int limit, const QObject *context,
                    Callback<TrackPage> done);

    // Items written like diaries, as plain JSON (apiclient_items.cpp), for the sync of the kinds it keeps as
    // the server's JSON: `collection` is the path word ("posts", "reposts", "albums", "photos", "tracks").
    //! PUT /api/v1/{collection}/{id} with `body`; the stored item is the answer's `answerKey` ("post" ...).
    //! A stale base gives ErrorCode::Conflict whose details carry "current".
    void putItemJson(const QString &collection, const QString &id, const QJsonObject &body, const QString &answerKey,
                     const QObject *context, Callback<ItemJsonWrite> done);
    void deleteItemJson(const QString &collection, const QString &id, const QObject *context, Callback<void> done);
    //! GET /api/v1/users/{username}/{collection}: one page, newest first.
    void userItemsJson(const QString &username, const QString &collection, const QString &cursor, int limit,
                       const QObject *context, Callback<ItemJsonPage> done);

    // My friend groups (apiclient_groups.cpp); items name them with kj::Visibility::Groups.
    void myGroups(const QObject *context, Callback<QList<kj::FriendGroup>> done);
    void myGroup(const QString &id, const QObject *context, Callback<kj::FriendGroup> done);
    //! Creates or replaces a group; members must be my friends (InvalidField otherwise).
    void putMyGroup(const QString &id, const kj::FriendGroupWrite &write, const QObject *context, Callback<GroupWriteResult> done);
    void deleteMyGroup(const QString &id, const QObject *context, Callback<void> done);

Q_SIGNALS:
    //! An authenticated call was answered 401: the token is no longer valid.
    void unauthorized();

private:
    using RawCallback = std::function<void(kj::Result<QJsonObject>, int httpStatus)>;
    void send(const QByteArray &method, const QString &path, const QUrlQuery &query,
              const std::optional<QJsonObject> &body, const QObject *context, RawCallback done);
    [[nodiscard]] kj::Result<QJsonObject> interpret(QNetworkReply &reply, int &status) const;
    //! Like send() for bodies and answers that are not JSON (upload chunks, HEAD, media): the finished
    //! reply of a 2xx answer, or the error interpret() makes of anything else. apiclient_media.cpp.
    using ReplyCallback = std::function<void(kj::Result<QNetworkReply *>)>;
    void sendRaw(const QByteArray &method, const QString &path, const QUrlQuery &query,
                 const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body, const QObject *context,
                 ReplyCallback done);

    QNetworkAccessManager &m_network;
    QSet<QNetworkReply *> m_inFlight;
    QUrl m_server;
    QString m_token;
    std::chrono::milliseconds m_timeout{30000};
};

} // namespace kj::app
