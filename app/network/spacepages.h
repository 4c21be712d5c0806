#pragma once

#include "models/domain/guestbook.h"

#include <QList>
#include <QString>

namespace kj::app {

//! One page of a guestbook, newest first; an empty nextCursor means the last page.
struct GuestbookPage {
    QList<kj::GuestbookEntry> items;
    QString nextCursor;
};

//! Answer to POST /api/v1/users/{username}/guestbook: the stored message, and whether this call stored
//! it (201) rather than finding it from an earlier try (200).
struct GuestbookWriteResult {
    kj::GuestbookEntry entry;
    bool created = false;
};

} // namespace kj::app
