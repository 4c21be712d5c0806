#pragma once

#include "models/domain/result.h"
#include "models/domain/spacesettings.h"
#include "models/domain/user.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace kj::store {

class ClientStore;

//! My space's settings as this device knows them.
struct MySpace {
    kj::SpaceSettings settings;            // mine: what the space should look like
    std::optional<kj::SpaceSettings> base; // the server's settings mine were made from (unknown: never seen)
    bool pending = false;                  // a change of them waits in the outbox
};

//! A space seen here (GET /users/{username}): for reading it offline.
struct CachedSpace {
    kj::User owner;
    kj::SpaceSettings settings;
    QDateTime fetchedAt;
};

//! Space settings cached in the `items` table (kind "space", id = the owner's username). Mine keep the
//! base they were made from (base_json), so the push merges field by field three ways with what the
//! server has by then; a change of mine is written with its outbox entry ("space", my username; payload
//! {"fields": the settings changed here, needed when the base is unknown}) in one transaction.
class SpaceRepository
{
public:
    static inline const QString kKind = QStringLiteral("space");

    explicit SpaceRepository(ClientStore &store);

    [[nodiscard]] std::optional<MySpace> mine() const;
    //! Saves my settings (`changedFields`: the JSON fields this edit changed) and queues them.
    [[nodiscard]] Status saveMine(const kj::SpaceSettings &settings, const QStringList &changedFields);
    //! The server's settings of my space, read while nothing of mine waits: mine and the base follow them.
    //! Left alone while a change waits (its base must stay the one it was made from).
    [[nodiscard]] Status applyServerMine(const kj::SpaceSettings &server);
    //! Outbox entry `seq` pushed `pushed` (mine as they were then) and the server stored `saved`. Mine and
    //! the base become `saved`; an edit made here meanwhile is merged onto it and stays queued.
    [[nodiscard]] Status recordPushed(qint64 seq, const kj::SpaceSettings &pushed, const kj::SpaceSettings &saved);

    [[nodiscard]] std::optional<CachedSpace> cached(const QString &username) const;
    [[nodiscard]] Status cache(const kj::User &owner, const kj::SpaceSettings &settings);

private:
    ClientStore &m_store;
};

} // namespace kj::store
