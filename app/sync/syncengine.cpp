#include "app/sync/syncengine.h"

#include "app/network/apiclient.h"
#include "models/domain/change.h"
#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/outbox.h"
#include "models/store/syncstaterepository.h"

#include <algorithm>

namespace kj::app {

namespace {
using kj::store::OutboxEntry;

constexpr int kChangesPageSize = 200;
constexpr int kBackfillPageSize = 100;
// A diary that conflicts again and again within one run (someone keeps editing it elsewhere) waits for the
// next run rather than looping.
constexpr int kMaxConflictsPerRun = 5;

const QString kDiaryKind = QStringLiteral("diary");

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

SyncEngine::SyncEngine(kj::store::ClientStore &store, ApiClient &api, QObject *parent)
    : QObject(parent), m_store(store), m_api(api), m_random(std::random_device{}())
{
    m_debounceTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_debounceTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_retryTimer, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodicTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Idle || m_state == State::Error)
            syncNow();
    });
    connect(&m_store, &kj::store::ClientStore::outboxChanged, this, [this] {
        const int count = pendingCount();
        if (count != m_lastPendingCount) {
            m_lastPendingCount = count;
            Q_EMIT pendingCountChanged(count);
        }
    });
    m_lastPendingCount = pendingCount();
}

SyncEngine::~SyncEngine() = default;

void SyncEngine::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (m_periodicTimer.isActive())
        m_periodicTimer.start(m_timing.periodic);
}

void SyncEngine::start()
{
    m_running = true;
    m_periodicTimer.start(m_timing.periodic);
    syncNow();
}

void SyncEngine::stop()
{
    m_running = false;
    m_periodicTimer.stop();
    m_debounceTimer.stop();
    m_retryTimer.stop();
}

void SyncEngine::scheduleSoon()
{
    m_debounceTimer.start(m_timing.debounce);
}

void SyncEngine::syncNow()
{
    if (m_state == State::Syncing) {
        m_rerunRequested = true;
        return;
    }
    beginRun();
}

int SyncEngine::pendingCount() const
{
    return m_store.outbox().pendingCount();
}

QDateTime SyncEngine::lastSyncedAt() const
{
    return m_store.syncState().lastSyncedAt();
}

std::optional<kj::Error> SyncEngine::lastError() const
{
    return m_store.syncState().lastError();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SyncEngine::beginRun()
{
    m_debounceTimer.stop();
    m_retryTimer.stop();
    m_rerunRequested = false;
    m_conflictsThisRun = 0;
    m_conflicts.clear();
    setState(State::Syncing);
    pushNext();
}

// --- push ---

void SyncEngine::pushNext()
{
    const std::optional<OutboxEntry> entry = m_store.outbox().head();
    if (!entry) {
        pullNext();
        return;
    }
    if (entry->kind != kDiaryKind) {
        // Written by a newer client sharing this store: leave it for that client.
        finishRun(kj::fail(kj::ErrorCode::Storage, QStringLiteral("the outbox holds a change of an unknown kind \"%1\"")
                                                       .arg(entry->kind)));
        return;
    }
    if (entry->op == OutboxEntry::Op::Delete)
        pushDelete(*entry);
    else
        pushDiary(*entry);
}

void SyncEngine::pushDiary(const OutboxEntry &entry)
{
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row) {
        // The item is gone locally (never reached the server and was deleted): nothing to send.
        if (kj::Status removed = m_store.outbox().remove(entry.seq); !removed) {
            finishRun(removed);
            return;
        }
        pushNext();
        return;
    }
    if (row->deleted) {
        pushDelete(entry);
        return;
    }
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        finishRun(marked);
        return;
    }
    const kj::Diary &local = row->local.diary;
    kj::DiaryWrite write{local.title, local.body, local.visibility,
                         local.revision > 0 ? std::optional<qint64>(local.revision) : std::nullopt, local.groups};
    m_api.putDiary(local.id, write, this, [this, entry](kj::Result<DiaryWriteResult> result) {
        if (result) {
            if (kj::Status recorded = m_store.diaries().recordPushed(entry.seq, result->diary); !recorded) {
                finishRun(recorded);
                return;
            }
            pushNext();
            return;
        }
        const kj::Error &error = result.error();
        if (error.code == kj::ErrorCode::Conflict) {
            if (const std::optional<kj::Diary> current = ApiClient::conflictCurrent(error)) {
                handleConflict(entry, *current);
                return;
            }
            if (const std::optional<qint64> tombstone = ApiClient::conflictTombstoneRevision(error)) {
                restoreDeleted(entry, *tombstone);
                return;
            }
        }
        if (error.code == kj::ErrorCode::NotFound) {
            // Deleted on another device while I edited here: my words live on as a new diary.
            (void)m_store.outbox().markFailed(entry.seq, error.message);
            kj::Result<QString> detached = m_store.diaries().detach(entry.itemId);
            if (!detached) {
                finishRun(detached.error());
                return;
            }
            pushNext();
            return;
        }
        (void)m_store.outbox().markFailed(entry.seq, error.message);
        finishRun(error);
    });
}

