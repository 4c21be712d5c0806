#pragma once

#include "app/sync/outboxpusher.h"

namespace kj {
struct Diary;
}

namespace kj::app {

//! Pushes diaries: a write as PUT with the revision it was based on (a replay of a write whose answer was
//! lost is recognised by the server), a delete as DELETE. A revision conflict is merged with the server's
//! copy and written again; an edit racing a delete on another device brings the diary back with my words,
//! and a delete of a revision edited meanwhile elsewhere gives way to that edit.
class DiaryPusher : public ApiOutboxPusher
{
public:
    //! `context` owns the callbacks of the requests (the sync engine).
    DiaryPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;

private:
    void pushWrite(const kj::store::OutboxEntry &entry, PushRun &run, Done done);
    void pushDelete(const kj::store::OutboxEntry &entry, PushRun &run, Done done);
    void handleConflict(const kj::store::OutboxEntry &entry, const kj::Diary &current, PushRun &run, Done done);
    //! Whether `current` (the server's copy met by a push) is a write of mine whose answer never came back.
    [[nodiscard]] bool sentEarlier(const kj::store::OutboxEntry &entry, const kj::Diary &current) const;
    void restoreDeleted(const kj::store::OutboxEntry &entry, qint64 tombstoneRevision, PushRun &run, Done done);
};

} // namespace kj::app
