#pragma once

#include "app/network/apiclient.h"
#include "models/domain/audience.h"
#include "models/domain/result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace kj::store {
class MediaCache;
}

namespace kj::app {

class ClientSession;
class MediaFetcher;

//! Photos inside my diaries. A photo inserted from a file is queued like any photo upload (UploadQueue, into
//! an album of mine made for them, offline first) and named in the diary's Markdown by a placeholder,
//! `kongjian-upload:<photo id>`, until its bytes are on the server; then every diary of mine that names it is
//! rewritten to `kongjian-media:<media id>` (before the diary itself is sent, when the upload goes first).
//! Also fetches the pictures a diary names, through the media cache.
class DiaryPhotoService : public QObject
{
    Q_OBJECT

public:
    static inline const QString kUploadScheme = QStringLiteral("kongjian-upload");
    static inline const QString kMediaScheme = QStringLiteral("kongjian-media");

    //! `session` must outlive the service.
    explicit DiaryPhotoService(ClientSession &session, QObject *parent = nullptr);
    ~DiaryPhotoService() override;

    //! Queues the picture at `path` as a photo of my album titled `albumTitle` (made, offline first, when I
    //! have none by that title) shown to `audience`; gives the URL the Markdown names it by.
    [[nodiscard]] kj::Result<QUrl> queuePhoto(const QString &path, const QString &albumTitle, const kj::Audience &audience);

    //! The file on this machine of a photo still on its way (empty for anything else).
    [[nodiscard]] QString localFile(const QUrl &url) const;
    //! `markdown` with every placeholder whose photo has reached the server replaced by its media URL.
    [[nodiscard]] QString resolveReferences(const QString &markdown) const;
    //! The bytes of a `kongjian-media:` picture (its large rendition), through the cache.
    void fetch(const QUrl &url, const QObject *context, ApiClient::Callback<QByteArray> done);

    [[nodiscard]] static QUrl mediaUrl(const QString &mediaId);
    [[nodiscard]] static QUrl uploadUrl(const QString &photoId);

Q_SIGNALS:
    //! The photo named `placeholder` is on the server as `media`; diaries here were rewritten.
    void photoUploaded(const QUrl &placeholder, const QUrl &media);

private:
    void onUploaded(const QString &kind, const QString &itemId, const QJsonObject &item);
    [[nodiscard]] kj::Result<QString> albumFor(const QString &title);
    [[nodiscard]] QString mediaIdOf(const QString &photoId) const;

    ClientSession &m_session;
    std::unique_ptr<kj::store::MediaCache> m_cache;
    std::unique_ptr<MediaFetcher> m_fetcher;
    QHash<QString, QString> m_uploaded; // photo id -> media id, as uploads finished in this session
};

} // namespace kj::app
