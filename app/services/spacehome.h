#pragma once

#include "models/domain/spacesettings.h"
#include "models/domain/track.h"
#include "models/domain/user.h"
#include "models/domain/visit.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace kj::app {

//! One line of a module card on a space's home: a 说说, a diary, an album, a photo, a guestbook message.
struct SpaceHomeLine {
    QString id;
    QString title;   // a diary's or album's title, a message's author; empty for a 说说
    QString text;    // a 说说's or message's words, a diary's first words, an album's description
    QString mediaId; // a photo to show with it (a photo's media), empty for none
    QDateTime at;
    int count = -1;  // an album's photos, when known
    bool pending = false; // mine, not sent yet
};

//! What a space's home shows (ui/space/spacepage): whose it is, how it is decorated, and the latest of
//! each module, read from the local store (mine; a friend's when the server is away) or from the server.
struct SpaceHome {
    kj::User owner;
    kj::SpaceSettings settings;
    bool mine = false;
    bool settingsPending = false; // my decoration is saved here and waits for the sync
    //! A friend's space shown as seen here before, because the server could not be asked.
    bool fromCache = false;
    QDateTime seenAt; // with fromCache: when it was fetched

    QList<SpaceHomeLine> posts;
    QList<SpaceHomeLine> diaries;
    int diaryCount = -1; // -1: not known
    QList<SpaceHomeLine> albums;
    QList<SpaceHomeLine> photos; // the latest photos known, for thumbnails
    QList<kj::Track> tracks;     // the background playlist, in order (the tracks known here or told)
    QList<SpaceHomeLine> guestbook;
    std::optional<kj::VisitorList> visitors; // my visitors, once asked (needs the server)
};

} // namespace kj::app
