#include "models/pageddiarymodel.h"

#include "models/markdownexcerpt.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"

#include <algorithm>

namespace kj::models {

PagedDiaryModel::PagedDiaryModel(kj::store::ClientStore &store, QObject *parent)
    : KeyedListModel<DiaryRow>(parent)
    , m_store(store)
{
    connect(&store, &kj::store::ClientStore::diariesChanged, this, &PagedDiaryModel::reload);
    // The pending mark follows the outbox: a push that is acknowledged clears it.
    connect(&store, &kj::store::ClientStore::outboxChanged, this, &PagedDiaryModel::reload);
}

PagedDiaryModel::~PagedDiaryModel() = default;

QVariant PagedDiaryModel::data(const QModelIndex &index, int role) const
{
    const DiaryRow *row = rowAt(index);
    if (!row)
        return {};
    const kj::Diary &diary = row->diary;
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole: return diary.title;
    case IdRole: return diary.id;
    case BodyRole: return diary.body;
    case ExcerptRole: return row->excerpt;
    case LeadRole: return row->lead;
    case VisibilityRole: return int(diary.visibility);
    case CreatedAtRole: return diary.createdAt;
    case UpdatedAtRole: return diary.updatedAt;
    case RevisionRole: return diary.revision;
    case PendingRole: return row->pending;
    case AuthorUsernameRole: return diary.author.username;
    case AuthorDisplayNameRole:
        return diary.author.displayName.isEmpty() ? diary.author.username : diary.author.displayName;
    case IsMineRole: return diary.author.username == m_store.owner().username;
    default: return {};
    }
}

QHash<int, QByteArray> PagedDiaryModel::roleNames() const
{
    QHash<int, QByteArray> names = KeyedListModel<DiaryRow>::roleNames();
    names.insert({
        {IdRole, "diaryId"},
        {TitleRole, "title"},
        {BodyRole, "body"},
        {ExcerptRole, "excerpt"},
        {LeadRole, "lead"},
        {VisibilityRole, "visibility"},
        {CreatedAtRole, "createdAt"},
        {UpdatedAtRole, "updatedAt"},
        {RevisionRole, "revision"},
        {PendingRole, "pending"},
        {AuthorUsernameRole, "authorUsername"},
        {AuthorDisplayNameRole, "authorDisplayName"},
        {IsMineRole, "isMine"},
    });
    return names;
}

bool PagedDiaryModel::canFetchMore(const QModelIndex &parent) const
{
    // In the middle of a reload the rows are half old, half new: no page can be read against them.
    return !parent.isValid() && !isUpdating() && rows().size() < m_totalCount;
}

void PagedDiaryModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || isUpdating())
        return;
    appendRows(toRows(read(m_pageSize, int(rows().size()))));
    // Rows may have come or gone since the count was read; the count is what the page tells.
    setTotalCount(std::max(count(), int(rows().size())));
}

void PagedDiaryModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
    resetRows(toRows(read(m_pageSize, 0)));
    setTotalCount(count());
}

std::optional<kj::Diary> PagedDiaryModel::diaryAt(int row) const
{
    if (row < 0 || row >= rows().size())
        return std::nullopt;
    return rows().at(row).diary;
}

int PagedDiaryModel::rowOf(const QString &id) const
{
    const QList<DiaryRow> &all = rows();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i).diary.id == id)
            return int(i);
    }
    return -1;
}

void PagedDiaryModel::reload()
{
    // Keep as many rows loaded as the view had asked for, so a reload never scrolls the list back.
    const int wanted = std::max(m_pageSize, int(rows().size()));
    replaceRows(toRows(read(wanted, 0)));
    setTotalCount(count());
}

QList<DiaryRow> PagedDiaryModel::toRows(const QList<kj::store::LocalDiary> &diaries) const
{
    QList<DiaryRow> result;
    result.reserve(diaries.size());
    for (const kj::store::LocalDiary &local : diaries)
        result.append({local.diary, local.pending, markdownExcerpt(local.diary.body), markdownLead(local.diary.body)});
    return result;
}

void PagedDiaryModel::setTotalCount(int count)
{
    if (m_totalCount == count)
        return;
    m_totalCount = count;
    Q_EMIT totalCountChanged();
}

} // namespace kj::models
