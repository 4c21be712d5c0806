#include "tests/support/mediaclient.h"

#include "models/domain/ids.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QEventLoop>
#include <QImageWriter>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QPainter>
#include <QTimer>
#include <QtEndian>


namespace {
// PNG's CRC-32 (ISO 3309), bit by bit: a few hundred bytes in a test.
quint32 crc32Of(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffu;
    for (char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}
} // namespace

MediaClient::MediaClient(QString baseUrl) : m_baseUrl(baseUrl), m_json(std::move(baseUrl)) {}

TestReply MediaClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QList<QPair<QByteArray, QByteArray>> &headers, const QString &token)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    // A custom "HEAD" would wait for the body its Content-Length announces.
    QNetworkReply *reply = method == "HEAD" ? m_manager.head(request) : m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(60000);
    if (!reply->isFinished())
        loop.exec();
    TestReply result;
    if (reply->isFinished()) {
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        result.json = QJsonDocument::fromJson(result.body).object();
    } else {
        reply->abort();
    }
    reply->deleteLater();
    return result;
}

TestReply MediaClient::start(const QString &token, const QByteArray &bytes, const QString &filename)
{
    return startRaw(token, bytes.size(), sha256(bytes), filename);
}

TestReply MediaClient::startRaw(const QString &token, qint64 size, const QString &sha256, const QString &filename,
                                const QString &kind)
{
    return m_json.post(QStringLiteral("/api/v1/uploads"),
                       {{QStringLiteral("size"), size},
                        {QStringLiteral("sha256"), sha256},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("filename"), filename}},
                       token);
}

TestReply MediaClient::patch(const QString &token, const QString &uploadId, qint64 offset, const QByteArray &chunk,
                             const QByteArray &contentType)
{
    return send("PATCH", QStringLiteral("/api/v1/uploads/") + uploadId, chunk,
                {{"Content-Type", contentType}, {"Upload-Offset", QByteArray::number(offset)}}, token);
}

TestReply MediaClient::head(const QString &token, const QString &uploadId)
{
    return send("HEAD", QStringLiteral("/api/v1/uploads/") + uploadId, {}, {}, token);
}

QString MediaClient::uploadWhole(const QString &token, const QByteArray &bytes)
{
    const TestReply started = start(token, bytes);
    if (started.status == 200)
        return started.json.value(QStringLiteral("mediaId")).toString();
    if (started.status != 201)
        return {};
    const TestReply patched = patch(token, started.json.value(QStringLiteral("uploadId")).toString(), 0, bytes);
    if (patched.status != 200)
        return {};
    return patched.json.value(QStringLiteral("mediaId")).toString();
}

QString MediaClient::newAlbum(const QString &token, const QString &visibility, const QString &title)
{
    const QString id = kj::newItemId();
    const TestReply reply = m_json.put(QStringLiteral("/api/v1/albums/") + id,
                                       {{QStringLiteral("title"), title},
                                        {QStringLiteral("description"), QString()},
                                        {QStringLiteral("visibility"), visibility}},
                                       token);
    return reply.status == 201 ? id : QString();
}

TestReply MediaClient::newPhoto(const QString &token, const QString &mediaId, const QString &albumId,
                                const QString &visibility, const QString &caption)
{
    return m_json.put(QStringLiteral("/api/v1/photos/") + kj::newItemId(),
                      {{QStringLiteral("mediaId"), mediaId},
                       {QStringLiteral("albumId"), albumId},
                       {QStringLiteral("caption"), caption},
                       {QStringLiteral("visibility"), visibility}},
                      token);
}

TestReply MediaClient::getMedia(const QString &token, const QString &mediaId, const QString &size)
{
    return send("GET", QStringLiteral("/api/v1/media/") + mediaId + QStringLiteral("?size=") + size, {}, {}, token);
}

QString MediaClient::sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QImage MediaClient::testImage(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(40 + (x * 150) / std::max(1, width), 60 + (y * 150) / std::max(1, height), 200);
    }
    QPainter painter(&image);
    painter.fillRect(0, 0, std::max(1, width / 5), std::max(1, height / 5), Qt::red);
    return image;
}

QByteArray MediaClient::encoded(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

QByteArray MediaClient::pngBomb(quint32 width, quint32 height)
{
    const auto chunk = [](const QByteArray &type, const QByteArray &data) -> QByteArray {
        QByteArray out(4, Qt::Uninitialized);
        qToBigEndian<quint32>(quint32(data.size()), out.data());
        out += type + data;
        QByteArray crcBytes(4, Qt::Uninitialized);
        qToBigEndian<quint32>(crc32Of(type + data), crcBytes.data());
        return out + crcBytes;
    };
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(width, header.data());
    qToBigEndian<quint32>(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 2; // truecolour
    const QByteArray compressed = qCompress(QByteArray(1000, '\0')).mid(4); // qCompress: length, then a zlib stream
    return QByteArray("\x89PNG\r\n\x1a\n") + chunk("IHDR", header) + chunk("IDAT", compressed) + chunk("IEND", {});
}
