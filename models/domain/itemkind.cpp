#include "models/domain/itemkind.h"

#include <array>

namespace kj {

namespace {
constexpr std::array kKinds = {ItemKind::Diary, ItemKind::Post, ItemKind::Photo,
                               ItemKind::Album, ItemKind::Repost, ItemKind::Track};
}

QString itemKindName(ItemKind kind)
{
    switch (kind) {
    case ItemKind::Diary: return QStringLiteral("diary");
    case ItemKind::Post: return QStringLiteral("post");
    case ItemKind::Photo: return QStringLiteral("photo");
    case ItemKind::Album: return QStringLiteral("album");
    case ItemKind::Repost: return QStringLiteral("repost");
    case ItemKind::Track: return QStringLiteral("track");
    }
    return QStringLiteral("diary");
}

std::optional<ItemKind> itemKindFromName(const QString &name)
{
    for (ItemKind kind : kKinds) {
        if (itemKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace kj
