#include "app/sync/diarypusher.h"

#include "app/network/apiclient.h"
#include "app/sync/syncconflict.h"
#include "models/domain/diary.h"
#include "models/domain/textmerge.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/outbox.h"
#include "models/store/unansweredwrites.h"

#include <algorithm>

namespace kj::app {

namespace {
using kj::store::OutboxEntry;

kj::Visibility narrower(kj::Visibility a, kj::Visibility b)
{
    auto rank = [](kj::Visibility v) {
        switch (v) {
        case kj::Visibility::Private: return 0;
        case kj::Visibility::Groups: return 1; // some friends
        case kj::Visibility::Friends: return 2;
        case kj::Visibility::Public: return 3;
        }
        return 0;
    };
    return rank(a) <= rank(b) ? a : b;
}
} // namespace

DiaryPusher::DiaryPusher(kj::store::ClientStore &store, ApiClient &api, QObject &context)
    : ApiOutboxPusher(store, api, context)
{
}

QStringList DiaryPusher::kinds() const
{
    return {QStringLiteral("diary")};
}

void DiaryPusher::push(const OutboxEntry &entry, PushRun &run, Done done)
{
    if (entry.op == OutboxEntry::Op::Delete)
        pushDelete(entry, run, std::move(done));
    else
        pushWrite(entry, run, std::move(done));
}

void DiaryPusher::pushWrite(const OutboxEntry &entry, PushRun &run, Done done)
{
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row) {
        // The item is gone locally (never reached the server and was deleted): nothing to send.
        done(m_store.outbox().remove(entry.seq));
        return;
    }
    if (row->deleted) {
        pushDelete(entry, run, std::move(done));
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    const kj::Diary &local = row->local.diary;
    kj::DiaryWrite write{local.title, local.body, local.visibility,
                         local.revision > 0 ? std::optional<qint64>(local.revision) : std::nullopt, local.groups};
    // Kept before it is sent: should the answer be lost, a later push that meets it on the server knows it
    // met its own write (handleConflict).
    if (kj::Status recorded = kj::store::UnansweredWrites(m_store).record(entry.kind, local.id, write.toJson()); !recorded) {
        done(recorded);
        return;
    }
    m_api.putDiary(local.id, write, &m_context, [this, entry, &run, done](kj::Result<DiaryWriteResult> result) {
        if (result) {
            done(m_store.transaction([&]() -> kj::Status {
                if (kj::Status recorded = m_store.diaries().recordPushed(entry.seq, result->diary); !recorded)
                    return recorded;
                return kj::store::UnansweredWrites(m_store).clear(entry.kind, entry.itemId);
            }));
            return;
        }
        const kj::Error &error = result.error();
        if (error.code == kj::ErrorCode::Conflict) {
            if (const std::optional<kj::Diary> current = ApiClient::conflictCurrent(error)) {
                handleConflict(entry, *current, run, done);
                return;
            }
            if (const std::optional<qint64> tombstone = ApiClient::conflictTombstoneRevision(error)) {
                restoreDeleted(entry, *tombstone, run, done);
                return;
            }
        }
        if (error.code == kj::ErrorCode::NotFound) {
            // Deleted on another device while I edited here: my words live on as a new diary.
            (void)m_store.outbox().markFailed(entry.seq, error.message);
            kj::Result<QString> detached = m_store.diaries().detach(entry.itemId);
            done(detached ? kj::Status() : kj::Status(detached.error()));
            return;
        }
        done(error);
    });
}

bool DiaryPusher::sentEarlier(const OutboxEntry &entry, const kj::Diary &current) const
{
    const QList<QJsonObject> sent = kj::store::UnansweredWrites(m_store).writes(entry.kind, entry.itemId);
    return std::any_of(sent.cbegin(), sent.cend(), [&](const QJsonObject &json) {
        const kj::Result<kj::DiaryWrite> write = kj::DiaryWrite::fromRequest(json);
        return write && write->sameContentAs(current);
    });
}

void DiaryPusher::handleConflict(const OutboxEntry &entry, const kj::Diary &current, PushRun &run, Done done)
{
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row) {
        (void)m_store.outbox().markFailed(entry.seq, QStringLiteral("conflict"));
        done({});
        return;
    }
    const kj::Diary &mine = row->local.diary;
    const kj::DiaryWrite myWrite{mine.title, mine.body, mine.visibility, std::nullopt, mine.groups};
    if (myWrite.sameContentAs(current)) {
        // The server already holds my content (an earlier push whose answer was lost).
        done(m_store.diaries().recordPushed(entry.seq, current));
        return;
    }
    if (sentEarlier(entry, current)) {
        // The newer revision is an earlier push of mine whose answer was lost (a dropped connection, a killed
        // process), and I edited again since: not another device's edit, so nothing to merge. My text goes
        // on top of it.
        done(m_store.transaction([&]() -> kj::Status {
            if (kj::Status status = m_store.diaries().rebaseOnto(current, mine.title, mine.body, mine.visibility, mine.groups);
                !status) {
                return status;
            }
            if (kj::Status status = kj::store::UnansweredWrites(m_store).clear(entry.kind, entry.itemId); !status)
                return status;
            return m_store.outbox().markFailed(entry.seq, QStringLiteral("an earlier answer was lost; sending again"));
        }));
        return;
    }
    if (!run.mayResolveAnotherConflict()) {
        done(kj::fail(kj::ErrorCode::Conflict,
                      QStringLiteral("the diary \"%1\" keeps changing on the server; trying again later").arg(mine.title)));
        return;
    }
    // Three ways: the server's copy at the revision my edit was based on is the common base. Unknown (a
    // diary cached before the store kept it), the base is empty, which keeps both texts where they differ.
    const QString baseTitle = row->base ? row->base->title : QString();
    const QString baseBody = row->base ? row->base->body : QString();
    kj::MergedText title = kj::mergeLine(baseTitle, mine.title, current.title, kj::Diary::kMaxTitleLength);
    kj::MergedText body = kj::mergeText(baseBody, mine.body, current.body);
    if (!title.clean() && title.text == mine.title) {
        // Two titles too long to join: mine stays the title, the other opens the text, so no word is lost.
        body.text = QStringLiteral("[[ Title on another device: %1 ]]\n\n").arg(current.title) + body.text;
    }
    const int places = title.conflicts + body.conflicts;
    const kj::Visibility visibility = narrower(mine.visibility, current.visibility);
    // Two group audiences cannot be compared; mine is what I chose last.
    const QStringList groups = visibility != kj::Visibility::Groups       ? QStringList()
                               : mine.visibility == kj::Visibility::Groups ? mine.groups
                                                                           : current.groups;
    const kj::DiaryWrite merged{title.text, body.text, visibility, std::nullopt, groups};
    if (merged.sameContentAs(current)) {
        // Everything of mine was there already (say an edit undone here): nothing new to send.
        done(m_store.diaries().recordPushed(entry.seq, current));
        return;
    }
    kj::Status rebased = m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = m_store.diaries().rebaseOnto(current, merged.title, merged.body, visibility, groups); !status)
            return status;
        return m_store.outbox().markFailed(entry.seq, places == 0 ? QStringLiteral("conflict: merged")
                                                                  : QStringLiteral("conflict: both texts kept"));
    });
    if (!rebased) {
        done(rebased);
        return;
    }
    SyncConflict conflict{mine.id, merged.title, kj::nowUtc()};
    conflict.outcome = places == 0 ? SyncConflict::Outcome::Merged : SyncConflict::Outcome::BothKept;
    conflict.places = places;
    run.reportConflict(conflict);
    done({});
}

