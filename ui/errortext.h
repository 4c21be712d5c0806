#pragma once

#include "models/domain/error.h"

#include <QString>

namespace kj::ui {

//! The one place that turns an error value into words for a person. Every dialog, page and the status
//! bar show errors through it, so a code reads the same everywhere and is translated once.
[[nodiscard]] QString errorText(const kj::Error &error);

} // namespace kj::ui
