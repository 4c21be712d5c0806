#pragma once

#include "models/domain/friendship.h"
#include "models/domain/result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace kj::store {
class ClientStore;
}

namespace kj::app {

class ApiClient;
class SyncEngine;

//! Friend requests and friendships. These need the server (they are not queued offline); each success
//! updates the local cache at once, and a sync follows to bring in what the change made visible.
class FriendsService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(kj::Result<T>)>;

    //! `sync` may be null.
    FriendsService(kj::store::ClientStore &store, ApiClient &api, SyncEngine *sync, QObject *parent = nullptr);

    void sendRequest(const QString &username, Callback<kj::FriendRequest> done = {});
    void accept(const QString &requestId, Callback<kj::Friend> done = {});
    //! Accepts the pending request from `username` (looked up on the server).
    void acceptFrom(const QString &username, Callback<kj::Friend> done = {});
    void decline(const QString &requestId, Callback<void> done = {});
    void removeFriend(const QString &username, Callback<void> done = {});
    //! Replaces the cached friends and requests with the server's lists.
    void refresh(Callback<void> done = {});

Q_SIGNALS:
    void failed(const kj::Error &error);

private:
    template<typename T>
    void report(const kj::Result<T> &result, const Callback<T> &done);

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    SyncEngine *m_sync;
};

} // namespace kj::app
