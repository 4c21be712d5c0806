#include "app/services/visitorsservice.h"

#include "app/network/apiclient.h"
#include "models/domain/timestamp.h"

#include <QJsonDocument>
#include <QSettings>

namespace kj::app {

namespace {
const QString kCacheKey = QStringLiteral("social/visitors");
const QString kCacheTimeKey = QStringLiteral("social/visitorsFetchedAt");
} // namespace

VisitorsService::VisitorsService(ApiClient &api, QSettings *cache, QObject *parent)
    : QObject(parent), m_api(api), m_cache(cache)
{
    if (!m_cache)
        return;
    const QJsonObject json = QJsonDocument::fromJson(m_cache->value(kCacheKey).toByteArray()).object();
    if (kj::Result<kj::VisitorList> cached = kj::VisitorList::fromJson(json); cached && !json.isEmpty()) {
        m_visitors = *cached;
        m_fetchedAt = kj::fromRfc3339(m_cache->value(kCacheTimeKey).toString()).value_or(QDateTime());
    }
}

void VisitorsService::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    Q_EMIT changed();
    m_api.myVisitors(kLimit, this, [this](kj::Result<kj::VisitorList> list) {
        m_loading = false;
        if (list) {
            m_visitors = *list;
            m_fetchedAt = kj::nowUtc();
            m_lastError.reset();
            if (m_cache) {
                m_cache->setValue(kCacheKey, QJsonDocument(m_visitors.toJson()).toJson(QJsonDocument::Compact));
                m_cache->setValue(kCacheTimeKey, kj::toRfc3339(m_fetchedAt));
            }
        } else {
            m_lastError = list.error();
        }
        Q_EMIT changed();
    });
}

} // namespace kj::app
