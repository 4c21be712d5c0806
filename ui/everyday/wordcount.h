#pragma once

#include <QStringView>

namespace kj::ui {

//! How many words a text has, the way a writer of Chinese, Japanese, Korean or a Latin script counts them:
//! each Han, Kana or Hangul character is a word; elsewhere a word is a run of characters between spaces (and
//! CJK characters) holding at least one letter or digit, so "don't" is one word and a lone "—" none.
[[nodiscard]] int countWords(QStringView text);

} // namespace kj::ui
