#pragma once

#include "app/sync/outboxpusher.h"

#include <QString>

namespace kj {
struct Friend;
}

namespace kj::app {

//! Pushes my friend actions (models/store/friendactionqueue.h) and settles each against what the server
//! has, so a replay after a lost answer is harmless:
//! - a request already pending or accepted (409 already_exists) is done, the cache set from the server's lists;
//! - an accept whose request is gone checks the friends list: already friends means an earlier accept got
//!   through (done); otherwise it is refused and the friend shown here at once is taken back;
//! - declining or removing what is gone (404) is done.
class FriendActionPusher : public ApiOutboxPusher
{
public:
    FriendActionPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;

private:
    void pushRequest(const kj::store::OutboxEntry &entry, Done done);
    //! Replaces the cached requests between me and `username` with the server's and removes the entry.
    void settleRequest(const kj::store::OutboxEntry &entry, Done done);
    void pushAnswer(const kj::store::OutboxEntry &entry, Done done);
    void answer(const kj::store::OutboxEntry &entry, const QString &requestId, bool retried, Done done);
    void settleAccept(const kj::store::OutboxEntry &entry, const QString &requestId, bool retried, Done done);
    void pushRemove(const kj::store::OutboxEntry &entry, Done done);
    [[nodiscard]] kj::Status recordFriend(qint64 seq, const QString &requestId, const kj::Friend &person);
};

} // namespace kj::app
