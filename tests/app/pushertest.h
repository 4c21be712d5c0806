#pragma once

// What the pusher tests share: one signed-in client (its store in memory, API client, sync engine) that can
// be taken offline (pointed at a port where nothing listens) and back, against the real server in-process.

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"
#include "models/domain/ids.h"
#include "models/store/outbox.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>

using namespace Qt::StringLiterals;

//! One signed-in client of the test server.
struct PusherClient {
    QString username;
    QString token;
    QString server;
    std::unique_ptr<kj::store::ClientStore> store;
    std::unique_ptr<kj::app::ApiClient> api;
    std::unique_ptr<kj::app::SyncEngine> sync;

    PusherClient(QNetworkAccessManager &network, const QString &server_, const QString &username_, const QString &token_)
        : username(username_), token(token_), server(server_)
    {
        store = std::move(kj::store::ClientStore::openInMemory(kj::User{username, username, {}}).value());
        api = std::make_unique<kj::app::ApiClient>(network);
        api->setServer(QUrl(server));
        api->setToken(token);
        sync = std::make_unique<kj::app::SyncEngine>(*store, *api);
    }

    //! Points the client at a port where nothing listens.
    void goOffline()
    {
        QTcpServer closed;
        if (closed.listen(QHostAddress::LocalHost)) {
            const quint16 port = closed.serverPort();
            closed.close();
            api->setServer(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        }
    }
    void goOnline() { api->setServer(QUrl(server)); }

    //! One run; its outcome.
    kj::Status syncOnce()
    {
        QSignalSpy finished(sync.get(), &kj::app::SyncEngine::finished);
        sync->syncNow();
        if (!finished.wait(30000))
            return kj::fail(kj::ErrorCode::Timeout, u"the sync never finished"_s);
        return finished.first().first().value<kj::Status>();
    }

    [[nodiscard]] int pending() const { return store->outbox().pendingCount(); }
};

//! The test server and a way to sign people up on it.
struct PusherWorld {
    TestServer server;
    QNetworkAccessManager network;
    std::unique_ptr<JsonClient> json;
    int counter = 0;

    [[nodiscard]] bool start()
    {
        qRegisterMetaType<kj::Status>("kj::Status");
        if (!server.start())
            return false;
        json = std::make_unique<JsonClient>(server.baseUrl());
        return true;
    }

    //! A new account with a unique name starting with `name`.
    std::unique_ptr<PusherClient> signUp(const QString &name)
    {
        const QString username = name + QString::number(++counter);
        const QString token = json->signUp(username);
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<PusherClient>(network, server.baseUrl(), username, token);
    }

    //! A new 说说 of `owner` seen by friends; its id.
    QString post(const PusherClient &owner, const QString &text = u"a post"_s)
    {
        const QString id = kj::newItemId();
        const TestReply reply = json->put(u"/api/v1/posts/"_s + id,
                                          {{u"text"_s, text}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"public"_s}},
                                          owner.token);
        return reply.status == 201 ? id : QString();
    }
};
