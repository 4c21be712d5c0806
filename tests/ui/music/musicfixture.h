#pragma once

#include "app/clientsession.h"
#include "app/sync/syncengine.h"
#include "models/domain/ids.h"
#include "models/domain/track.h"
#include "tests/support/audiofixtures.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/sessionfixture.h"

#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

//! The music tests' world: SessionFixture's ("xiaoming" signed in here over a real store, so the media cache
//! has a folder, and the real server in this process) and tracks made through the wire from WAV files
//! generated here.
class MusicFixture : public SessionFixture
{
public:
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
        MediaClient media(url());
        const TestReply started = media.startRaw(token(), bytes.size(), MediaClient::sha256(bytes), title + QStringLiteral(".wav"),
                                                 QStringLiteral("track"));
        const TestReply sent = media.patch(token(), started.json.value(QStringLiteral("uploadId")).toString(), 0, bytes);
        const QString id = kj::newItemId();
        const TestReply put = client().put(QStringLiteral("/api/v1/tracks/") + id,
                                          {{QStringLiteral("mediaId"), sent.json.value(QStringLiteral("mediaId")).toString()}}, token());
        if (put.status != 201)
            return {};
        kj::Result<kj::Track> track = kj::Track::fromJson(put.json.value(QStringLiteral("track")).toObject());
        return track ? *track : kj::Track();
    }
};
