#pragma once

#include "app/account/profile.h"
#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/domain/track.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QImage>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

//! The music tests' world: the real server in this process, "xiaoming" signed in on a profile of their own
//! (a real store file, so the media cache has a folder), and tracks made through the wire from WAV files
//! generated here.
class MusicFixture
{
public:
    std::unique_ptr<TestServer> server;
    std::unique_ptr<JsonClient> client;
    QString token;
    std::unique_ptr<QTemporaryDir> profileDir;
    std::unique_ptr<kj::app::Profile> profile;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<kj::app::ClientSession> session;
    std::unique_ptr<QSettings> settings;

    //! False (with the test failed) when something could not be set up.
    bool start()
    {
        server = std::make_unique<TestServer>();
        if (!server->start().ok())
            return false;
        client = std::make_unique<JsonClient>(server->baseUrl());
        token = client->signUp(QStringLiteral("xiaoming"));
        if (token.isEmpty())
            return false;
        profileDir = std::make_unique<QTemporaryDir>();
        profile = std::make_unique<kj::app::Profile>(profileDir->path());
        network = std::make_unique<QNetworkAccessManager>();
        kj::app::Account account;
        account.server = QUrl(server->baseUrl());
        account.user = kj::User{QStringLiteral("xiaoming"), QStringLiteral("xiaoming"), {}};
        account.token = token;
        auto opened = kj::app::ClientSession::open(*profile, account, *network);
        if (!opened.ok())
            return false;
        session = std::move(*opened);
        settings = std::make_unique<QSettings>(profileDir->filePath(QStringLiteral("gui.ini")), QSettings::IniFormat);
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

    //! A JPEG for cover art.
    static QByteArray coverJpeg()
    {
        return MediaClient::encoded(MediaClient::testImage(300, 300), "jpeg");
    }

    //! WAV bytes of `ms` milliseconds, tagged (RIFF INFO) with title and artist.
    static QByteArray wav(int ms, const QString &title, const QString &artist)
    {
        AudioFixtures::Tags tags;
        tags.title = title;
        tags.artist = artist;
        tags.wavInfoTag = true;
        return AudioFixtures::tagged(AudioFixtures::wav(ms), QStringLiteral("wav"), tags);
    }

    //! A live track of mine made through the wire (upload, then PUT /tracks); invalid track on failure.
    kj::Track newTrack(const QString &title, const QString &artist = QStringLiteral("周杰伦"), int ms = 400,
                       const QByteArray &cover = {})
    {
        QByteArray bytes;
        if (cover.isEmpty()) {
            bytes = wav(ms, title, artist);
        } else {
            // Cover art rides in an ID3v2 chunk of the WAV.
            AudioFixtures::Tags tags;
            tags.title = title;
            tags.artist = artist;
            tags.cover = cover;
            bytes = AudioFixtures::tagged(AudioFixtures::wav(ms), QStringLiteral("wav"), tags);
        }
        MediaClient media(server->baseUrl());
        const TestReply started = media.startRaw(token, bytes.size(), MediaClient::sha256(bytes), title + QStringLiteral(".wav"),
                                                 QStringLiteral("track"));
        const TestReply sent = media.patch(token, started.json.value(QStringLiteral("uploadId")).toString(), 0, bytes);
        const QString id = kj::newItemId();
        const TestReply put = client->put(QStringLiteral("/api/v1/tracks/") + id,
                                          {{QStringLiteral("mediaId"), sent.json.value(QStringLiteral("mediaId")).toString()}}, token);
        if (put.status != 201)
            return {};
        kj::Result<kj::Track> track = kj::Track::fromJson(put.json.value(QStringLiteral("track")).toObject());
        return track ? *track : kj::Track();
    }

    //! One sync run, to its end; whether it succeeded.
    bool syncOnce()
    {
        QSignalSpy finished(&session->sync(), &kj::app::SyncEngine::finished);
        session->sync().syncNow();
        if (!finished.wait(30000))
            return false;
        const kj::Status status = finished.first().first().value<kj::Status>();
        if (!status)
            qWarning() << "sync failed:" << status.error().message;
        return status.ok();
    }
};
