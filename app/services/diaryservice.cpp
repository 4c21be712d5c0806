#include "app/services/diaryservice.h"

namespace kj::app {

DiaryService::DiaryService(kj::store::ClientStore &store, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync)
{
}
kj::Result<kj::store::LocalDiary> DiaryService::create(const QString &, const QString &, kj::Visibility)
{
    return kj::fail(kj::ErrorCode::Internal, QStringLiteral("not yet"));
}
kj::Result<kj::store::LocalDiary> DiaryService::update(const QString &, const QString &, const QString &, kj::Visibility)
{
    return kj::fail(kj::ErrorCode::Internal, QStringLiteral("not yet"));
}
kj::Status DiaryService::remove(const QString &) { return {}; }
void DiaryService::nudge() {}

} // namespace kj::app
