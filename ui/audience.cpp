#include "ui/audience.h"

#include "ui/skin.h"

#include <QCoreApplication>

namespace kj::ui {

namespace {
class Audience
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::Audience)

public:
    static QString name(kj::Visibility visibility)
    {
        switch (visibility) {
        case kj::Visibility::Public: return tr("Public");
        case kj::Visibility::Friends: return tr("Friends");
        case kj::Visibility::Groups: return tr("Friend groups");
        case kj::Visibility::Private: return tr("Only me");
        }
        return {};
    }
};
} // namespace

QString audienceName(kj::Visibility visibility)
{
    return Audience::name(visibility);
}

QIcon audienceIcon(kj::Visibility visibility)
{
    switch (visibility) {
    case kj::Visibility::Public: return icon(QStringLiteral("public"));
    case kj::Visibility::Friends: return icon(QStringLiteral("audience-friends"));
    case kj::Visibility::Groups: return icon(QStringLiteral("audience-group"));
    case kj::Visibility::Private: return icon(QStringLiteral("private"));
    }
    return {};
}

} // namespace kj::ui
