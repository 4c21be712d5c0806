#include "app/services/notificationsservice.h"

#include "app/network/apiclient.h"
#include "app/sync/syncengine.h"
#include "models/domain/timestamp.h"

#include <QJsonDocument>
#include <QSettings>

#include <algorithm>

namespace kj::app {

namespace {
const QString kCacheKey = QStringLiteral("social/notifications");
const QString kCacheTimeKey = QStringLiteral("social/notificationsFetchedAt");
constexpr qint64 kAll = -1;
} // namespace

NotificationsService::NotificationsService(ApiClient &api, SyncEngine *sync, QSettings *cache, QObject *parent)
    : QObject(parent), m_api(api), m_sync(sync), m_cache(cache)
{
    loadCache();
    if (m_sync) {
        // After a run the server has what I wrote (and the world has moved on): its notifications too.
        connect(m_sync, &SyncEngine::finished, this, [this](const kj::Status &status) {
            if (status)
                refresh();
        });
    }
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const bool away = m_sync
            && (m_sync->state() == SyncEngine::State::Offline || m_sync->state() == SyncEngine::State::SignedOut);
        if (!away)
            refresh();
    });
}

void NotificationsService::setRefreshInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

void NotificationsService::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_api.notifications(QString(), kPageSize, this, [this](kj::Result<kj::NotificationPage> page) {
        m_loading = false;
        if (!page) {
            setError(page.error());
            return;
        }
        QList<kj::Notification> fresh = page->items;
        QString cursor = page->nextCursor;
        // Older pages loaded before stay below the new first page.
        if (!fresh.isEmpty() && !page->nextCursor.isEmpty() && m_items.size() > fresh.size()) {
            const qint64 oldest = fresh.constLast().id;
            for (const kj::Notification &n : std::as_const(m_items)) {
                if (n.id < oldest)
                    fresh.append(n);
            }
            cursor = m_nextCursor;
        }
        m_items = fresh;
        m_nextCursor = cursor;
        m_fetchedAt = kj::nowUtc();
        setError(std::nullopt);
        setUnreadCount(page->unreadCount);
        if (m_unsentRead != 0) {
            // A mark-read that did not reach the server: still read here, sent again now.
            applyRead(m_unsentRead == kAll ? std::nullopt : std::optional<qint64>(m_unsentRead));
            sendRead();
        }
        saveCache();
        Q_EMIT changed();
        Q_EMIT refreshed();
    });
}

void NotificationsService::fetchMore()
{
    if (m_fetchingMore || m_nextCursor.isEmpty())
        return;
    m_fetchingMore = true;
    m_api.notifications(m_nextCursor, kPageSize, this, [this](kj::Result<kj::NotificationPage> page) {
        m_fetchingMore = false;
        if (!page) {
            setError(page.error());
            return;
        }
        for (const kj::Notification &n : page->items) {
            const bool shown = std::any_of(m_items.cbegin(), m_items.cend(), [&](const auto &s) { return s.id == n.id; });
            if (!shown)
                m_items.append(n);
        }
        m_nextCursor = page->nextCursor;
        setUnreadCount(page->unreadCount);
        Q_EMIT changed();
    });
}

void NotificationsService::markReadUpTo(qint64 id)
{
    if (id <= 0)
        return;
    if (m_unsentRead != kAll)
        m_unsentRead = std::max(m_unsentRead, id);
    applyRead(id);
    sendRead();
}

void NotificationsService::markAllRead()
{
    m_unsentRead = kAll;
    applyRead(std::nullopt);
    sendRead();
}

void NotificationsService::applyRead(std::optional<qint64> upTo)
{
    int marked = 0;
    for (kj::Notification &n : m_items) {
        if (!n.read && (!upTo || n.id <= *upTo)) {
            n.read = true;
            ++marked;
        }
    }
    if (marked == 0 && upTo)
        return;
    setUnreadCount(upTo ? std::max(0, m_unreadCount - marked) : 0);
    saveCache();
    Q_EMIT changed();
}

void NotificationsService::sendRead()
{
    kj::NotificationsRead read;
    if (m_unsentRead != kAll)
        read.upTo = m_unsentRead;
    const qint64 sent = m_unsentRead;
    m_api.markNotificationsRead(read, this, [this, sent](kj::Result<int> unread) {
        if (!unread) {
            setError(unread.error());
            return;
        }
        if (m_unsentRead == sent)
            m_unsentRead = 0;
        setUnreadCount(*unread);
    });
}

void NotificationsService::setUnreadCount(int count)
{
    if (count == m_unreadCount)
        return;
    m_unreadCount = count;
    Q_EMIT unreadCountChanged(count);
}

void NotificationsService::setError(const std::optional<kj::Error> &error)
{
    const bool was = m_lastError.has_value();
    m_lastError = error;
    if (was || error)
        Q_EMIT stateChanged();
}

void NotificationsService::loadCache()
{
    if (!m_cache)
        return;
    const QJsonObject json = QJsonDocument::fromJson(m_cache->value(kCacheKey).toByteArray()).object();
    if (json.isEmpty())
        return;
    if (kj::Result<kj::NotificationPage> page = kj::NotificationPage::fromJson(json)) {
        m_items = page->items;
        m_unreadCount = page->unreadCount;
        // The next pages are asked for again once the first one is fresh.
        m_fetchedAt = kj::fromRfc3339(m_cache->value(kCacheTimeKey).toString()).value_or(QDateTime());
    }
}

void NotificationsService::saveCache() const
{
    if (!m_cache)
        return;
    kj::NotificationPage page;
    page.items = m_items.mid(0, kPageSize);
    page.unreadCount = m_unreadCount;
    m_cache->setValue(kCacheKey, QJsonDocument(page.toJson()).toJson(QJsonDocument::Compact));
    if (m_fetchedAt.isValid())
        m_cache->setValue(kCacheTimeKey, kj::toRfc3339(m_fetchedAt));
}

} // namespace kj::app
