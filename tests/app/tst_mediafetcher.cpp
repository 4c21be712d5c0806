// MediaFetcher against the real server in-process: a thumbnail fetched once is read from the cache (also
// with the server gone), originals are never kept, answers always come asynchronously and not at all to a
// context that is gone, and a budget too small for a picture still hands the picture over.
#include "app/media/mediafetcher.h"
#include "app/network/apiclient.h"
#include "models/domain/ids.h"
#include "models/store/clientstore.h"
#include "models/store/mediacache.h"
#include "tests/app/awaitresult.h"
#include "tests/support/jsonclient.h"
#include "tests/support/mediaclient.h"
#include "tests/support/testserver.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using kj::app::ApiClient;
using kj::app::FetchedMedia;
using kj::app::MediaFetcher;
using kj::store::ClientStore;
using kj::store::MediaCache;

class TestMediaFetcher : public QObject
{
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<ClientStore> m_store;
    QString m_media;

    std::optional<kj::Result<FetchedMedia>> fetch(MediaFetcher &fetcher, kj::MediaSize size, const QObject *context = nullptr)
    {
        bool inside = true;
        bool early = false;
        auto result = awaitResult<FetchedMedia>([&](auto done) {
            fetcher.fetch(m_media, size, context, [&, done](kj::Result<FetchedMedia> fetched) {
                early = early || inside;
                done(std::move(fetched));
            });
            inside = false;
        });
        if (early)
            return kj::Result<FetchedMedia>(kj::fail(kj::ErrorCode::Internal, u"answered from inside fetch()"_s));
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start().ok());
        const QString token = JsonClient(m_server.baseUrl()).signUp(u"alice"_s);
        QVERIFY(!token.isEmpty());
        MediaClient media(m_server.baseUrl());
        m_media = media.uploadWhole(token, MediaClient::encoded(MediaClient::testImage(800, 600), "png"));
        QVERIFY(kj::isValidItemId(m_media));
        const QString album = media.newAlbum(token, u"private"_s);
        QCOMPARE(media.newPhoto(token, m_media, album, u"private"_s).status, 201);
        m_api = std::make_unique<ApiClient>(m_network);
        m_api->setServer(QUrl(m_server.baseUrl()));
        m_api->setToken(token);
        auto store = ClientStore::open(m_dir.filePath(u"alice/kongjian.sqlite"_s), kj::User{u"alice"_s, u"Alice"_s, {}});
        QVERIFY(store.ok());
        m_store = std::move(*store);
    }

    void thumbnailsSeenOnceReadOffline()
    {
        QCOMPARE(MediaFetcher::cacheFolder(*m_store), m_dir.filePath(u"alice/media-cache"_s));
        MediaCache cache(*m_store, MediaFetcher::cacheFolder(*m_store));
        MediaFetcher fetcher(cache, *m_api);

        auto first = fetch(fetcher, kj::MediaSize::Thumb);
        QVERIFY(first && first->ok());
        QVERIFY(!(*first)->fromCache);
        QCOMPARE((*first)->media.contentType, QByteArray("image/jpeg"));
        QVERIFY(cache.contains(m_media, kj::MediaSize::Thumb));

        auto second = fetch(fetcher, kj::MediaSize::Thumb);
        QVERIFY(second && second->ok());
        QVERIFY((*second)->fromCache);
        QCOMPARE((*second)->media.bytes, (*first)->media.bytes);

        // Originals pass through, never kept.
        auto original = fetch(fetcher, kj::MediaSize::Original);
        QVERIFY(original && original->ok());
        QVERIFY(!cache.contains(m_media, kj::MediaSize::Original));

        // A context that is gone hears nothing, cache hit or not.
        bool heard = false;
        {
            QObject context;
            fetcher.fetch(m_media, kj::MediaSize::Thumb, &context, [&](kj::Result<FetchedMedia>) { heard = true; });
        }
        QTest::qWait(50);
        QVERIFY(!heard);

        // The server away: what was seen reads from the cache, the rest fails as offline.
        m_server.stop();
        auto offline = fetch(fetcher, kj::MediaSize::Thumb);
        QVERIFY(offline && offline->ok());
        QVERIFY((*offline)->fromCache);
        QCOMPARE((*offline)->media.bytes, (*first)->media.bytes);
        auto large = fetch(fetcher, kj::MediaSize::Large);
        QVERIFY(large);
        QCOMPARE(large->error().code, kj::ErrorCode::NetworkError);
        QVERIFY(m_server.start().ok());
        m_api->setServer(QUrl(m_server.baseUrl()));
    }

    void aBudgetTooSmallStillGivesThePicture()
    {
        MediaCache cache(*m_store, MediaFetcher::cacheFolder(*m_store), 10);
        MediaFetcher fetcher(cache, *m_api);
        auto large = fetch(fetcher, kj::MediaSize::Large);
        QVERIFY(large && large->ok());
        QVERIFY(!(*large)->media.bytes.isEmpty());
        QVERIFY(!cache.contains(m_media, kj::MediaSize::Large));
        QVERIFY(cache.totalBytes() <= 10);
    }
};

QTEST_GUILESS_MAIN(TestMediaFetcher)
#include "tst_mediafetcher.moc"
