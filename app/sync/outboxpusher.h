#pragma once

#include "models/domain/error.h"
#include "models/domain/result.h"

#include <QStringList>
#include <functional>

class QObject;

namespace kj::store {
class ClientStore;
struct OutboxEntry;
} // namespace kj::store

namespace kj::app {

class ApiClient;
struct SyncConflict;

//! What a pusher may ask of the sync run it is part of.
class PushRun
{
public:
    virtual ~PushRun() = default;
    //! A conflict was settled by merging or keeping both sides' words: the user is told.
    virtual void reportConflict(const SyncConflict &conflict) = 0;
    //! Counts one more conflict in this run; false once an item kept changing elsewhere too often, so it
    //! waits for the next run instead of looping.
    [[nodiscard]] virtual bool mayResolveAnotherConflict() = 0;
};

//! Sends the outbox entries of some kinds to the server, one at a time, and settles each in the local store.
//!
//! push() sends `entry` and calls `done` exactly once, asynchronously:
//! - done({}) when the run may go on: the server took the entry (or it was moot, e.g. deleting what is gone)
//!   and the pusher removed it, or the pusher rebased it after a conflict so the next push sends the merge
//!   (either in one transaction with the item's local state);
//! - done(error) otherwise. The sync engine then decides: a refusal for good (isRefusal) moves the entry to
//!   the rejected changes and the run goes on; anything else (offline, 5xx, 401, a conflict that keeps
//!   coming back, a local store failure) leaves it queued and ends the run, retried with backoff.
class OutboxPusher
{
public:
    using Done = std::function<void(kj::Status)>;

    virtual ~OutboxPusher() = default;
    //! The outbox kinds this pusher sends.
    [[nodiscard]] virtual QStringList kinds() const = 0;
    virtual void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) = 0;
    //! Whether `entry` is held back by the user for now (a paused upload): the run passes it by, keeping it
    //! queued and in its place, and pushes the entries behind it.
    [[nodiscard]] virtual bool isHeld(const kj::store::OutboxEntry &) const { return false; }
};

//! A pusher that sends through the API client and settles entries in the local store; `context` owns the
//! callbacks of its requests (the sync engine), so none comes after the engine is gone.
class ApiOutboxPusher : public OutboxPusher
{
protected:
    ApiOutboxPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
        : m_store(store), m_api(api), m_context(context)
    {
    }

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    QObject &m_context;
};

//! Whether the server refused a change for good: sending it again as it is cannot succeed.
[[nodiscard]] bool isRefusal(const kj::Error &error);

} // namespace kj::app
