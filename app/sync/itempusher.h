#pragma once

#include "app/sync/outboxpusher.h"

#include <QJsonObject>

namespace kj::app {
struct RevisionedKind;

//! Pushes the revisioned items kept in the generic cache (说说, reposts, albums, photos, tracks: see
//! revisionedkinds.h). A write is a PUT of the item's write fields at the revision it was based on (a
//! replay whose answer was lost is recognised by the server); an accepted write makes the server's copy
//! the new merge base. A revision conflict is merged three ways with the server's current copy (fields
//! one side changed take that side, texts merge by paragraph, models/domain/fieldmerge.h) and written
//! again at its revision; an edit racing a delete on another device restores the item with my content. A
//! delete is a DELETE; the item being gone already is what it wanted. A change refused for good leaves
//! the queue with its words kept among the rejected changes, and the item goes back to the server's copy.
class ItemPusher : public ApiOutboxPusher
{
public:
    //! `context` owns the callbacks of the requests (the sync engine).
    ItemPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context);

    [[nodiscard]] QStringList kinds() const override;
    void push(const kj::store::OutboxEntry &entry, PushRun &run, Done done) override;

private:
    void pushWrite(const RevisionedKind &kind, const kj::store::OutboxEntry &entry, PushRun &run, Done done);
    void pushDelete(const RevisionedKind &kind, const kj::store::OutboxEntry &entry, Done done);
    void mergeWith(const RevisionedKind &kind, const kj::store::OutboxEntry &entry, const QJsonObject &current,
                   PushRun &run, Done done);
    void restoreDeleted(const RevisionedKind &kind, const kj::store::OutboxEntry &entry, qint64 tombstoneRevision,
                        PushRun &run, Done done);
    void refuse(const kj::store::OutboxEntry &entry, const kj::Error &error, Done done);
};

} // namespace kj::app
