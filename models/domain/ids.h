#pragma once

#include <QString>
#include <QStringView>

namespace kj {

//! Ids of user-created items are UUIDs made by the client, so an offline create is idempotent.
//! The canonical form is lower-case 8-4-4-4-12 hex without braces.
[[nodiscard]] bool isValidItemId(QStringView id);
//! A new random (version 4) item id in canonical form.
[[nodiscard]] QString newItemId();

//! Usernames: 3 to 32 characters of a-z, 0-9, '_' and '.', starting with a letter or digit.
[[nodiscard]] bool isValidUsername(QStringView username);

} // namespace kj
