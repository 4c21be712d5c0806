#pragma once

#include "app/sync/outboxpusher.h"

namespace kj::app {

//! Pushes likes ("like", one entry per item, payload {"liked"}): PUT or DELETE of my like, both idempotent,
//! so only the final state of a like-unlike-like made offline is sent, once. Taking back a like of an item
//! that is gone is done; liking one is refused (kept among the rejected changes). The server's answer (the
//! item's like count and whether I like it) goes into the cached item's JSON.
class LikePusher : public ApiOutboxPusher
{
public:
    LikePusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;
};

} // namespace kj::app
