#pragma once

#include "app/sync/outboxpusher.h"

namespace kj::app {

//! Pushes comments ("comment"): a new one as POST with its client-made id (a replay after a lost answer
//! is recognised by the server and not doubled), a delete as DELETE (a comment already gone is done). A
//! comment the server refuses for good (its item deleted meanwhile ...) leaves the local cache; its words
//! stay in the outbox payload, which the engine keeps among the rejected changes.
class CommentPusher : public ApiOutboxPusher
{
public:
    //! `context` owns the callbacks of the requests (the sync engine).
    CommentPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;
};

} // namespace kj::app
