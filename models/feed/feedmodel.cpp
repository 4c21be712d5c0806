#include "models/feed/feedmodel.h"

#include "models/feed/feedreader.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"

#include <QVariantList>
#include <algorithm>

namespace kj::models {

FeedModel::FeedModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<FeedEntry>(parent)
    , m_store(store)
{
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(0);
    connect(&m_reloadTimer, &QTimer::timeout, this, &FeedModel::reload);
    for (auto signal : {&kj::store::ClientStore::diariesChanged, &kj::store::ClientStore::itemsChanged,
                        &kj::store::ClientStore::friendsChanged, &kj::store::ClientStore::outboxChanged}) {
        connect(&store, signal, this, &FeedModel::scheduleReload);
    }
    m_reader = std::make_unique<FeedReader>(m_store, m_expanded);
    resetRows(m_reader->next(m_pageSize));
}

FeedModel::~FeedModel() = default;

void FeedModel::scheduleReload()
{
    m_reloadTimer.start();
}

void FeedModel::reload()
{
    m_reloadTimer.stop();
    // As many rows as the view had asked for, so a reload never scrolls the list back.
    const int wanted = std::max(m_pageSize, int(rows().size()));
    auto reader = std::make_unique<FeedReader>(m_store, m_expanded);
    const QList<FeedEntry> fresh = reader->next(wanted);
    m_reader = std::move(reader);
    replaceRows(fresh);
}

bool FeedModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !isUpdating() && !m_reader->atEnd();
}

void FeedModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || isUpdating())
        return;
    // A list view lays out every loaded row again after each insert: pages of a fixed size made scrolling to
    // the end of 100,000 entries quadratic. A page of a quarter of what is loaded keeps the relayouts few;
    // the cap keeps one page's read short.
    appendRows(m_reader->next(std::clamp(int(rows().size()) / 4, m_pageSize, std::max(m_pageSize, kMaxFetch))));
}

void FeedModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    m_reader = std::make_unique<FeedReader>(m_store, m_expanded);
    resetRows(m_reader->next(m_pageSize));
}

std::optional<FeedEntry> FeedModel::entryAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return std::nullopt;
    return rows().at(row);
}

std::optional<kj::Diary> FeedModel::diaryAt(int row) const
{
    const std::optional<FeedEntry> entry = entryAt(row);
    if (!entry || entry->kind != kj::ItemKind::Diary)
        return std::nullopt;
    const std::optional<kj::store::LocalDiary> local = m_store.diaries().find(entry->id);
    if (!local)
        return std::nullopt;
    return local->diary;
}

int FeedModel::rowOfKey(const QString &key) const
{
    const QList<FeedEntry> &all = rows();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).key() == key)
            return int(i);
    }
    return -1;
}

void FeedModel::setCommentsExpanded(int row, bool expanded)
{
    const std::optional<FeedEntry> entry = entryAt(row);
    if (!entry || entry->commentsExpanded == expanded)
        return;
    if (expanded)
        m_expanded.insert(entry->key());
    else
        m_expanded.remove(entry->key());
    reload();
}

bool FeedModel::commentsExpanded(int row) const
{
    const std::optional<FeedEntry> entry = entryAt(row);
    return entry && entry->commentsExpanded;
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    const FeedEntry *entry = rowAt(index);
    if (!entry)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return entry->title.isEmpty() ? entry->text : entry->title;
    case Qt::AccessibleTextRole:
        return QString(entry->author.displayName + QStringLiteral(": ") + (entry->title.isEmpty() ? entry->text : entry->title));
    case IdRole:
        return entry->id;
    case KindRole:
        return kj::itemKindName(entry->kind);
    case KeyRole:
        return entry->key();
    case TitleRole:
        return entry->title;
    case TextRole:
        return entry->text;
    case LeadRole:
        return entry->markdown;
    case ExcerptRole:
        return entry->kind == kj::ItemKind::Diary ? entry->text : QString();
    case VisibilityRole:
        return int(entry->visibility);
    case TimeRole:
        return entry->time;
    case RevisionRole:
        return entry->revision;
    case PendingRole:
        return entry->pending;
    case AuthorUsernameRole:
        return entry->author.username;
    case AuthorDisplayNameRole:
        return entry->author.displayName;
    case AvatarMediaIdRole:
        return entry->avatarMediaId;
    case IsMineRole:
        return entry->mine;
    case PicturesRole: {
        QVariantList pictures;
        for (const FeedPicture &picture : entry->pictures)
            pictures.append(QVariant::fromValue(picture));
        return pictures;
    }
    case PictureCountRole:
        return entry->pictureCount;
    case OriginalKindRole:
        return entry->kind == kj::ItemKind::Repost && entry->original.known ? kj::itemKindName(entry->original.kind) : QString();
    case OriginalIdRole:
        return entry->original.id;
    case OriginalAuthorRole:
        return entry->original.author.displayName;
    case OriginalTextRole:
        return entry->original.text;
    case LikeCountRole:
        return entry->likeCount;
    case LikedByMeRole:
        return entry->likedByMe;
    case CommentCountRole:
        return entry->commentCount;
    case CommentsExpandedRole:
        return entry->commentsExpanded;
    case CommentsRole: {
        QVariantList comments;
        for (const FeedComment &comment : entry->comments)
            comments.append(QVariant::fromValue(comment));
        return comments;
    }
    case VersionRole:
        return entry->version;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(QHash<int, QByteArray>{{IdRole, "id"},
                  {KindRole, "kind"},
                  {KeyRole, "key"},
                  {TitleRole, "title"},
                  {TextRole, "text"},
                  {LeadRole, "lead"},
                  {ExcerptRole, "excerpt"},
                  {VisibilityRole, "visibility"},
                  {TimeRole, "time"},
                  {RevisionRole, "revision"},
                  {PendingRole, "pending"},
                  {AuthorUsernameRole, "authorUsername"},
                  {AuthorDisplayNameRole, "authorDisplayName"},
                  {AvatarMediaIdRole, "avatarMediaId"},
                  {IsMineRole, "isMine"},
                  {PicturesRole, "pictures"},
                  {PictureCountRole, "pictureCount"},
                  {OriginalKindRole, "originalKind"},
                  {OriginalIdRole, "originalId"},
                  {OriginalAuthorRole, "originalAuthor"},
                  {OriginalTextRole, "originalText"},
                  {LikeCountRole, "likeCount"},
                  {LikedByMeRole, "likedByMe"},
                  {CommentCountRole, "commentCount"},
                  {CommentsExpandedRole, "commentsExpanded"},
                  {CommentsRole, "comments"},
                  {VersionRole, "version"}});
    return names;
}

} // namespace kj::models
