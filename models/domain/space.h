#pragma once

#include "models/domain/result.h"

#include <QJsonObject>

namespace kj {

//! What a visitor sees at the top of someone's space: {"title", "motto"}. Decoration (skin, colours,
//! modules, music) joins it with the whole-space issue.
struct SpaceSummary {
    static constexpr int kMaxTitleLength = 100;
    static constexpr int kMaxMottoLength = 300;

    QString title;
    QString motto;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Result<SpaceSummary> fromJson(const QJsonObject &json);
};

} // namespace kj
