#pragma once

#include "models/pageddiarymodel.h"

namespace kj::models {

//! The friends' feed as cached locally: diaries of my friends and mine, newest first, paged.
class FeedModel : public PagedDiaryModel
{
    Q_OBJECT

public:
    explicit FeedModel(kj::store::ClientStore &store, QObject *parent = nullptr);

protected:
    QList<kj::store::LocalDiary> read(int limit, int offset) const override;
    int count() const override;
};

} // namespace kj::models