void DiaryPusher::restoreDeleted(const OutboxEntry &entry, qint64 tombstoneRevision, PushRun &run, Done done)
{
    // Deleted on another device while I edited here: an edit racing a delete wins, and the diary comes back
    // with my words under its own id (the server restores a tombstone written at its revision).
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row || !run.mayResolveAnotherConflict()) {
        done(kj::fail(kj::ErrorCode::Conflict, QStringLiteral("a diary deleted on another device could not be restored yet")));
        return;
    }
    const kj::Diary &mine = row->local.diary;
    const kj::Status restored = m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = m_store.diaries().rebase(mine.id, mine.title, mine.body, mine.visibility, tombstoneRevision,
                                                         mine.groups);
            !status) {
            return status;
        }
        return m_store.outbox().markFailed(entry.seq, QStringLiteral("deleted on another device: restoring"));
    });
    if (restored) {
        SyncConflict conflict{mine.id, mine.title, kj::nowUtc()};
        conflict.outcome = SyncConflict::Outcome::Restored;
        run.reportConflict(conflict);
    }
    done(restored);
}

void DiaryPusher::pushDelete(const OutboxEntry &entry, PushRun &run, Done done)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        done(marked);
        return;
    }
    // The revision I saw goes with the delete, so an edit made elsewhere since is not erased unseen.
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    const qint64 seen = row ? row->local.diary.revision : 0;
    auto finished = [this, entry, &run, done](kj::Status result) {
        // Not found: already gone on the server, which is what the delete wanted.
        if (result || result.error().code == kj::ErrorCode::NotFound) {
            done(m_store.diaries().recordDeletePushed(entry.seq, entry.itemId));
            return;
        }
        if (result.error().code == kj::ErrorCode::Conflict) {
            if (const std::optional<kj::Diary> current = ApiClient::conflictCurrent(result.error())) {
                // Changed on another device after this one last saw it: the change wins over the delete,
                // and the diary comes back here as the server has it.
                if (kj::Status kept = m_store.diaries().recordPushed(entry.seq, *current); !kept) {
                    done(kept);
                    return;
                }
                SyncConflict conflict{current->id, current->title, kj::nowUtc()};
                conflict.outcome = SyncConflict::Outcome::Restored;
                run.reportConflict(conflict);
                done({});
                return;
            }
        }
        done(result.error());
    };
    if (seen > 0)
        m_api.deleteDiary(entry.itemId, seen, &m_context, std::move(finished));
    else
        m_api.deleteDiary(entry.itemId, &m_context, std::move(finished));
}

} // namespace kj::app
