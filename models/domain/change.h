#pragma once

#include "models/domain/result.h"

#include <QJsonObject>
#include <QList>

namespace kj {

//! One entry of GET /api/v1/changes: something the caller's client must learn.
//! On the wire: {"kind", "op": "upsert"|"delete", "id", "item"?}. Kinds so far:
//!  - "diary": id is the diary's id, item the diary (upsert) or absent (delete: deleted, or no longer
//!    visible to the caller, so no offline cache keeps what its owner withdrew);
//!  - "friend": id is the friend's username, item a Friend (upsert) or absent (unfriended);
//!  - "friend_request": id is the request id, item the request (upsert) or absent (accepted or declined).
struct Change {
    enum class Op { Upsert, Delete };

    QString kind;
    Op op = Op::Upsert;
    QString id;
    QJsonObject item;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Change> fromJson(const QJsonObject &json);
};

//! Answer to GET /api/v1/changes: {"changes": [...], "cursor": "...", "more": bool}. The cursor is
//! opaque to the client: it stores it and sends it back as `since`.
struct ChangesPage {
    QList<Change> changes;
    QString cursor;
    bool more = false;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<ChangesPage> fromJson(const QJsonObject &json);
};

} // namespace kj
