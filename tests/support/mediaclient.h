#pragma once

#include "tests/support/jsonclient.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>

//! Uploads and media for tests, beside JsonClient: the raw requests of the upload protocol (with their
//! headers) and the test images they carry, made in the test itself.
//!
//!     MediaClient media(server.baseUrl());
//!     const QString upload = media.start(token, bytes).json.value(u"uploadId").toString();
//!     QCOMPARE(media.patch(token, upload, 0, bytes).status, 200);
class MediaClient
{
public:
    explicit MediaClient(QString baseUrl);

    //! POST /uploads with the size and SHA-256 of `bytes` (or the given ones).
    [[nodiscard]] TestReply start(const QString &token, const QByteArray &bytes, const QString &filename = QStringLiteral("photo.jpg"));
    [[nodiscard]] TestReply startRaw(const QString &token, qint64 size, const QString &sha256, const QString &filename,
                                     const QString &kind = QStringLiteral("photo"));
    //! PATCH /uploads/{id} with Upload-Offset and the chunk (Content-Type application/offset+octet-stream
    //! unless another is given).
    [[nodiscard]] TestReply patch(const QString &token, const QString &uploadId, qint64 offset, const QByteArray &chunk,
                                  const QByteArray &contentType = "application/offset+octet-stream");
    [[nodiscard]] TestReply head(const QString &token, const QString &uploadId);
    //! Start and one PATCH with all of it; the mediaId, or empty on any failure.
    [[nodiscard]] QString uploadWhole(const QString &token, const QByteArray &bytes);
    //! Creates an album (PUT) and returns its id, or empty.
    [[nodiscard]] QString newAlbum(const QString &token, const QString &visibility, const QString &title = QStringLiteral("相册"));
    //! PUT /photos/{new id} from a mediaId; the answer.
    [[nodiscard]] TestReply newPhoto(const QString &token, const QString &mediaId, const QString &albumId,
                                     const QString &visibility, const QString &caption = {});
    [[nodiscard]] TestReply getMedia(const QString &token, const QString &mediaId, const QString &size);

    [[nodiscard]] static QString sha256(const QByteArray &bytes);
    //! An image with a gradient and a marker square in its top-left corner, so orientation can be checked.
    [[nodiscard]] static QImage testImage(int width, int height);
    //! `image` encoded in a Qt format ("jpeg", "png", "gif", "webp").
    [[nodiscard]] static QByteArray encoded(const QImage &image, const char *format, int quality = 90);
    //! A PNG whose header claims width x height (its data is tiny): a decompression bomb.
    [[nodiscard]] static QByteArray pngBomb(quint32 width, quint32 height);

    JsonClient &json() { return m_json; }

private:
    TestReply send(const QByteArray &method, const QString &path, const QByteArray &body,
                   const QList<QPair<QByteArray, QByteArray>> &headers, const QString &token);

    QString m_baseUrl;
    JsonClient m_json;
    QNetworkAccessManager m_manager;
};
