#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace kj {

//! Someone who opened my space (访客), and when they last did. On the wire: {"user": {user}, "at"}.
struct Visit {
    User visitor;
    QDateTime at;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Visit> fromJson(const QJsonObject &json);
    friend bool operator==(const Visit &, const Visit &) = default;
};

//! Answer to GET /api/v1/me/visitors: recent visitors, each once, most recent first, and `total`, the
//! number of visits ever recorded (one per visitor per UTC day). On the wire: {"items": [visit], "total"}.
struct VisitorList {
    QList<Visit> items;
    qint64 total = 0;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<VisitorList> fromJson(const QJsonObject &json);
};

} // namespace kj
