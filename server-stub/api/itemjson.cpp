#include "server-stub/api/itemjson.h"

namespace kj::server::api {

QJsonObject diaryListItem(const Diary &diary)
{
    QJsonObject json = diary.toJson();
    json.insert(QStringLiteral("likeCount"), 0);
    json.insert(QStringLiteral("commentCount"), 0);
    json.insert(QStringLiteral("likedByMe"), false);
    return json;
}

} // namespace kj::server::api
