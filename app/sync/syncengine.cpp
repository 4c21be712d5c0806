#include "app/sync/syncengine.h"

#include "app/network/apiclient.h"
#include "models/store/clientstore.h"

namespace kj::app {

SyncEngine::SyncEngine(kj::store::ClientStore &store, ApiClient &api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api)
{
}
SyncEngine::~SyncEngine() = default;
void SyncEngine::setTiming(const Timing &timing) { m_timing = timing; }
void SyncEngine::start() { m_running = true; }
void SyncEngine::stop() { m_running = false; }
void SyncEngine::syncNow() {}
void SyncEngine::scheduleSoon() {}
int SyncEngine::pendingCount() const { return 0; }
QDateTime SyncEngine::lastSyncedAt() const { return {}; }
std::optional<kj::Error> SyncEngine::lastError() const { return std::nullopt; }

} // namespace kj::app
