#include "models/feedmodel.h"

#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"

namespace kj::models {

FeedModel::FeedModel(kj::store::ClientStore &store, QObject *parent)
    : PagedDiaryModel(store, parent)
{
    reload();
}

QList<kj::store::LocalDiary> FeedModel::read(int limit, int offset) const
{
    return store().diaries().feed(limit, offset);
}

int FeedModel::count() const
{
    return store().diaries().feedCount();
}

} // namespace kj::models
