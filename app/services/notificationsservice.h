#pragma once

#include "models/domain/error.h"
#include "models/domain/notification.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <optional>

class QSettings;

namespace kj::app {

class ApiClient;
class SyncEngine;

//! My notifications as the window shows them (GET /me/notifications: newest first, paged). They live on the
//! server; the first page last fetched is kept in `cache` so the list reads offline too. Refreshed after
//! every sync run and on a timer while the server can be reached. Marking read is sent at once; when that
//! fails it is sent again with the next refresh, and the rows stay read here meanwhile.
class NotificationsService : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 30;

    //! `sync` and `cache` may be null (no refresh after sync runs, nothing kept between runs).
    NotificationsService(ApiClient &api, SyncEngine *sync, QSettings *cache, QObject *parent = nullptr);

    //! Loaded notifications, newest first.
    [[nodiscard]] const QList<kj::Notification> &notifications() const { return m_items; }
    //! Unread notifications in all (not only the loaded ones), as the server last said.
    [[nodiscard]] int unreadCount() const { return m_unreadCount; }
    [[nodiscard]] bool hasMore() const { return !m_nextCursor.isEmpty(); }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    //! Why the last refresh failed; nullopt after a success.
    [[nodiscard]] std::optional<kj::Error> lastError() const { return m_lastError; }
    //! When the shown list came from the server (invalid: never).
    [[nodiscard]] QDateTime fetchedAt() const { return m_fetchedAt; }

    //! Refreshes on a timer while the sync engine is not offline or signed out (0: never).
    void setRefreshInterval(std::chrono::milliseconds interval);

public Q_SLOTS:
    //! Fetches the first page again (older pages already loaded stay).
    void refresh();
    //! Fetches the next page, if there is one.
    void fetchMore();
    //! Marks `id` and every older notification read.
    void markReadUpTo(qint64 id);
    void markAllRead();

Q_SIGNALS:
    //! The list or a row of it changed.
    void changed();
    void unreadCountChanged(int count);
    //! A refresh brought the server's first page (notifications() is up to date).
    void refreshed();
    //! A refresh or a mark-read failed, or the first success after a failure (see lastError()).
    void stateChanged();

private:
    void sendRead();
    void setUnreadCount(int count);
    void setError(const std::optional<kj::Error> &error);
    void applyRead(std::optional<qint64> upTo);
    void loadCache();
    void saveCache() const;

    ApiClient &m_api;
    SyncEngine *m_sync;
    QSettings *m_cache;
    QTimer m_timer;
    QList<kj::Notification> m_items;
    QString m_nextCursor;
    int m_unreadCount = 0;
    bool m_loading = false;
    bool m_fetchingMore = false;
    std::optional<kj::Error> m_lastError;
    QDateTime m_fetchedAt;
    // A mark-read not yet confirmed by the server: 0 none, -1 all, else up to that id.
    qint64 m_unsentRead = 0;
};

} // namespace kj::app
