#include "app/cli/audienceoption.h"

#include "models/domain/ids.h"

namespace kj::cli {

void addAudienceOptions(QCommandLineParser &parser, const QString &fallback)
{
    parser.addOption({QStringLiteral("visibility"),
                      QStringLiteral("Who may see it: public, friends, groups or private (default %1).").arg(fallback),
                      QStringLiteral("V")});
    parser.addOption({QStringLiteral("groups"),
                      QStringLiteral("With --visibility groups: the ids of my friend groups who may see it, comma-separated "
                                     "(see `groups`)."),
                      QStringLiteral("ID,ID")});
}

kj::Result<kj::Audience> audienceOption(const QCommandLineParser &parser, const kj::Audience &fallback)
{
    kj::Audience audience = fallback;
    if (parser.isSet(QStringLiteral("visibility"))) {
        const QString text = parser.value(QStringLiteral("visibility"));
        const std::optional<kj::Visibility> visibility = kj::visibilityFromName(text);
        if (!visibility) {
            return kj::fail(kj::ErrorCode::InvalidField,
                            QStringLiteral("\"%1\" is not a visibility: use public, friends, groups or private").arg(text));
        }
        audience.visibility = *visibility;
        audience.groups.clear();
    }
    if (parser.isSet(QStringLiteral("groups"))) {
        audience.groups = parser.value(QStringLiteral("groups")).split(u',', Qt::SkipEmptyParts);
        for (QString &id : audience.groups)
            id = id.trimmed();
        audience.groups.sort();
        audience.groups.removeDuplicates();
        for (const QString &id : std::as_const(audience.groups)) {
            if (!kj::isValidItemId(id))
                return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("\"%1\" is not a group id").arg(id));
        }
    }
    if (audience.visibility != kj::Visibility::Groups) {
        if (parser.isSet(QStringLiteral("groups")))
            return kj::fail(kj::ErrorCode::InvalidField, QStringLiteral("--groups goes with --visibility groups"));
        audience.groups.clear();
    } else if (audience.groups.isEmpty() || audience.groups.size() > kj::Audience::kMaxGroups) {
        return kj::fail(kj::ErrorCode::InvalidField,
                        QStringLiteral("--visibility groups needs --groups with 1 to %1 group ids").arg(kj::Audience::kMaxGroups));
    }
    return audience;
}

} // namespace kj::cli
