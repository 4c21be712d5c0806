#pragma once

#include "app/sync/outboxpusher.h"

namespace kj::app {

//! Pushes guestbook messages ("guestbook": signing with the client-made id, so a replay after a lost answer
//! is not doubled; deleting, where a message already gone is done) and my replies in my guestbook
//! ("guestbook_reply": a reply replaces the previous one, so sending it again is harmless). A message or
//! reply the server refuses keeps its words among the rejected changes.
class GuestbookPusher : public ApiOutboxPusher
{
public:
    GuestbookPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;

private:
    void pushSign(const kj::store::OutboxEntry &entry, Done done);
    void pushReply(const kj::store::OutboxEntry &entry, Done done);
    void pushDelete(const kj::store::OutboxEntry &entry, Done done);
};

} // namespace kj::app
