#include "app/sync/syncengine.h"

#include "app/network/apiclient.h"
#include "app/sync/commentapplier.h"
#include "app/sync/commentpusher.h"
#include "app/sync/diarypusher.h"
#include "app/sync/friendactionpusher.h"
#include "app/sync/grouppusher.h"
#include "app/sync/guestbookpusher.h"
#include "app/sync/itemapplier.h"
#include "app/sync/itembackfill.h"
#include "app/sync/itempusher.h"
#include "app/sync/likepusher.h"
#include "app/sync/revisionedkinds.h"
#include "app/sync/spacepusher.h"
#include "app/sync/uploadpusher.h"
#include "models/domain/change.h"
#include "models/domain/comment.h"
#include "models/domain/diary.h"
#include "models/domain/friendship.h"
#include "models/domain/timestamp.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/friendrepository.h"
#include "models/store/itemrepository.h"
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
            // Whatever wrote the change, a grown outbox is sent soon: no writer has to remember to ask.
            if (m_running && count > m_lastPendingCount)
                scheduleSoon();
            m_lastPendingCount = count;
            Q_EMIT pendingCountChanged(count);
        }
    });
    m_lastPendingCount = pendingCount();
    // Every kind of change this client makes, and every kind of /changes it keeps beyond diaries and friends.
    addPusher(std::make_unique<DiaryPusher>(m_store, m_api, *this));
    addPusher(std::make_unique<ItemPusher>(m_store, m_api, *this));
    auto uploads = std::make_unique<UploadPusher>(m_store, m_api);
    m_uploads = uploads.get();
    addPusher(std::move(uploads));
    addPusher(std::make_unique<CommentPusher>(m_store, m_api, *this));
    addPusher(std::make_unique<LikePusher>(m_store, m_api, *this));
    addPusher(std::make_unique<GuestbookPusher>(m_store, m_api, *this));
    addPusher(std::make_unique<FriendActionPusher>(m_store, m_api, *this));
    addPusher(std::make_unique<GroupPusher>(m_store, m_api, *this));
    addPusher(std::make_unique<SpacePusher>(m_store, m_api, *this));
    addApplier(std::make_unique<ItemApplier>(m_store));
    addApplier(std::make_unique<CommentApplier>(m_store));
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

int SyncEngine::rejectedCount() const
{
    return m_store.outbox().rejectedCount();
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

void SyncEngine::addPusher(std::unique_ptr<OutboxPusher> pusher)
{
    for (const QString &kind : pusher->kinds())
        m_pusherByKind.insert(kind, pusher.get());
    m_pushers.push_back(std::move(pusher));
}

void SyncEngine::addApplier(std::unique_ptr<ChangeApplier> applier)
{
    for (const QString &kind : applier->kinds())
        m_applierByKind.insert(kind, applier.get());
    m_appliers.push_back(std::move(applier));
}

void SyncEngine::pushNext()
{
    std::optional<OutboxEntry> entry = m_store.outbox().head();
    if (entry) {
        if (OutboxPusher *first = m_pusherByKind.value(entry->kind); first && first->isHeld(*entry)) {
            // Entries the user holds back (paused uploads) keep their place; the ones behind them go.
            entry.reset();
            for (const OutboxEntry &queued : m_store.outbox().entries()) {
                const OutboxPusher *owner = m_pusherByKind.value(queued.kind);
                if (!owner || !owner->isHeld(queued)) {
                    entry = queued;
                    break;
                }
            }
        }
    }
    if (!entry) {
        pullNext();
        return;
    }
    OutboxPusher *pusher = m_pusherByKind.value(entry->kind);
    if (!pusher) {
        // Written by a newer client sharing this store: leave it for that client.
        finishRun(kj::fail(kj::ErrorCode::Storage, QStringLiteral("the outbox holds a change of an unknown kind \"%1\"")
                                                       .arg(entry->kind)));
        return;
    }
    pusher->push(*entry, *this, [this, entry = *entry](const kj::Status &status) { onPushed(entry, status); });
}

void SyncEngine::onPushed(const OutboxEntry &entry, const kj::Status &status)
{
    if (status) {
        pushNext();
        return;
    }
    const kj::Error &error = status.error();
    if (isRefusal(error)) {
        // It can never go through as it is; keep it for the user and let the changes behind it go.
        if (kj::Status rejected = m_store.outbox().reject(entry.seq, error); !rejected) {
            finishRun(rejected);
            return;
        }
        Q_EMIT changeRejected(entry.kind, entry.itemId, error);
        pushNext();
        return;
    }
    (void)m_store.outbox().markFailed(entry.seq, error.message);
    finishRun(error);
}

void SyncEngine::reportConflict(const SyncConflict &conflict)
{
    m_conflicts.append(conflict);
    Q_EMIT conflictResolved(conflict);
}

bool SyncEngine::mayResolveAnotherConflict()
{
    return ++m_conflictsThisRun <= kMaxConflictsPerRun;
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
        kj::Result<kj::Reactions> reactions = kj::Reactions::fromJson(change.item);
        if (!reactions)
            return kj::fail(kj::ErrorCode::BadResponse, QStringLiteral("a changed diary's reactions are malformed: %1").arg(reactions.error().message));
        kj::Result<bool> applied = m_store.diaries().applyServerDiary(*diary, *reactions);
        if (!applied)
            return applied.error();
        return {};
    }
    if (change.kind == QLatin1String("friend")) {
        if (!upsert) {
            backfills.removeAll(change.id);
            if (kj::Status removed = m_store.friends().removeFriend(change.id); !removed)
                return removed;
            if (kj::Status items = kj::store::ItemRepository(m_store).removeByOwner(change.id, revisionedKindNames()); !items)
                return items;
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
    if (ChangeApplier *applier = m_applierByKind.value(change.kind))
        return applier->apply(change);
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
            for (qsizetype i = 0; i < page->items.size(); ++i) {
                if (kj::Result<bool> written = m_store.diaries().applyServerDiary(page->items.at(i), page->reactions.value(i));
                    !written)
                    return written.error();
            }
            return {};
        });
        if (!applied) {
            finishRun(applied);
            return;
        }
        if (!last) {
            backfillPage(username, page->nextCursor);
            return;
        }
        // Then the friend's other items (说说, reposts, albums, tracks), before the friend counts as fetched.
        auto items = std::make_shared<ItemBackfill>(m_store, m_api, *this);
        items->fetch(username, [this, username, items](const kj::Status &fetched) {
            if (!fetched) {
                finishRun(fetched);
                return;
            }
            QStringList pending = m_store.syncState().pendingBackfills();
            pending.removeAll(username);
            if (kj::Status status = m_store.syncState().setPendingBackfills(pending); !status) {
                finishRun(status);
                return;
            }
            backfillNext();
        });
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
