#include "app/services/diaryservice.h"

#include "app/sync/syncengine.h"
#include "models/store/clientstore.h"

namespace kj::app {

DiaryService::DiaryService(kj::store::ClientStore &store, SyncEngine *sync, QObject *parent)
    : QObject(parent), m_store(store), m_sync(sync)
{
}

kj::Result<kj::store::LocalDiary> DiaryService::create(const QString &title, const QString &body, kj::Visibility visibility,
                                                       const QStringList &groups)
{
    kj::Result<kj::store::LocalDiary> saved = m_store.diaries().saveMyDiary(QString(), title, body, visibility, groups);
    if (saved)
        nudge();
    return saved;
}

kj::Result<kj::store::LocalDiary> DiaryService::update(const QString &id, const QString &title, const QString &body,
                                                       kj::Visibility visibility, const QStringList &groups)
{
    if (id.isEmpty())
        return kj::fail(kj::ErrorCode::InvalidId, QStringLiteral("which diary?"));
    if (!m_store.diaries().find(id))
        return kj::fail(kj::ErrorCode::NotFound, QStringLiteral("there is no diary %1").arg(id));
    kj::Result<kj::store::LocalDiary> saved = m_store.diaries().saveMyDiary(id, title, body, visibility, groups);
    if (saved)
        nudge();
    return saved;
}

kj::Status DiaryService::remove(const QString &id)
{
    kj::Status removed = m_store.diaries().deleteMyDiary(id);
    if (removed)
        nudge();
    return removed;
}

void DiaryService::nudge()
{
    if (m_sync)
        m_sync->scheduleSoon();
}

} // namespace kj::app
