#include "ui/personname.h"

namespace kj::ui {

QString isolated(const QString &name)
{
    return QChar(0x2068) + name + QChar(0x2069);
}

QString personName(const kj::User &user)
{
    return isolated(user.displayName.isEmpty() ? user.username : user.displayName);
}

} // namespace kj::ui
