#pragma once

#include "app/sync/changeapplier.h"
#include "app/sync/outboxpusher.h"
#include "app/sync/syncconflict.h"
#include "models/domain/error.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QHash>
#include <chrono>
#include <memory>
#include <optional>
#include <random>
#include <vector>

namespace kj {
struct Change;
struct ChangesPage;
} // namespace kj

namespace kj::store {
class ClientStore;
struct OutboxEntry;
} // namespace kj::store

namespace kj::app {

class ApiClient;
class UploadPusher;

//! Keeps one account's local store and the server in step: pushes the outbox in order (each kind through
//! its OutboxPusher), then pulls /changes from the stored cursor, page by page. Retries with exponential
//! backoff and jitter while the server is unreachable or failing; syncs soon after a local change and
//! periodically when idle. Never drops a local change: a conflict keeps the words of both sides, and a change
//! the server refuses for good is kept among the rejected changes for the user to see.
class SyncEngine : public QObject, private PushRun
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY lastSyncedAtChanged)

public:
    enum class State {
        Idle,      // in step, or nothing tried yet
        Syncing,
        Offline,   // the server could not be reached; retrying with backoff
        Error,     // the server answered with an error that retrying will not fix by itself
        SignedOut, // the server refused the token (401): sign in again; local data is kept
    };
    Q_ENUM(State)

    //! Timing; tests shorten it.
    struct Timing {
        std::chrono::milliseconds debounce{1000};
        std::chrono::milliseconds periodic{60000};
        std::chrono::milliseconds initialRetry{1000};
        std::chrono::milliseconds maxRetry{std::chrono::minutes(5)};
    };

    SyncEngine(kj::store::ClientStore &store, ApiClient &api, QObject *parent = nullptr);
    ~SyncEngine() override;

    //! Adds the pusher of some outbox kinds (the built-in kinds are registered by the constructor).
    void addPusher(std::unique_ptr<OutboxPusher> pusher);
    //! The pusher of photo and track uploads: their progress, per file and overall (built in).
    [[nodiscard]] UploadPusher &uploads() const { return *m_uploads; }
    //! Adds the applier of some change kinds pulled from /changes (diaries and friends are built in).
    void addApplier(std::unique_ptr<ChangeApplier> applier);

    void setTiming(const Timing &timing);
    [[nodiscard]] const Timing &timing() const { return m_timing; }

    //! Starts the automatic schedule: a sync now, one after each local change (debounced), periodic ones
    //! when idle, and retries with backoff after failures. Without it the engine syncs only on syncNow().
    void start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }

    //! Syncs at once (or right after the run in progress). Gives its outcome through finished().
    void syncNow();
    //! A local change was made: sync after the debounce delay.
    void scheduleSoon();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isSyncing() const { return m_state == State::Syncing; }
    [[nodiscard]] int pendingCount() const;
    //! Changes the server refused for good, kept until the user dismisses them (Outbox::rejected()).
    [[nodiscard]] int rejectedCount() const;
    [[nodiscard]] QDateTime lastSyncedAt() const;
    [[nodiscard]] std::optional<kj::Error> lastError() const;
    //! Conflicts met by the last run.
    [[nodiscard]] QList<SyncConflict> conflicts() const { return m_conflicts; }
    //! Delay before the next retry after a failure (0 when none is due).
    [[nodiscard]] std::chrono::milliseconds retryDelay() const { return m_retryDelay; }

Q_SIGNALS:
    void stateChanged(kj::app::SyncEngine::State state);
    void pendingCountChanged(int count);
    void lastSyncedAtChanged(const QDateTime &time);
    void lastErrorChanged();
    //! A push met a newer revision and both texts were kept (the item is pushed again).
    void conflictResolved(const kj::app::SyncConflict &conflict);
    //! The server refused a queued change for good; it is kept among the rejected changes (Outbox::rejected()).
    void changeRejected(const QString &kind, const QString &itemId, const kj::Error &error);
    //! One run ended: success, or why not.
    void finished(const kj::Status &status);

private:
    void setState(State state);
    void beginRun();
    void pushNext();
    void onPushed(const kj::store::OutboxEntry &entry, const kj::Status &status);
    // PushRun
    void reportConflict(const SyncConflict &conflict) override;
    [[nodiscard]] bool mayResolveAnotherConflict() override;
    void pullNext();
    [[nodiscard]] kj::Status applyPage(const kj::ChangesPage &page);
    [[nodiscard]] kj::Status applyChange(const kj::Change &change, QStringList &backfills);
    void backfillNext();
    void backfillPage(const QString &username, const QString &cursor);
    void finishRun(const kj::Status &status);
    void scheduleRetry();
    [[nodiscard]] std::chrono::milliseconds nextRetryDelay();

    kj::store::ClientStore &m_store;
    ApiClient &m_api;
    std::vector<std::unique_ptr<OutboxPusher>> m_pushers;
    UploadPusher *m_uploads = nullptr; // owned by m_pushers
    QHash<QString, OutboxPusher *> m_pusherByKind;
    std::vector<std::unique_ptr<ChangeApplier>> m_appliers;
    QHash<QString, ChangeApplier *> m_applierByKind;
    Timing m_timing;
    State m_state = State::Idle;
    bool m_running = false;
    bool m_rerunRequested = false;
    int m_lastPendingCount = -1;
    int m_conflictsThisRun = 0;
    QList<SyncConflict> m_conflicts;
    std::chrono::milliseconds m_retryDelay{0};
    int m_failuresInARow = 0;
    QTimer m_debounceTimer;
    QTimer m_periodicTimer;
    QTimer m_retryTimer;
    std::mt19937 m_random;
};

} // namespace kj::app
