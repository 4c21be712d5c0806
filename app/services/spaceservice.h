#pragma once

#include "app/network/apiclient.h"
#include "app/services/spacehome.h"
#include "models/domain/result.h"
#include "models/domain/spacesettings.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

namespace kj::store {
class MediaCache;
}

namespace kj::app {

class ClientSession;
class MediaFetcher;

//! Spaces for the window (my space, a friend's, decorating): reads my home from the local store, opens a
//! friend's space from the server (recording the visit) or as seen here before, saves my decoration
//! offline first (SpaceRepository, sent by the sync's SpacePusher, like `kongjian-cli space set`), uploads
//! a picture for it and fetches pictures through the media cache.
class SpaceService : public QObject
{
    Q_OBJECT

public:
    //! How many lines each module card shows.
    static constexpr int kLinesPerModule = 3;
    static constexpr int kPhotosPerModule = 6;

    //! `session` must outlive the service.
    explicit SpaceService(ClientSession &session, QObject *parent = nullptr);
    ~SpaceService() override;

    //! The signed-in user's username.
    [[nodiscard]] QString me() const;

    //! My space's settings as this device knows them (defaults before they were ever seen) and whether a
    //! change of them waits for the sync.
    [[nodiscard]] kj::SpaceSettings mySettings(bool *pending = nullptr) const;
    //! My home from the local store, at once (visitors not included: askMyVisitors()).
    [[nodiscard]] SpaceHome myHome() const;
    //! My recent visitors (needs the server).
    void askMyVisitors(const QObject *context, ApiClient::Callback<kj::VisitorList> done);
    //! The newest messages of my guestbook (needs the server; the guestbook page keeps them).
    void askMyGuestbook(const QObject *context, ApiClient::Callback<QList<SpaceHomeLine>> done);
    //! Asks the server for my settings (when nothing of mine waits), then mySettingsChanged().
    void refreshMySettings();

    //! Opens `username`'s space: records the visit, asks the server for the profile, settings and latest
    //! items; when the server cannot be reached, the space as seen here before (fromCache), else the error.
    //! My own username gives myHome().
    void openSpace(const QString &username, const QObject *context, ApiClient::Callback<SpaceHome> done);

    //! Saves my decoration: `settings` as a whole, `changedFields` the JSON fields this edit changed (so a
    //! change made elsewhere meanwhile to another field stays). Checked as the server will first; then
    //! queued, and the sync is nudged. mySettingsChanged() follows.
    [[nodiscard]] kj::Status saveMySettings(const kj::SpaceSettings &settings, const QStringList &changedFields);

    //! Uploads a picture file (a photo upload, resumable) and gives its media id, to use as a background,
    //! avatar or cover. Needs the server.
    void uploadPicture(const QString &filePath, const QObject *context, ApiClient::Callback<QString> done);
    //! A picture's bytes through the media cache (also offline once seen).
    void fetchPicture(const QString &mediaId, kj::MediaSize size, const QObject *context, ApiClient::Callback<QByteArray> done);

    //! The fields of SpaceSettings::toJson() whose values differ between a and b.
    [[nodiscard]] static QStringList changedFields(const kj::SpaceSettings &a, const kj::SpaceSettings &b);

Q_SIGNALS:
    //! My settings changed here (saved, or the sync brought or sent them).
    void mySettingsChanged();
    //! Something my home shows may have changed (a sync ran, a diary was written...).
    void myHomeChanged();

private:
    [[nodiscard]] SpaceHome homeFromStore(const kj::User &owner, const kj::SpaceSettings &settings) const;

    ClientSession &m_session;
    std::unique_ptr<kj::store::MediaCache> m_cache;
    std::unique_ptr<MediaFetcher> m_fetcher;
};

} // namespace kj::app
