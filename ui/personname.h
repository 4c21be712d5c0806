#pragma once

#include "models/domain/user.h"

#include <QString>

namespace kj::ui {

//! Sets a name apart from the sentence it goes into (Unicode's first-strong isolate, U+2068 ... U+2069): a
//! right-to-left name, or one ending in neutral characters, cannot then reorder the words around it
//! ("%1 liked your diary"), whatever it holds.
[[nodiscard]] QString isolated(const QString &name);

//! A person as the UI names them: their display name, or their username when they gave none; isolated.
[[nodiscard]] QString personName(const kj::User &user);

} // namespace kj::ui
