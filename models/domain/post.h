#pragma once

#include "models/domain/audience.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <optional>

namespace kj {

//! A status post (说说): a short text with up to nine photos and an audience. The client makes its id
//! (a UUID); the server counts its revision up by one on each accepted write.
//! On the wire: {"kind": "post", "id", "author": {user}, "text", "photoIds": [ids], "visibility",
//! "revision", "createdAt", "updatedAt"}.
struct Post {
    //! Lengths count Unicode characters (code points), so an emoji is one character.
    static constexpr int kMaxTextLength = 10000;
    static constexpr int kMaxPhotos = 9;

    QString id;
    User author;
    QString text;
    QStringList photoIds; // ids of the author's photos, in the order shown
    Visibility visibility = Visibility::Private;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Post> fromJson(const QJsonObject &json);
    friend bool operator==(const Post &, const Post &) = default;
};

//! Body of PUT /api/v1/posts/{id}: {text, photoIds, visibility, baseRevision?}. Without baseRevision
//! (absent or null) it creates; with one it updates at that revision.
struct PostWrite {
    QString text;
    QStringList photoIds;
    Visibility visibility = Visibility::Private;
    std::optional<qint64> baseRevision;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    //! Strict: text of 1 to 10,000 characters and not blank, 0 to 9 distinct photo ids (lower-case
    //! UUIDs), an audience (models/domain/audience.h), an optional non-negative baseRevision, nothing else.
    [[nodiscard]] static Result<PostWrite> fromRequest(const QJsonObject &json);
    //! Whether an existing post already holds exactly what this write asks for (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const Post &post) const;
};

//! The number of Unicode code points in text (a surrogate pair counts once).
[[nodiscard]] qsizetype characterCount(const QString &text);

} // namespace kj
