#pragma once

#include "models/domain/audience.h"
#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A repost (转发): someone passes an item (of any kind, reposts included) on to their own audience, with a
//! comment. Its audience is never wider than the original's. The client makes its id (a UUID).
//! On the wire: {"kind": "repost", "id", "author": {user}, "itemKind", "itemId", "comment", "visibility",
//! "groups"? (models/domain/audience.h), "revision", "createdAt", "updatedAt", "original": the original item as its own GET shows it to the
//! reader, or null when the reader may not see it or it was deleted}.
struct Repost {
    //! Counted in Unicode characters (code points); a repost may carry no comment at all.
    static constexpr int kMaxCommentLength = 2000;
    //! How many reposts may stand between a repost and the first item that is not one.
    static constexpr int kMaxChainDepth = 16;

    QString id;
    User author;
    ItemKind itemKind = ItemKind::Post;
    QString itemId;
    QString comment;
    Visibility visibility = Visibility::Private;
    QStringList groups; // with Visibility::Groups: the reposter's groups it is shown to
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    //! The original as the reader sees it (its JSON, with "kind"), or nullopt (null on the wire).
    std::optional<QJsonObject> original;

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Repost> fromJson(const QJsonObject &json);
    friend bool operator==(const Repost &, const Repost &) = default;
};

//! Body of PUT /api/v1/reposts/{id}: {kind, itemId, comment, visibility, groups?, baseRevision?}. Without baseRevision
//! (absent or null) it creates; with one it updates comment and visibility at that revision (kind and
//! itemId of a repost never change).
struct RepostWrite {
    ItemKind kind = ItemKind::Post;
    QString itemId;
    QString comment;
    Visibility visibility = Visibility::Private;
    QStringList groups;
    std::optional<qint64> baseRevision;

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }

    [[nodiscard]] QJsonObject toJson() const;
    //! Strict: a kind of item, a lower-case UUID itemId, a comment of 0 to 2,000 characters, an audience
    //! (models/domain/audience.h), an optional non-negative baseRevision, nothing else.
    [[nodiscard]] static Result<RepostWrite> fromRequest(const QJsonObject &json);
    //! Whether an existing repost already holds exactly what this write asks for (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const Repost &repost) const;
};

//! Whether an audience of `repost` is no wider than `original`'s: public > friends > groups > private.
[[nodiscard]] bool fitsWithin(Visibility repost, Visibility original);
//! Why a repost to `wanted` is refused for an original of `original`'s audience, in words for a person
//! (e.g. "a friends-only item can only be reposted to friends or narrower").
[[nodiscard]] QString tooWideMessage(Visibility original);

} // namespace kj
