#pragma once

#include "models/domain/audience.h"
#include "models/domain/result.h"
#include "models/domain/user.h"
#include "models/domain/visibility.h"

#include <QDateTime>
#include <QJsonObject>
#include <optional>

namespace kj {

//! A diary (日志): a titled text in Markdown with an audience. The client makes its id (a UUID);
//! the server counts its revision up by one on each accepted write.
//! On the wire: {"kind": "diary", "id", "author": {user}, "title", "body", "visibility",
//! "revision", "createdAt", "updatedAt"}.
struct Diary {
    static constexpr int kMaxTitleLength = 200;
    static constexpr int kMaxBodyLength = 200000;

    QString id;
    User author;
    QString title;
    QString body; // Markdown, no raw HTML (see docs/architecture.md)
    Visibility visibility = Visibility::Private;
    qint64 revision = 0;
    QDateTime createdAt;
    QDateTime updatedAt;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<Diary> fromJson(const QJsonObject &json);
    friend bool operator==(const Diary &, const Diary &) = default;
};

//! Body of PUT /api/v1/diaries/{id}: create (baseRevision null) or update at baseRevision.
struct DiaryWrite {
    QString title;
    QString body;
    Visibility visibility = Visibility::Private;
    std::optional<qint64> baseRevision;
    QStringList groups; // with Visibility::Groups: the owner's groups it is shown to (models/domain/audience.h)

    [[nodiscard]] Audience audience() const { return {visibility, groups}; }
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<DiaryWrite> fromRequest(const QJsonObject &json);
    //! Whether an existing diary already holds exactly what this write asks for (an idempotent retry).
    [[nodiscard]] bool sameContentAs(const Diary &diary) const;
};

} // namespace kj
