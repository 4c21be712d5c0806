#include "app/cli/commands.h"
#include "app/cli/myitemcommands.h"

#include "models/domain/photo.h"
#include "models/domain/track.h"

// Edits of my photos (caption, audience) and tracks (title, artist, audience), offline first: saved here with
// their outbox entry (ItemRepository), sent by the sync, merged field by field with an edit made meanwhile on
// another device. Their bytes are uploaded by `photo upload` / `track upload` (UploadQueue).

namespace kj::cli {


int photoEditCommand(Cli &cli, const QStringList &args)
{
    return editMyItemCommand(cli, args, QStringLiteral("photo"), QStringLiteral("photo"),
                    {{QStringLiteral("caption"), QStringLiteral("caption"), QStringLiteral("A new caption.")}},
                    checkWith<kj::PhotoWrite>);
}

int trackEditCommand(Cli &cli, const QStringList &args)
{
    return editMyItemCommand(cli, args, QStringLiteral("track"), QStringLiteral("track"),
                    {{QStringLiteral("title"), QStringLiteral("title"), QStringLiteral("A new title.")},
                     {QStringLiteral("artist"), QStringLiteral("artist"), QStringLiteral("A new artist.")}},
                    checkWith<kj::TrackWrite>);
}

} // namespace kj::cli
