#include "models/feed/feedreader.h"

#include "models/markdownexcerpt.h"
#include "models/store/clientstore.h"
#include "models/store/commentrepository.h"
#include "models/store/itemrepository.h"
#include "models/store/likerepository.h"
#include "models/store/spacerepository.h"
#include "models/store/uploadrepository.h"

#include <QJsonArray>
#include <algorithm>

namespace kj::models {

namespace {

QString text(const QJsonObject &json, const QString &key)
{
    return json.value(key).toString();
}

//! The author ("author") or owner ("owner") of an item's JSON; `fallback` names them when neither is there.
kj::User personOf(const QJsonObject &json, const QString &fallback)
{
    QJsonObject who = json.value(QStringLiteral("author")).toObject();
    if (who.isEmpty())
        who = json.value(QStringLiteral("owner")).toObject();
    kj::User user;
    user.username = who.value(QStringLiteral("username")).toString(fallback);
    user.displayName = who.value(QStringLiteral("displayName")).toString();
    if (user.displayName.isEmpty())
        user.displayName = user.username;
    return user;
}

//! What an item says in words: a 说说's text, a repost's comment, a photo's caption, a track's title.
QString wordsOf(const QString &kind, const QJsonObject &json)
{
    if (kind == u"post")
        return text(json, QStringLiteral("text"));
    if (kind == u"repost")
        return text(json, QStringLiteral("comment"));
    if (kind == u"photo")
        return text(json, QStringLiteral("caption"));
    if (kind == u"album" || kind == u"track" || kind == u"diary")
        return text(json, QStringLiteral("title"));
    return {};
}

//! What decides how an entry is drawn, hashed: the delegate caches layouts and heights under it.
QString versionOf(const FeedEntry &entry)
{
    size_t seed = qHashMulti(0, entry.key(), entry.title, entry.text, entry.markdown, entry.pictureCount,
                             entry.pictures.size(), entry.original.known, entry.original.text, entry.commentsExpanded,
                             entry.comments.size());
    for (const FeedComment &comment : entry.comments)
        seed = qHashMulti(seed, comment.id, comment.text, comment.author.displayName);
    return QString::number(quint64(seed), 36);
}

// Newest first, then the larger id, as both stores order their lists.
bool isBefore(const QDateTime &a, const QString &aId, const QDateTime &b, const QString &bId)
{
    return a != b ? a > b : aId > bId;
}

} // namespace

const QStringList FeedReader::kItemKinds{QStringLiteral("post"), QStringLiteral("repost"), QStringLiteral("photo"),
                                         QStringLiteral("track")};

FeedReader::FeedReader(kj::store::ClientStore &store, QSet<QString> expanded)
    : m_store(store)
    , m_expanded(std::move(expanded))
{
}

const kj::store::LocalDiary *FeedReader::peekDiary()
{
    if (m_diaries.buffer.isEmpty() && !m_diaries.exhausted) {
        const kj::store::DiaryRepository &diaries = m_store.diaries();
        m_diaries.buffer = m_diaries.last ? diaries.feedAfter(m_diaries.last->first, m_diaries.last->second, m_chunk)
                                          : diaries.feed(m_chunk);
        if (!m_diaries.buffer.isEmpty())
            m_diaries.last.emplace(m_diaries.buffer.constLast().diary.updatedAt, m_diaries.buffer.constLast().diary.id);
        m_diaries.exhausted = m_diaries.buffer.size() < m_chunk;
    }
    return m_diaries.buffer.isEmpty() ? nullptr : &m_diaries.buffer.constFirst();
}

const kj::store::CachedItem *FeedReader::peekItem()
{
    if (m_items.buffer.isEmpty() && !m_items.exhausted) {
        m_items.buffer = kj::store::ItemRepository(m_store).feedAfter(
            kItemKinds, m_items.last ? m_items.last->first : QDateTime(), m_items.last ? m_items.last->second : QString(), m_chunk);
        if (!m_items.buffer.isEmpty())
            m_items.last.emplace(m_items.buffer.constLast().createdAt, m_items.buffer.constLast().id);
        m_items.exhausted = m_items.buffer.size() < m_chunk;
    }
    return m_items.buffer.isEmpty() ? nullptr : &m_items.buffer.constFirst();
}

bool FeedReader::atEnd()
{
    return !peekDiary() && !peekItem();
}

QList<FeedEntry> FeedReader::next(int count)
{
    m_chunk = std::max(32, count);
    QList<FeedEntry> entries;
    while (entries.size() < count) {
        const kj::store::LocalDiary *diary = peekDiary();
        const kj::store::CachedItem *item = peekItem();
        if (!diary && !item)
            break;
        std::optional<FeedEntry> entry =
            diary && (!item || isBefore(diary->diary.updatedAt, diary->diary.id, item->createdAt, item->id))
                ? std::optional(fromDiary(m_diaries.buffer.takeFirst()))
                : takeItem();
        if (!entry)
            continue; // an item that makes no entry (takeItem() says why)
        entry->version = versionOf(*entry);
        entries.append(std::move(*entry));
    }
    return entries;
}

std::optional<FeedEntry> FeedReader::takeItem()
{
    const kj::store::CachedItem item = m_items.buffer.takeFirst();
    if (item.kind == u"photo") {
        if (photosInPosts(item.owner).contains(item.id))
            return std::nullopt; // its 说说 shows it
        FeedEntry entry = fromItem(item);
        takePhotoBatch(item, entry);
        return entry;
    }
    return fromItem(item);
}

void FeedReader::takePhotoBatch(const kj::store::CachedItem &newest, FeedEntry &entry)
{
    QList<kj::store::CachedItem> photos{newest}; // newest first while gathering
    const QString album = text(newest.json, QStringLiteral("albumId"));
    for (const kj::store::CachedItem *next = peekItem(); next; next = peekItem()) {
        const kj::store::CachedItem &last = photos.constLast();
        if (next->kind != u"photo" || next->owner != last.owner || text(next->json, QStringLiteral("albumId")) != album
            || next->createdAt.msecsTo(last.createdAt) > kBatchGapMs) {
            break;
        }
        kj::store::CachedItem taken = m_items.buffer.takeFirst();
        if (!photosInPosts(taken.owner).contains(taken.id))
            photos.append(std::move(taken));
    }
    std::reverse(photos.begin(), photos.end());
    // Likes and comments of a batch go to its first photo, as on the server; it shows where its newest is.
    const kj::store::CachedItem &first = photos.constFirst();
    entry = fromItem(first);
    entry.time = newest.createdAt;
    entry.pictures.clear();
    for (const kj::store::CachedItem &photo : std::as_const(photos)) {
        entry.pending = entry.pending || photo.pending;
        if (entry.pictures.size() < FeedEntry::kMaxPictures) {
            entry.pictures.append({photo.id, text(photo.json, QStringLiteral("mediaId")), {},
                                   photo.json.value(QStringLiteral("width")).toInt(),
                                   photo.json.value(QStringLiteral("height")).toInt()});
        }
    }
    entry.pictureCount = int(photos.size());
}

FeedEntry FeedReader::fromDiary(const kj::store::LocalDiary &local)
{
    const kj::Diary &diary = local.diary;
    FeedEntry entry;
    entry.kind = kj::ItemKind::Diary;
    entry.id = diary.id;
    entry.author = diary.author;
    entry.author.createdAt = QDateTime();
    if (entry.author.displayName.isEmpty())
        entry.author.displayName = entry.author.username;
    entry.avatarMediaId = avatarOf(diary.author.username);
    entry.time = diary.updatedAt;
    entry.title = diary.title;
    entry.markdown = markdownLead(diary.body);
    entry.text = markdownExcerpt(diary.body);
    entry.visibility = diary.visibility;
    entry.revision = diary.revision;
    entry.pending = local.pending;
    entry.mine = diary.author.username == m_store.owner().username;
    QJsonObject reactions;
    local.reactions.addTo(reactions);
    addReactions(entry, reactions);
    return entry;
}

FeedEntry FeedReader::fromItem(const kj::store::CachedItem &item)
{
    const QJsonObject &json = item.json;
    FeedEntry entry;
    entry.kind = kj::itemKindFromName(item.kind).value_or(kj::ItemKind::Post);
    entry.id = item.id;
    entry.author = personOf(json, item.owner);
    entry.avatarMediaId = avatarOf(item.owner);
    entry.time = item.createdAt;
    entry.visibility = kj::visibilityFromName(text(json, QStringLiteral("visibility"))).value_or(kj::Visibility::Private);
    entry.revision = item.revision;
    entry.pending = item.pending;
    entry.mine = item.owner == m_store.owner().username;
    entry.text = wordsOf(item.kind, json);
    if (item.kind == u"post") {
        const QJsonArray ids = json.value(QStringLiteral("photoIds")).toArray();
        entry.pictureCount = int(ids.size());
        for (qsizetype i = 0; i < std::min<qsizetype>(ids.size(), FeedEntry::kMaxPictures); ++i)
            entry.pictures.append(pictureOf(ids.at(i).toString()));
    } else if (item.kind == u"repost") {
        entry.original = originalOf(item);
    } else if (item.kind == u"photo") {
        entry.pictures.append({item.id, text(json, QStringLiteral("mediaId")), {}, json.value(QStringLiteral("width")).toInt(),
                               json.value(QStringLiteral("height")).toInt()});
        entry.pictureCount = 1;
    } else if (item.kind == u"track") {
        entry.title = text(json, QStringLiteral("title"));
        entry.text = text(json, QStringLiteral("artist"));
    }
    addReactions(entry, json);
    return entry;
}

void FeedReader::addReactions(FeedEntry &entry, const QJsonObject &json)
{
    entry.likeCount = json.value(QStringLiteral("likeCount")).toInt();
    entry.likedByMe = json.value(QStringLiteral("likedByMe")).toBool();
    // A like or unlike of mine not sent yet shows at once.
    if (const std::optional<bool> liked = kj::store::LikeRepository(m_store).pending(entry.kind, entry.id);
        liked && *liked != entry.likedByMe) {
        entry.likedByMe = *liked;
        entry.likeCount = std::max(0, entry.likeCount + (*liked ? 1 : -1));
    }
    const QList<kj::store::LocalComment> comments = kj::store::CommentRepository(m_store).commentsOf(entry.kind, entry.id);
    entry.commentCount = std::max(json.value(QStringLiteral("commentCount")).toInt(), int(comments.size()));
    entry.commentsExpanded = m_expanded.contains(entry.key());
    if (!entry.commentsExpanded)
        return;
    for (const kj::store::LocalComment &local : comments) {
        const kj::Comment &c = local.comment;
        kj::User author = c.author;
        author.createdAt = QDateTime();
        entry.comments.append({c.id, author, c.text, c.replyTo.value_or(QString()), c.createdAt, local.pending});
    }
}

FeedPicture FeedReader::pictureOf(const QString &photoId)
{
    if (const std::optional<kj::store::CachedItem> photo = kj::store::ItemRepository(m_store).find(QStringLiteral("photo"), photoId))
        return {photoId, text(photo->json, QStringLiteral("mediaId")), {}, photo->json.value(QStringLiteral("width")).toInt(),
                photo->json.value(QStringLiteral("height")).toInt()};
    // One of mine on its way up: shown from the file queued here.
    if (const std::optional<kj::store::QueuedUpload> upload = kj::store::UploadRepository(m_store).find(photoId))
        return {photoId, upload->mediaId, upload->path, 0, 0};
    return {photoId, {}, {}, 0, 0};
}

FeedOriginal FeedReader::originalOf(const kj::store::CachedItem &repost)
{
    FeedOriginal original;
    original.kind = kj::itemKindFromName(text(repost.json, QStringLiteral("itemKind"))).value_or(kj::ItemKind::Post);
    original.id = text(repost.json, QStringLiteral("itemId"));
    const QJsonValue sent = repost.json.value(QStringLiteral("original"));
    if (sent.isObject()) {
        const QJsonObject json = sent.toObject();
        original.known = true;
        original.author = personOf(json, {});
        original.text = wordsOf(kj::itemKindName(original.kind), json);
        return original;
    }
    // A repost of mine not sent yet has no "original": show what this device keeps of it.
    if (original.kind == kj::ItemKind::Diary) {
        if (const std::optional<kj::store::LocalDiary> diary = m_store.diaries().find(original.id)) {
            original.known = true;
            original.author = diary->diary.author;
            original.author.createdAt = QDateTime();
            original.text = diary->diary.title;
        }
        return original;
    }
    const QString kind = kj::itemKindName(original.kind);
    if (const std::optional<kj::store::CachedItem> item = kj::store::ItemRepository(m_store).find(kind, original.id)) {
        original.known = true;
        original.author = personOf(item->json, item->owner);
        original.text = wordsOf(kind, item->json);
    }
    return original;
}

const QSet<QString> &FeedReader::photosInPosts(const QString &owner)
{
    auto found = m_photosInPosts.find(owner);
    if (found != m_photosInPosts.end())
        return *found;
    QSet<QString> ids;
    // A 说说 is made right after its photos, so its owner's latest ones are where to look.
    for (const kj::store::CachedItem &post :
         kj::store::ItemRepository(m_store).listByOwner(QStringLiteral("post"), owner, kPostsSearchedForPhotos)) {
        for (const QJsonValue &id : post.json.value(QStringLiteral("photoIds")).toArray())
            ids.insert(id.toString());
    }
    return *m_photosInPosts.insert(owner, ids);
}

QString FeedReader::avatarOf(const QString &username)
{
    auto found = m_avatars.find(username);
    if (found != m_avatars.end())
        return *found;
    kj::store::SpaceRepository spaces(m_store);
    QString avatar;
    if (username == m_store.owner().username) {
        if (const std::optional<kj::store::MySpace> mine = spaces.mine())
            avatar = mine->settings.avatarMediaId;
    } else if (const std::optional<kj::store::CachedSpace> space = spaces.cached(username)) {
        avatar = space->settings.avatarMediaId;
    }
    return *m_avatars.insert(username, avatar);
}

} // namespace kj::models
