#pragma once

#include "models/pageddiarymodel.h"

namespace kj::models {

//! The diaries of one author (by default the store's own account: "my diaries"), newest first, with a
//! pending mark on those the server has not acknowledged yet.
class DiaryListModel : public PagedDiaryModel
{
    Q_OBJECT

public:
    //! My diaries.
    explicit DiaryListModel(kj::store::ClientStore &store, QObject *parent = nullptr);
    //! The cached diaries of `author`.
    DiaryListModel(kj::store::ClientStore &store, QString author, QObject *parent = nullptr);

    [[nodiscard]] QString author() const { return m_author; }

protected:
    QList<kj::store::LocalDiary> read(int limit, int offset) const override;
    int count() const override;

private:
    QString m_author;
};

} // namespace kj::models
