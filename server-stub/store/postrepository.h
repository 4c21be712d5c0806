#pragma once

#include "models/domain/post.h"
#include "models/domain/result.h"
#include "server-stub/store/records.h"

#include <QSqlDatabase>
#include <optional>

namespace kj::server::store {

//! A post row: the wire Post plus its owner's id and, for a tombstone, when it was deleted.
struct PostRecord {
    Post post;
    qint64 ownerId = 0;
    QDateTime deletedAt; // invalid unless deleted

    [[nodiscard]] bool deleted() const { return deletedAt.isValid(); }
};

//! One page of posts, newest first, and where the next one starts (nullopt: no more). The keyset has
//! the same shape as a diary list's: (createdAt ms, id).
struct PostPage {
    QList<Post> items;
    std::optional<DiaryKeyset> next;
};

using PostPageStart = PageStart;

//! 说说 and their tombstones, and the newest-first pages a viewer may see (filtered in SQL by
//! audienceCondition, the SQL form of kj::canSee).
class PostRepository
{
public:
    explicit PostRepository(QSqlDatabase db) : m_db(std::move(db)) {}

    //! A post or tombstone by id.
    [[nodiscard]] Result<std::optional<PostRecord>> find(const QString &id);
    [[nodiscard]] Status insert(const PostRecord &record);
    //! Writes text, photos, visibility, revision, updatedAt and deletedAt of an existing row.
    [[nodiscard]] Status update(const PostRecord &record);

    //! The live posts of owner that viewer (nullopt: anonymous) may see, newest first.
    [[nodiscard]] Result<PostPage> listByOwner(qint64 owner, std::optional<qint64> viewer,
                                               const std::optional<PostPageStart> &after, int limit);
    //! The viewer's own posts and those of their friends that the viewer may see, newest first.
    [[nodiscard]] Result<PostPage> feed(qint64 viewer, const std::optional<PostPageStart> &after, int limit);
    //! The ids of owner's live posts of one visibility (to withdraw them from an ex-friend's cache).
    [[nodiscard]] Result<QStringList> liveIds(qint64 owner, Visibility visibility);

private:
    Result<PostPage> page(const QString &condition, const QVariantList &values,
                          const std::optional<PostPageStart> &after, int limit);
    //! Runs a query of limit + 1 rows of readRecord's columns; the extra row sets the page's next.
    Result<PostPage> readPage(const QString &sql, const QVariantList &bound, int limit);

    QSqlDatabase m_db;
};

} // namespace kj::server::store