void SyncEngine::handleConflict(const OutboxEntry &entry, const kj::Diary &current)
{
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row) {
        (void)m_store.outbox().markFailed(entry.seq, QStringLiteral("conflict"));
        pushNext();
        return;
    }
    const kj::Diary &mine = row->local.diary;
    const kj::DiaryWrite myWrite{mine.title, mine.body, mine.visibility, std::nullopt, mine.groups};
    if (myWrite.sameContentAs(current)) {
        // The server already holds my content (an earlier push whose answer was lost).
        if (kj::Status recorded = m_store.diaries().recordPushed(entry.seq, current); !recorded) {
            finishRun(recorded);
            return;
        }
        pushNext();
        return;
    }
    if (++m_conflictsThisRun > kMaxConflictsPerRun) {
        (void)m_store.outbox().markFailed(entry.seq, QStringLiteral("conflict"));
        finishRun(kj::fail(kj::ErrorCode::Conflict,
                           QStringLiteral("the diary \"%1\" keeps changing on the server; trying again later").arg(mine.title)));
        return;
    }
    // Until the three-way merge arrives: keep both texts, mine first, clearly marked, so no word is lost.
    QString theirs = current.body;
    if (current.title != mine.title && !current.title.isEmpty())
        theirs = current.title + QStringLiteral("\n\n") + theirs;
    QString myText = mine.body;
    while (myText.endsWith(u'\n'))
        myText.chop(1);
    const QString tail = QStringLiteral("\n\n") + kConflictMarker + QStringLiteral("\n\n") + theirs;
    const QString merged = mine.body.endsWith(tail) ? mine.body : myText + tail;
    const kj::Visibility visibility = narrower(mine.visibility, current.visibility);
    // Two group audiences cannot be compared; mine is what I chose last.
    const QStringList groups = visibility != kj::Visibility::Groups       ? QStringList()
                               : mine.visibility == kj::Visibility::Groups ? mine.groups
                                                                           : current.groups;
    kj::Status rebased = m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = m_store.diaries().rebase(mine.id, mine.title, merged, visibility, current.revision, groups);
            !status) {
            return status;
        }
        return m_store.outbox().markFailed(entry.seq, QStringLiteral("conflict: both texts kept"));
    });
    if (!rebased) {
        finishRun(rebased);
        return;
    }
    const SyncConflict conflict{mine.id, mine.title, kj::nowUtc()};
    m_conflicts.append(conflict);
    Q_EMIT conflictResolved(conflict);
    pushNext();
}

