#pragma once

#include "app/sync/outboxpusher.h"

namespace kj::app {

//! Pushes my friend groups ("group", by the client-made id): PUT of the name and members (creates or
//! replaces, so a replay is harmless), DELETE (a group already gone is done). A group the server refuses
//! (a member who is not my friend ...) is kept among the rejected changes with what was asked.
class GroupPusher : public ApiOutboxPusher
{
public:
    GroupPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;
};

} // namespace kj::app
