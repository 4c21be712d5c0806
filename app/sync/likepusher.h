#pragma once

#include "app/sync/outboxpusher.h"

class QObject;

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;

//! Pushes likes ("like", one entry per item, payload {"liked"}): PUT or DELETE of my like, both idempotent,
//! so only the final state of a like-unlike-like made offline is sent, once. Taking back a like of an item
//! that is gone is done; liking one is refused (kept among the rejected changes).
class LikePusher : public OutboxPusher
{
public:
    LikePusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;

private:
    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    QObject &m_context;
};

} // namespace kj::app
