#include "models/domain/visibility.h"

namespace kj {

QString visibilityName(Visibility visibility)
{
    switch (visibility) {
    case Visibility::Public: return QStringLiteral("public");
    case Visibility::Friends: return QStringLiteral("friends");
    case Visibility::Private: return QStringLiteral("private");
    case Visibility::Groups: return QStringLiteral("groups");
    }
    return QStringLiteral("private");
}

std::optional<Visibility> visibilityFromName(const QString &name)
{
    if (name == QLatin1String("public"))
        return Visibility::Public;
    if (name == QLatin1String("friends"))
        return Visibility::Friends;
    if (name == QLatin1String("private"))
        return Visibility::Private;
    if (name == QLatin1String("groups"))
        return Visibility::Groups;
    return std::nullopt;
}

} // namespace kj