void SyncEngine::restoreDeleted(const OutboxEntry &entry, qint64 tombstoneRevision)
{
    // Deleted on another device while I edited here: an edit racing a delete wins, and the diary comes back
    // with my words under its own id (the server restores a tombstone written at its revision).
    const std::optional<kj::store::DiaryRepository::Row> row = m_store.diaries().findRow(entry.itemId);
    if (!row || ++m_conflictsThisRun > kMaxConflictsPerRun) {
        (void)m_store.outbox().markFailed(entry.seq, QStringLiteral("deleted on another device"));
        finishRun(kj::fail(kj::ErrorCode::Conflict, QStringLiteral("a diary deleted on another device could not be restored yet")));
        return;
    }
    const kj::Diary &mine = row->local.diary;
    kj::Status rebased = m_store.transaction([&]() -> kj::Status {
        if (kj::Status status = m_store.diaries().rebase(mine.id, mine.title, mine.body, mine.visibility, tombstoneRevision,
                                                         mine.groups);
            !status) {
            return status;
        }
        return m_store.outbox().markFailed(entry.seq, QStringLiteral("deleted on another device: restoring"));
    });
    if (!rebased) {
        finishRun(rebased);
        return;
    }
    pushNext();
}

void SyncEngine::pushDelete(const OutboxEntry &entry)
{
    if (kj::Status marked = m_store.outbox().markInFlight(entry.seq); !marked) {
        finishRun(marked);
        return;
    }
    m_api.deleteDiary(entry.itemId, this, [this, entry](kj::Status result) {
        // Not found: already gone on the server, which is what the delete wanted.
        if (result || result.error().code == kj::ErrorCode::NotFound) {
            if (kj::Status recorded = m_store.diaries().recordDeletePushed(entry.seq, entry.itemId); !recorded) {
                finishRun(recorded);
                return;
            }
            pushNext();
            return;
        }
        (void)m_store.outbox().markFailed(entry.seq, result.error().message);
        finishRun(result.error());
    });
}

// --- pull ---

void SyncEngine::pullNext()
{
    m_api.changes(m_store.syncState().changesCursor(), kChangesPageSize, this, [this](kj::Result<kj::ChangesPage> page) {
        if (!page) {
            finishRun(page.error());
            return;
        }
        if (kj::Status applied = applyPage(*page); !applied) {
            finishRun(applied);
            return;
        }
        if (page->more && !page->changes.isEmpty()) {
            pullNext();
            return;
        }
        backfillNext();
    });
}

kj::Status SyncEngine::applyPage(const kj::ChangesPage &page)
{
    // One transaction per page, with the cursor that ends it: a crash re-pulls the page, never skips it.
    return m_store.transaction([&]() -> kj::Status {
        QStringList backfills = m_store.syncState().pendingBackfills();
        for (const kj::Change &change : page.changes) {
            if (kj::Status status = applyChange(change, backfills); !status)
                return status;
        }
        if (kj::Status status = m_store.syncState().setPendingBackfills(backfills); !status)
            return status;
        if (page.cursor.isEmpty())
            return {};
        return m_store.syncState().setChangesCursor(page.cursor);
    });
}

kj::Status SyncEngine::applyChange(const kj::Change &change, QStringList &backfills)
{
    const bool upsert = change.op == kj::Change::Op::Upsert;
    if (change.kind == kDiaryKind) {
        if (!upsert) {
            kj::Result<bool> removed = m_store.diaries().removeDiary(change.id);
            if (!removed)
                return removed.error();
            return {};
        }
        kj::Result<kj::Diary> diary = kj::Diary::fromJson(change.item);
        if (!diary)
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed diary is malformed: %1").arg(diary.error().message));
        kj::Result<bool> applied = m_store.diaries().applyServerDiary(*diary);
        if (!applied)
            return applied.error();
        return {};
    }
    if (change.kind == QLatin1String("friend")) {
        if (!upsert) {
            backfills.removeAll(change.id);
            if (kj::Status removed = m_store.friends().removeFriend(change.id); !removed)
                return removed;
            return m_store.diaries().removeByAuthor(change.id);
        }
        kj::Result<kj::Friend> person = kj::Friend::fromJson(change.item);
        if (!person)
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed friend is malformed: %1").arg(person.error().message));
        if (!m_store.friends().isFriend(person->user.username) && !backfills.contains(person->user.username))
            backfills.append(person->user.username);
        return m_store.friends().upsertFriend(*person);
    }
    if (change.kind == QLatin1String("friend_request")) {
        if (!upsert)
            return m_store.friends().removeRequest(change.id);
        kj::Result<kj::FriendRequest> request = kj::FriendRequest::fromJson(change.item);
        if (!request)
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed friend request is malformed: %1").arg(request.error().message));
        return m_store.friends().upsertRequest(*request);
    }
    return {}; // a kind this client does not know yet (the contract says: skip it)
}

