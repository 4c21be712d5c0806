#pragma once

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/store/outbox.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QUrl>
#include <memory>

//! One signed-in device of a test server: its own store in memory, API client and sync engine, synced one run
//! at a time, and taken offline (pointed at a port where nothing listens) and back. Tests derive from it to add
//! what they write (a diary, a 说说) or to set the sync's timing.
struct SyncClient {
    QString username;
    QString token;
    QString server;
    std::unique_ptr<kj::store::ClientStore> store;
    std::unique_ptr<kj::app::ApiClient> api;
    std::unique_ptr<kj::app::SyncEngine> sync;

    //! The store's user is `username` shown as `displayName` (the username when empty).
    SyncClient(QNetworkAccessManager &network, const QString &server_, const QString &username_, const QString &token_,
               const QString &displayName = {})
        : username(username_), token(token_), server(server_)
    {
        const kj::User user{username, displayName.isEmpty() ? username : displayName, {}};
        store = std::move(kj::store::ClientStore::openInMemory(user).value());
        api = std::make_unique<kj::app::ApiClient>(network);
        api->setServer(QUrl(server));
        api->setToken(token);
        sync = std::make_unique<kj::app::SyncEngine>(*store, *api);
    }
    virtual ~SyncClient() = default;

    //! One run; its outcome.
    kj::Status syncOnce()
    {
        QSignalSpy finished(sync.get(), &kj::app::SyncEngine::finished);
        sync->syncNow();
        if (!finished.wait(30000))
            return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("the sync never finished"));
        return finished.first().first().value<kj::Status>();
    }

    //! Points the client at a port where nothing listens.
    void goOffline()
    {
        QTcpServer closed;
        if (closed.listen(QHostAddress::LocalHost)) {
            const quint16 port = closed.serverPort();
            closed.close();
            api->setServer(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        }
    }
    void goOnline() { api->setServer(QUrl(server)); }

    //! Changes still queued in the outbox.
    [[nodiscard]] int pending() const { return store->outbox().pendingCount(); }
};
