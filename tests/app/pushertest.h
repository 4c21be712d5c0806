#pragma once

// What the pusher tests share: the real server in-process and signed-in clients of it (SyncClient), which can be
// taken offline and back.

#include "models/domain/ids.h"
#include "tests/app/syncclient.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

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
    std::unique_ptr<SyncClient> signUp(const QString &name)
    {
        const QString username = name + QString::number(++counter);
        const QString token = json->signUp(username);
        if (token.isEmpty())
            return nullptr;
        return std::make_unique<SyncClient>(network, server.baseUrl(), username, token);
    }

    //! A new 说说 of `owner` seen by friends; its id.
    QString post(const SyncClient &owner, const QString &text = u"a post"_s)
    {
        const QString id = kj::newItemId();
        const TestReply reply = json->put(u"/api/v1/posts/"_s + id,
                                          {{u"text"_s, text}, {u"photoIds"_s, QJsonArray()}, {u"visibility"_s, u"public"_s}},
                                          owner.token);
        return reply.status == 201 ? id : QString();
    }
};
