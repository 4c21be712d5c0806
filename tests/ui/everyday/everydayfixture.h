#pragma once

// A signed-in account ("xiaoming", friends with "xiaohong") over a real local store in a temporary profile
// and the real server in this process, for the everyday area's tests.

#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "tests/support/jsonclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

struct EverydayFixture {
    std::unique_ptr<TestServer> server;
    std::unique_ptr<JsonClient> client;
    QString myToken;
    QString friendToken;
    std::unique_ptr<QTemporaryDir> profileDir;
    std::unique_ptr<kj::app::Profile> profile;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<kj::app::ClientSession> session;
    std::unique_ptr<QSettings> settings;

    //! Everything up; false (with the test failed) when something could not start.
    bool start()
    {
        server = std::make_unique<TestServer>();
        if (!server->start().ok())
            return false;
        client = std::make_unique<JsonClient>(server->baseUrl());
        myToken = client->signUp(QStringLiteral("xiaoming"));
        friendToken = client->signUp(QStringLiteral("xiaohong"));
        if (myToken.isEmpty() || friendToken.isEmpty() || !client->befriend(myToken, QStringLiteral("xiaohong"), friendToken))
            return false;
        profileDir = std::make_unique<QTemporaryDir>();
        profile = std::make_unique<kj::app::Profile>(profileDir->path());
        network = std::make_unique<QNetworkAccessManager>();
        kj::app::Account account;
        account.server = QUrl(server->baseUrl());
        account.user = kj::User{QStringLiteral("xiaoming"), QStringLiteral("Xiao Ming"), {}};
        account.token = myToken;
        auto opened = kj::app::ClientSession::open(*profile, account, *network);
        if (!opened.ok())
            return false;
        session = std::move(*opened);
        settings = std::make_unique<QSettings>(profileDir->filePath(QStringLiteral("kongjian-gui.ini")), QSettings::IniFormat);
        return true;
    }

    void stop()
    {
        session.reset();
        network.reset();
        settings.reset();
        profile.reset();
        profileDir.reset();
        client.reset();
        server.reset();
    }

    //! One sync run to its end; its outcome.
    kj::Status syncOnce()
    {
        QSignalSpy finished(&session->sync(), &kj::app::SyncEngine::finished);
        session->sync().syncNow();
        if (!finished.wait(30000))
            return kj::fail(kj::ErrorCode::Timeout, QStringLiteral("the sync did not finish"));
        return finished.first().first().value<kj::Status>();
    }
};
