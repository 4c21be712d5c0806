#pragma once

#include "models/domain/error.h"
#include "models/domain/result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace kj::store {

class ClientStore;

//! What the sync engine remembers between runs (and what `kongjian-cli status` shows): the /changes
//! cursor, when the last sync succeeded, and the last error.
class SyncStateRepository
{
public:
    explicit SyncStateRepository(ClientStore &store);

    //! Empty: never pulled (start from the beginning).
    [[nodiscard]] QString changesCursor() const;
    //! Store it in the same transaction as the page it ends.
    [[nodiscard]] Status setChangesCursor(const QString &cursor);

    //! Invalid: never synced.
    [[nodiscard]] QDateTime lastSyncedAt() const;
    [[nodiscard]] Status setLastSyncedAt(const QDateTime &time);

    [[nodiscard]] std::optional<kj::Error> lastError() const;
    //! nullopt clears it.
    [[nodiscard]] Status setLastError(const std::optional<kj::Error> &error);

    //! Friends whose visible diaries still have to be fetched (they became friends in a pulled page).
    [[nodiscard]] QStringList pendingBackfills() const;
    [[nodiscard]] Status setPendingBackfills(const QStringList &usernames);

private:
    [[nodiscard]] QString value(const QString &key) const;
    [[nodiscard]] Status setValue(const QString &key, const QString &value);

    ClientStore &m_store;
};

} // namespace kj::store
