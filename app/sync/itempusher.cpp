#include "app/sync/itempusher.h"

#include "app/network/apiclient.h"
#include "app/sync/revisionedkinds.h"
#include "app/sync/syncconflict.h"
#include "models/domain/fieldmerge.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/itemrepository.h"
#include "models/store/outbox.h"
#include "models/store/unansweredwrites.h"

#include <algorithm>

namespace kj::app {

namespace {
using kj::store::CachedItem;
using kj::store::ItemRepository;
using kj::store::OutboxEntry;

qint64 revisionOf(const QJsonObject &json)
{
    return json.value(QStringLiteral("revision")).toInteger();
}
} // namespace

ItemPusher::ItemPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList ItemPusher::kinds() const
{
    return revisionedKindNames();
}

void ItemPusher::push(const OutboxEntry &entry, PushRun &run, Done done)
{
    const RevisionedKind *kind = findRevisionedKind(entry.kind);
    if (!kind) {
        done(kj::fail(kj::ErrorCode::Storage, QStringLiteral("no pusher knows the kind \"%1\"").arg(entry.kind)));
        return;
    }
    if (entry.op == OutboxEntry::Op::Delete)
        pushDelete(*kind, entry, std::move(done));
    else
        pushWrite(*kind, entry, run, std::move(done));
}

void ItemPusher::pushWrite(const RevisionedKind &kind, const OutboxEntry &entry, PushRun &run, Done done)
{
    const std::optional<CachedItem> row = ItemRepository(m_store).findRow(kind.kind, entry.itemId);
    if (!row) {
        // Gone locally (it never reached the server and was deleted): nothing to send.
        done(m_store.outbox().remove(entry.seq));
        return;
    }
    if (row->deleted) {
        pushDelete(kind, entry, std::move(done));
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    // The content is read now, not when it was queued: the latest edit goes, at the revision it builds on.
    const QJsonObject body = writeBody(kind, row->json, row->revision);
    // Kept before it is sent: should the answer be lost, a later push that meets it on the server knows it
    // met its own write (mergeWith).
    if (kj::Status recorded = kj::store::UnansweredWrites(m_store).record(entry.kind, entry.itemId, body); !recorded) {
        done(recorded);
        return;
    }
    m_api.putItemJson(kind.collection, entry.itemId, body, kind.answerKey, &m_context,
                      [this, &kind, entry, &run, done](kj::Result<ItemJsonWrite> result) {
        if (result) {
            done(m_store.transaction([&]() -> kj::Status {
                if (kj::Status recorded = ItemRepository(m_store).recordPushed(entry.seq, kind.kind, result->item); !recorded)
                    return recorded;
                return kj::store::UnansweredWrites(m_store).clear(entry.kind, entry.itemId);
            }));
            return;
        }
        const kj::Error &error = result.error();
        if (error.code == kj::ErrorCode::Conflict) {
            const QJsonObject current = error.details.value(QStringLiteral("current")).toObject();
            if (current.value(QStringLiteral("deleted")).toBool() && revisionOf(current) > 0) {
                restoreDeleted(kind, entry, revisionOf(current), run, done);
                return;
            }
            if (current.value(QStringLiteral("id")).toString() == entry.itemId && revisionOf(current) > 0) {
                mergeWith(kind, entry, current, run, done);
                return;
            }
        }
        if (isRefusal(error)) {
            refuse(entry, error, done);
            return;
        }
        done(error);
    });
}

void ItemPusher::mergeWith(const RevisionedKind &kind, const OutboxEntry &entry, const QJsonObject &current, PushRun &run,
                           Done done)
{
    ItemRepository items(m_store);
    const std::optional<CachedItem> row = items.findRow(kind.kind, entry.itemId);
    if (!row) {
        (void)m_store.outbox().markFailed(entry.seq, QStringLiteral("conflict"));
        done({});
        return;
    }
    const QJsonObject mine = editableFields(kind, row->json);
    const QJsonObject theirs = editableFields(kind, current);
    if (mine == theirs) {
        // The server already holds my content (an earlier push whose answer was lost).
        done(items.recordPushed(entry.seq, kind.kind, current));
        return;
    }
    if (!run.mayResolveAnotherConflict()) {
        done(kj::fail(kj::ErrorCode::Conflict, QStringLiteral("the %1 \"%2\" keeps changing on the server; trying again later")
                                                   .arg(kind.kind, itemName(kind, row->json))));
        return;
    }
    // The common base: the server's copy my change started from. Unknown only for a create whose answer
    // was lost and that I changed since: revision 1 on the server is then that create, my own words.
    QJsonObject base;
    const QList<QJsonObject> unanswered = kj::store::UnansweredWrites(m_store).writes(entry.kind, entry.itemId);
    const bool ownEarlierWrite = std::any_of(unanswered.cbegin(), unanswered.cend(), [&](const QJsonObject &sent) {
        return editableFields(kind, sent) == theirs;
    });
    if (ownEarlierWrite) {
        // The newer revision is an earlier push of mine whose answer was lost (a dropped connection, a killed
        // process), and I changed it again since: it is my own base, so my content goes on top unmerged.
        base = theirs;
    } else if (row->base) {
        base = editableFields(kind, *row->base);
    } else if (row->revision == 0 && revisionOf(current) == 1) {
        base = theirs;
    }
    const kj::MergedFields merged = kj::mergeFields(base, mine, theirs, kind.textFields);
    if (merged.object == theirs) {
        // Everything I changed is on the server already.
        done(items.recordPushed(entry.seq, kind.kind, current));
        return;
    }
    const QJsonObject content = withEditableFields(kind, current, merged.object);
    kj::Status rebased = m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = items.rebaseOnto(kind.kind, current, content); !status)
            return status;
        if (ownEarlierWrite) {
            if (kj::Status status = kj::store::UnansweredWrites(m_store).clear(entry.kind, entry.itemId); !status)
                return status;
        }
        return m_store.outbox().markFailed(entry.seq, merged.clean() ? QStringLiteral("conflict: merged")
                                                                     : QStringLiteral("conflict: both versions kept"));
    });
    if (!rebased) {
        done(rebased);
        return;
    }
    if (!merged.clean()) {
        SyncConflict conflict;
        conflict.diaryId = entry.itemId;
        conflict.kind = kind.kind;
        conflict.title = itemName(kind, content);
        conflict.at = kj::nowUtc();
        run.reportConflict(conflict);
    }
    done({});
}

