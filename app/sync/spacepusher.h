#pragma once

#include "app/sync/outboxpusher.h"

namespace kj {
struct SpaceSettings;
}

namespace kj::app {

//! Pushes my space's settings ("space", one entry for my username): reads the server's current settings
//! (GET), merges field by field three ways (the base mine were made from, mine, the server's:
//! mergeSpaceSettings), and writes the result (PUT) unless the server has it already. Without a known
//! base, the fields changed here (the entry's payload) go onto the server's settings. Fields both sides
//! changed differently keep mine and are reported as a conflict (kind "space").
class SpacePusher : public ApiOutboxPusher
{
public:
    SpacePusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;
    //! Held while my playlist names a track whose file still waits to upload: the server knows no such track
    //! yet and would refuse the whole settings.
    [[nodiscard]] bool isHeld(const kj::store::OutboxEntry &entry) const override;

private:
    void write(const kj::store::OutboxEntry &entry, const kj::SpaceSettings &pushed, const kj::SpaceSettings &theirs,
               PushRun &run, Done done);
};

} // namespace kj::app
