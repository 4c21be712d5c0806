#include "models/diarylistmodel.h"

#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"

namespace kj::models {

DiaryListModel::DiaryListModel(kj::store::ClientStore &store, QObject *parent)
    : DiaryListModel(store, store.owner().username, parent)
{
}

DiaryListModel::DiaryListModel(kj::store::ClientStore &store, QString author, QObject *parent)
    : PagedDiaryModel(store, parent)
    , m_author(std::move(author))
{
    reload();
}

QList<kj::store::LocalDiary> DiaryListModel::read(int limit, int offset) const
{
    return store().diaries().listByAuthor(m_author, limit, offset);
}

int DiaryListModel::count() const
{
    return store().diaries().countByAuthor(m_author);
}

} // namespace kj::models
