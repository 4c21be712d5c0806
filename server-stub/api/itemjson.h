#pragma once

#include "models/domain/diary.h"

#include <QJsonObject>

namespace kj::server::api {

//! A diary as lists and the feed show it: the Diary JSON plus likeCount, commentCount and likedByMe
//! (zero and false until likes and comments arrive with the whole space).
[[nodiscard]] QJsonObject diaryListItem(const Diary &diary);

} // namespace kj::server::api
