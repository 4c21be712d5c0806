#pragma once

#include "models/domain/result.h"
#include "models/domain/user.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>
#include <QVariantList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

struct sqlite3_stmt;

namespace kj::store {

class DiaryRepository;
class FriendRepository;
class Outbox;
class SyncStateRepository;

//! One account's local SQLite store (WAL, foreign keys, migrated with PRAGMA user_version): the cache of
//! what the server showed this account, the user's own unsynced changes and the outbox that carries them.
//! SQL runs on the calling thread; a store and its repositories belong to the thread that opened it.
class ClientStore : public QObject
{
    Q_OBJECT

public:
    //! The schema version this build writes; older files are migrated step by step on open.
    static constexpr int kSchemaVersion = 6;

    //! Opens (creating and migrating as needed) the store file of `owner` at `path`. A file that belongs to
    //! another account is refused. A damaged file (not SQLite, cut short, failing SQLite's quick_check) is
    //! never opened: it is moved aside with its -wal and -shm (StoreFileCheck::moveAside) and the error
    //! (Storage) names where it is kept, also in details[StoreFileCheck::kKeptAtKey]; the next open starts
    //! a new store.
    [[nodiscard]] static Result<std::unique_ptr<ClientStore>> open(const QString &path, const kj::User &owner,
                                                                   QObject *parent = nullptr);
    //! A private in-memory store (tests).
    [[nodiscard]] static Result<std::unique_ptr<ClientStore>> openInMemory(const kj::User &owner,
                                                                           QObject *parent = nullptr);
    ~ClientStore() override;

    //! The account this store belongs to.
    [[nodiscard]] const kj::User &owner() const { return m_owner; }
    [[nodiscard]] QString path() const { return m_path; }
    //! PRAGMA user_version of the open file.
    [[nodiscard]] int schemaVersion() const;

    [[nodiscard]] DiaryRepository &diaries() { return *m_diaries; }
    [[nodiscard]] Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] FriendRepository &friends() { return *m_friends; }
    [[nodiscard]] SyncStateRepository &syncState() { return *m_syncState; }

    //! Runs `work` in one transaction: committed when it succeeds, rolled back when it fails. Nests: an
    //! inner call joins the outer transaction, and any failure rolls the whole outer one back.
    //! Change signals are emitted after the outermost commit.
    Status transaction(const std::function<Status()> &work);

    //! The connection, for the repositories (and for tests that need to break things on purpose).
    [[nodiscard]] QSqlDatabase database() const;

    //! Runs `sql`, a statement that returns no rows (INSERT, UPDATE, DELETE) with positional (?) `values`
    //! (text, integers, booleans, doubles, bytes, null; a null QString is empty text), through a statement
    //! prepared once for this store and kept, bound through SQLite's own API: for the hot write paths (a sync
    //! caches thousands of rows at a time), where preparing again and Qt's binding would cost more than the
    //! write. Gives the number of rows it changed; any failure is a Storage error naming the SQL.
    [[nodiscard]] Result<int> execPrepared(const QString &sql, const QVariantList &values);

    //! Repositories call these when they wrote something; the signal follows the commit.
    enum class Topic { Diaries = 1, Friends = 2, Outbox = 4, SyncState = 8, Items = 16 };
    void noteChanged(Topic topic);

Q_SIGNALS:
    void diariesChanged();
    void friendsChanged();
    //! The outbox grew or shrank (pending count may have changed).
    void outboxChanged();
    void syncStateChanged();
    //! The cache of items kept as JSON (table `items`: 说说, reposts, albums, photos, tracks, comments ...) changed.
    void itemsChanged();

private:
    ClientStore(QString connectionName, QString path, kj::User owner, QObject *parent);
    [[nodiscard]] static Result<std::unique_ptr<ClientStore>> openConnection(const QString &path, bool inMemory,
                                                                             const kj::User &owner, QObject *parent);
    Status initialize(bool inMemory);
    //! Checks the file at `path` before it is opened; moves a damaged one aside. The error to report, if any.
    [[nodiscard]] static std::optional<kj::Error> setAsideIfDamaged(const QString &path);
    void emitPending();

    QString m_connectionName;
    QString m_path;
    kj::User m_owner;
    bool m_opened = false; // opened and initialized: its close is a clean one (StoreFileCheck::recordCleanClose)
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    int m_changedTopics = 0;
    std::unique_ptr<DiaryRepository> m_diaries;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<FriendRepository> m_friends;
    std::unique_ptr<SyncStateRepository> m_syncState;
    QHash<QString, sqlite3_stmt *> m_prepared; // execPrepared's statements, by SQL; finalized before closing
};

} // namespace kj::store
