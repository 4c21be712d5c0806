// ApiClient's calls for albums, photos, uploads and media.
#include "app/network/apiclient.h"
#include "app/network/apireply.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace kj::app {

using namespace apireply;

namespace {

template<typename Result, typename Item>
auto writeResult(ApiClient::Callback<Result> done, const QString &key, const QString &what)
{
    return [done = std::move(done), key, what](kj::Result<QJsonObject> raw, int status) {
        if (!done)
            return;
        if (!raw) {
            done(raw.error());
            return;
        }
        kj::Result<Item> item = decodeOne<Item>(unwrap(*raw, key), what);
        if (!item) {
            done(item.error());
            return;
        }
        done(Result{*item, status == 201});
    };
}

kj::Result<kj::UploadStatus> decodeUpload(const QJsonObject &json, const QString &what)
{
    return decodeOne<kj::UploadStatus>(json, what);
}

} // namespace

void ApiClient::sendRaw(const QByteArray &method, const QString &path, const QUrlQuery &query,
                        const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body,
                        const QObject *context, ReplyCallback done)
{
    if (!m_server.isValid() || m_server.host().isEmpty()) {
        QMetaObject::invokeMethod(context ? const_cast<QObject *>(context) : this, [done = std::move(done)] {
            done(kj::fail(kj::ErrorCode::NetworkError, QStringLiteral("no server is set")));
        }, Qt::QueuedConnection);
        return;
    }
    QUrl url = m_server;
    url.setPath(path);
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setTransferTimeout(int(m_timeout.count()));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    const bool authenticated = !m_token.isEmpty();
    if (authenticated)
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    // A custom "HEAD" would wait for the body its Content-Length announces.
    QNetworkReply *reply = method == "HEAD" ? m_network.head(request) : m_network.sendCustomRequest(request, method, body);
    m_inFlight.insert(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_inFlight.remove(reply);
        reply->deleteLater();
    });
    connect(reply, &QNetworkReply::finished, context ? context : this, [this, reply, authenticated, done = std::move(done)] {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 200 && status < 300) {
            done(reply);
            return;
        }
        int interpreted = 0;
        kj::Result<QJsonObject> error = interpret(*reply, interpreted);
        if (interpreted == 401 && authenticated)
            Q_EMIT unauthorized();
        done(error ? kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("HTTP %1").arg(interpreted)) : error.error());
    });
}

void ApiClient::putAlbum(const QString &id, const kj::AlbumWrite &write, const QObject *context, Callback<AlbumWriteResult> done)
{
    send("PUT", api(QStringLiteral("/albums/") + pathPart(id)), {}, write.toJson(), context,
         writeResult<AlbumWriteResult, kj::Album>(std::move(done), QStringLiteral("album"), QStringLiteral("writing an album")));
}

void ApiClient::userAlbums(const QString &username, const QString &cursor, int limit, const QObject *context,
                           Callback<AlbumPage> done)
{
    send("GET", api(QStringLiteral("/users/") + pathPart(username) + QStringLiteral("/albums")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<AlbumPage>(std::move(done), [](const QJsonObject &json) -> kj::Result<AlbumPage> {
             const QString what = QStringLiteral("an album list");
             kj::Result<QList<kj::Album>> items = decodeList<kj::Album>(json, QStringLiteral("items"), what);
             if (!items)
                 return items.error();
             kj::Result<QString> next = nextCursor(json, what);
             if (!next)
                 return next.error();
             return AlbumPage{*items, *next};
         }));
}

void ApiClient::albumPhotos(const QString &albumId, const QString &cursor, int limit, const QObject *context,
                            Callback<AlbumPhotos> done)
{
    send("GET", api(QStringLiteral("/albums/") + pathPart(albumId) + QStringLiteral("/photos")),
         pageQuery(QStringLiteral("cursor"), cursor, limit), std::nullopt, context,
         typed<AlbumPhotos>(std::move(done), [](const QJsonObject &json) -> kj::Result<AlbumPhotos> {
             const QString what = QStringLiteral("an album's photos");
             if (!json.value(QStringLiteral("album")).isObject())
                 return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to %1 has no album").arg(what));
             kj::Result<kj::Album> album = decodeOne<kj::Album>(json.value(QStringLiteral("album")).toObject(), what);
             if (!album)
                 return album.error();
             kj::Result<QList<kj::Photo>> items = decodeList<kj::Photo>(json, QStringLiteral("items"), what);
             if (!items)
                 return items.error();
             kj::Result<QString> next = nextCursor(json, what);
             if (!next)
                 return next.error();
             return AlbumPhotos{*album, *items, *next};
         }));
}

void ApiClient::putPhoto(const QString &id, const kj::PhotoWrite &write, const QObject *context, Callback<PhotoWriteResult> done)
{
    send("PUT", api(QStringLiteral("/photos/") + pathPart(id)), {}, write.toJson(), context,
         writeResult<PhotoWriteResult, kj::Photo>(std::move(done), QStringLiteral("photo"), QStringLiteral("writing a photo")));
}

void ApiClient::startUpload(const kj::UploadStart &start, const QObject *context, Callback<kj::UploadStatus> done)
{
    send("POST", api(QStringLiteral("/uploads")), {}, start.toJson(), context,
         typed<kj::UploadStatus>(std::move(done), [](const QJsonObject &json) {
             return decodeUpload(json, QStringLiteral("starting an upload"));
         }));
}

void ApiClient::uploadOffset(const QString &uploadId, const QObject *context, Callback<qint64> done)
{
    sendRaw("HEAD", api(QStringLiteral("/uploads/") + pathPart(uploadId)), {}, {}, {}, context,
            [done = std::move(done)](kj::Result<QNetworkReply *> reply) {
                if (!done)
                    return;
                if (!reply) {
                    done(reply.error());
                    return;
                }
                bool ok = false;
                const qint64 offset = (*reply)->rawHeader("Upload-Offset").toLongLong(&ok);
                if (!ok || offset < 0) {
                    done(kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("the server's answer to HEAD of an upload has no Upload-Offset")));
                    return;
                }
                done(offset);
            });
}

void ApiClient::uploadChunk(const QString &uploadId, qint64 offset, const QByteArray &chunk, const QObject *context,
                            Callback<kj::UploadStatus> done)
{
    sendRaw("PATCH", api(QStringLiteral("/uploads/") + pathPart(uploadId)), {},
            {{"Content-Type", "application/offset+octet-stream"}, {"Upload-Offset", QByteArray::number(offset)},
             {"Accept", "application/json"}},
            chunk, context, [done = std::move(done)](kj::Result<QNetworkReply *> reply) {
                if (!done)
                    return;
                if (!reply) {
                    done(reply.error());
                    return;
                }
                const QString what = QStringLiteral("sending a chunk");
                kj::Result<QJsonObject> json = kj::parseJsonObject((*reply)->readAll());
                if (!json) {
                    done(badResponse(what, json.error()));
                    return;
                }
                done(decodeUpload(*json, what));
            });
}

void ApiClient::media(const QString &mediaId, kj::MediaSize size, const QObject *context, Callback<MediaBytes> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("size"), kj::mediaSizeName(size));
    sendRaw("GET", api(QStringLiteral("/media/") + pathPart(mediaId)), query, {}, {}, context,
            [done = std::move(done)](kj::Result<QNetworkReply *> reply) {
                if (!done)
                    return;
                if (!reply) {
                    done(reply.error());
                    return;
                }
                done(MediaBytes{(*reply)->readAll(), (*reply)->header(QNetworkRequest::ContentTypeHeader).toByteArray()});
            });
}

} // namespace kj::app