void SyncEngine::backfillNext()
{
    const QStringList pending = m_store.syncState().pendingBackfills();
    if (pending.isEmpty()) {
        finishRun({});
        return;
    }
    const QString username = pending.first();
    if (!m_store.friends().isFriend(username)) {
        if (kj::Status status = m_store.syncState().setPendingBackfills(pending.mid(1)); !status) {
            finishRun(status);
            return;
        }
        backfillNext();
        return;
    }
    backfillPage(username, QString());
}

void SyncEngine::backfillPage(const QString &username, const QString &cursor)
{
    m_api.userDiaries(username, cursor, kBackfillPageSize, this, [this, username](kj::Result<DiaryPage> page) {
        if (!page) {
            finishRun(page.error());
            return;
        }
        const bool last = page->nextCursor.isEmpty() || page->items.isEmpty();
        kj::Status applied = m_store.transaction([&]() -> kj::Status {
            for (const kj::Diary &diary : page->items) {
                if (kj::Result<bool> written = m_store.diaries().applyServerDiary(diary); !written)
                    return written.error();
            }
            if (!last)
                return {};
            QStringList pending = m_store.syncState().pendingBackfills();
            pending.removeAll(username);
            return m_store.syncState().setPendingBackfills(pending);
        });
        if (!applied) {
            finishRun(applied);
            return;
        }
        if (last)
            backfillNext();
        else
            backfillPage(username, page->nextCursor);
    });
}

// --- outcome ---

void SyncEngine::finishRun(const kj::Status &status)
{
    if (status) {
        m_failuresInARow = 0;
        m_retryDelay = std::chrono::milliseconds(0);
        (void)m_store.transaction([&]() -> kj::Status {
            if (kj::Status s = m_store.syncState().setLastSyncedAt(kj::nowUtc()); !s)
                return s;
            return m_store.syncState().setLastError(std::nullopt);
        });
        setState(State::Idle);
        Q_EMIT lastSyncedAtChanged(lastSyncedAt());
        Q_EMIT lastErrorChanged();
    } else {
        const kj::Error &error = status.error();
        (void)m_store.syncState().setLastError(error);
        Q_EMIT lastErrorChanged();
        if (error.code == kj::ErrorCode::Unauthorized) {
            m_retryTimer.stop();
            setState(State::SignedOut);
        } else {
            setState(ApiClient::isTransient(error) ? State::Offline : State::Error);
            scheduleRetry();
        }
    }
    Q_EMIT finished(status);
    if (status && m_rerunRequested)
        QMetaObject::invokeMethod(this, &SyncEngine::syncNow, Qt::QueuedConnection);
}

void SyncEngine::scheduleRetry()
{
    ++m_failuresInARow;
    m_retryDelay = nextRetryDelay();
    if (m_running)
        m_retryTimer.start(m_retryDelay);
}

std::chrono::milliseconds SyncEngine::nextRetryDelay()
{
    // 1 s doubling up to 5 min; each delay drawn from its upper half, so clients that lost the server
    // together do not come back together.
    const int exponent = std::min(m_failuresInARow - 1, 20);
    const qint64 base = m_timing.initialRetry.count() << std::max(exponent, 0);
    const qint64 capped = std::min<qint64>(base, m_timing.maxRetry.count());
    std::uniform_int_distribution<qint64> jitter(capped / 2, capped);
    return std::chrono::milliseconds(jitter(m_random));
}

} // namespace kj::app
