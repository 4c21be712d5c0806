#include "models/domain/ids.h"

#include <QUuid>

namespace kj {

namespace {
bool isLowerHex(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}
bool isUsernameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'.';
}
} // namespace

bool isValidItemId(QStringView id)
{
    if (id.size() != 36)
        return false;
    for (qsizetype i = 0; i < id.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? id[i] != u'-' : !isLowerHex(id[i]))
            return false;
    }
    return true;
}

QString newItemId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValidUsername(QStringView username)
{
    if (username.size() < 3 || username.size() > 32)
        return false;
    if (username.front() == u'_' || username.front() == u'.')
        return false;
    for (QChar c : username) {
        if (!isUsernameChar(c))
            return false;
    }
    return true;
}

} // namespace kj
