#pragma once

#include "models/domain/diary.h"
#include "models/keyedlistmodel.h"

#include <QList>
#include <optional>

namespace kj::store {
class ClientStore;
struct LocalDiary;
} // namespace kj::store

namespace kj::models {

//! One row of a diary list: the diary as cached, whether it waits for the server, and its previews.
struct DiaryRow {
    kj::Diary diary;
    bool pending = false;
    QString excerpt; // plain text
    QString lead;    // the opening, still Markdown

    [[nodiscard]] QString key() const { return diary.id; }
    friend bool operator==(const DiaryRow &, const DiaryRow &) = default;
};

//! The shared half of the diary lists (my diaries, the feed): newest first, read from the local store one
//! page at a time (canFetchMore/fetchMore), so a cache of 100k diaries costs only what is scrolled to.
//! Follows the store's change signals with row moves, inserts and removals rather than resets.
class PagedDiaryModel : public KeyedListModel<DiaryRow>
{
    Q_OBJECT
    Q_PROPERTY(int totalCount READ totalCount NOTIFY totalCountChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        BodyRole,               // Markdown
        ExcerptRole,            // plain text preview
        LeadRole,               // the opening of the body, Markdown
        VisibilityRole,         // int(kj::Visibility)
        CreatedAtRole,          // QDateTime, UTC
        UpdatedAtRole,          // QDateTime, UTC
        RevisionRole,           // qint64: last server revision known (0: never reached the server)
        PendingRole,            // bool: a local change waits for the server
        AuthorUsernameRole,
        AuthorDisplayNameRole,
        IsMineRole,             // bool: written by the account of the store
    };
    Q_ENUM(Role)

    static constexpr int kDefaultPageSize = 50;

    ~PagedDiaryModel() override;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    //! Rows read per fetchMore() (and at least that many on a reload). Setting it reads the list again
    //! from its first page.
    [[nodiscard]] int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);
    //! How many diaries the store holds for this list (the rows shown may be fewer, see canFetchMore()).
    [[nodiscard]] int totalCount() const { return m_totalCount; }

    //! The diary shown at `row`, if any.
    [[nodiscard]] std::optional<kj::Diary> diaryAt(int row) const;
    //! The row showing diary `id`, or -1 when it is not loaded.
    [[nodiscard]] int rowOf(const QString &id) const;

public Q_SLOTS:
    //! Reads the loaded rows again from the store (called on the store's change signals).
    void reload();

Q_SIGNALS:
    void totalCountChanged();

protected:
    PagedDiaryModel(kj::store::ClientStore &store, QObject *parent);

    [[nodiscard]] kj::store::ClientStore &store() const { return m_store; }
    //! The store's rows for this list, newest first.
    [[nodiscard]] virtual QList<kj::store::LocalDiary> read(int limit, int offset) const = 0;
    [[nodiscard]] virtual int count() const = 0;

private:
    [[nodiscard]] QList<DiaryRow> toRows(const QList<kj::store::LocalDiary> &diaries) const;
    void setTotalCount(int count);

    kj::store::ClientStore &m_store;
    int m_pageSize = kDefaultPageSize;
    int m_totalCount = 0;
};

} // namespace kj::models
