#pragma once

#include "models/domain/itemkind.h"
#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A comment on an item of any kind, or a reply to a top-level comment of the same item (one level:
//! nobody replies to a reply). The client makes its id (a UUID), so a retried POST is recognised.
//! On the wire: {"id", "itemKind", "itemId", "author": {user}, "text", "replyTo": id|null, "createdAt"}.
struct Comment {
    //! Counted in Unicode characters (code points).
    static constexpr int kMaxTextLength = 2000;

    QString id;
    ItemKind itemKind = ItemKind::Diary;
    QString itemId;
    User author;
    QString text;
    std::optional<QString> replyTo;
    QDateTime createdAt;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Comment> fromJson(const QJsonObject &json);
    friend bool operator==(const Comment &, const Comment &) = default;
};

//! Body of POST /api/v1/items/{kind}/{id}/comments: {id, text, replyTo?}.
struct CommentWrite {
    QString id;
    QString text;
    std::optional<QString> replyTo;

    [[nodiscard]] QJsonObject toJson() const;
    //! Strict: a lower-case UUID id, text of 1 to 2,000 characters and not blank, replyTo absent, null
    //! or a lower-case UUID, nothing else.
    [[nodiscard]] static Result<CommentWrite> fromRequest(const QJsonObject &json);
    //! Whether a stored comment is this very write (a retry whose answer was lost).
    [[nodiscard]] bool sameContentAs(const Comment &comment) const;
};

//! What lists, single items and the feed say about an item's reactions:
//! {"likeCount", "commentCount", "likedByMe"} merged into the item's JSON.
struct Reactions {
    int likeCount = 0;
    int commentCount = 0;
    bool likedByMe = false;

    //! Adds the three fields to an item's JSON.
    void addTo(QJsonObject &item) const;
    //! Reads them from an item's JSON (lenient: absent fields are 0 / false, wrong types are BadResponse).
    [[nodiscard]] static Result<Reactions> fromJson(const QJsonObject &item);
    friend bool operator==(const Reactions &, const Reactions &) = default;
};

} // namespace kj
