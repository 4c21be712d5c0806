#pragma once

#include "models/domain/visibility.h"

#include <QIcon>
#include <QString>

namespace kj::ui {

//! The words and icon for an audience, the same in every list, card and picker.
[[nodiscard]] QString audienceName(kj::Visibility visibility);
[[nodiscard]] QIcon audienceIcon(kj::Visibility visibility);

} // namespace kj::ui
