#pragma once

#include "models/domain/diary.h"

#include <QList>

namespace kj::bench {

//! The diaries every client benchmark writes: `count` diaries of `author`, friends-only, one revision, a
//! title and a body of a few sentences, a minute apart (newest last), ids that never repeat.
[[nodiscard]] QList<kj::Diary> makeDiaries(const kj::User &author, int count);

//! The id of the n-th bench diary (a valid item id).
[[nodiscard]] QString benchDiaryId(int n);

} // namespace kj::bench