void ItemPusher::restoreDeleted(const RevisionedKind &kind, const OutboxEntry &entry, qint64 tombstoneRevision,
                                PushRun &run, Done done)
{
    // Deleted on another device while I changed it here: an edit racing a delete wins, and the item comes
    // back with my content under its own id (the server restores a tombstone written at its revision).
    if (!run.mayResolveAnotherConflict()) {
        done(kj::fail(kj::ErrorCode::Conflict, QStringLiteral("a %1 deleted on another device could not be restored yet")
                                                   .arg(kind.kind)));
        return;
    }
    done(m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = ItemRepository(m_store).rebaseOnTombstone(kind.kind, entry.itemId, tombstoneRevision);
            !status) {
            return status;
        }
        return m_store.outbox().markFailed(entry.seq, QStringLiteral("deleted on another device: restoring"));
    }));
}

void ItemPusher::pushDelete(const RevisionedKind &kind, const OutboxEntry &entry, Done done)
{
    if (!kind.deletable) {
        refuse(entry, kj::Error{kj::ErrorCode::MethodNotAllowed,
                                QStringLiteral("the server cannot delete a %1").arg(kind.kind), {}},
               std::move(done));
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    m_api.deleteItemJson(kind.collection, entry.itemId, &m_context, [this, &kind, entry, done](kj::Status result) {
        // Not found: already gone on the server, which is what the delete wanted.
        if (result || result.error().code == kj::ErrorCode::NotFound) {
            done(ItemRepository(m_store).recordDeletePushed(entry.seq, kind.kind, entry.itemId));
            return;
        }
        if (isRefusal(result.error())) {
            refuse(entry, result.error(), done);
            return;
        }
        done(result.error());
    });
}

void ItemPusher::refuse(const OutboxEntry &entry, const kj::Error &error, Done done)
{
    // Kept among the rejected changes with its words (the sync engine finds it already there); the item
    // shows what the server has again, or goes when the server never had it.
    kj::Status settled = m_store.transaction([&]() -> kj::Status {
        if (kj::Status rejected = m_store.outbox().reject(entry.seq, error); !rejected)
            return rejected;
        return ItemRepository(m_store).revertRefused(entry.kind, entry.itemId);
    });
    done(settled ? kj::Status(error) : settled);
}

} // namespace kj::app
