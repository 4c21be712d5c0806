#include "models/store/friendrepository.h"

#include "models/store/clientstore.h"
#include "models/store/sqlquery.h"

namespace kj::store {

namespace {
Status done(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}

const QString kRequestColumns =
    QStringLiteral("id, from_username, from_display_name, to_username, to_display_name, created_at");

QList<kj::FriendRequest> readRequests(Result<QSqlQuery> query)
{
    QList<kj::FriendRequest> result;
    if (!query)
        return result;
    while (query->next()) {
        kj::FriendRequest request;
        request.id = query->value(0).toString();
        request.from.username = query->value(1).toString();
        request.from.displayName = query->value(2).toString();
        request.to.username = query->value(3).toString();
        request.to.displayName = query->value(4).toString();
        request.createdAt = fromMs(query->value(5));
        result.append(request);
    }
    return result;
}
} // namespace

FriendRepository::FriendRepository(ClientStore &store) : m_store(store) {}

QList<kj::Friend> FriendRepository::friends() const
{
    QList<kj::Friend> result;
    Result<QSqlQuery> query = runSql(m_store.database(),
                                     QStringLiteral("SELECT username, display_name, since FROM friends ORDER BY username"));
    if (!query)
        return result;
    while (query->next())
        result.append(kj::Friend{kj::User{query->value(0).toString(), query->value(1).toString(), {}}, fromMs(query->value(2))});
    return result;
}

bool FriendRepository::isFriend(const QString &username) const
{
    return scalar(m_store.database(), QStringLiteral("SELECT EXISTS (SELECT 1 FROM friends WHERE username = ?)"),
                  {username}) != 0;
}

QList<kj::FriendRequest> FriendRepository::incoming() const
{
    return readRequests(runSql(m_store.database(),
                               QStringLiteral("SELECT %1 FROM friend_requests WHERE to_username = ? ORDER BY created_at, id")
                                   .arg(kRequestColumns),
                               {m_store.owner().username}));
}

QList<kj::FriendRequest> FriendRepository::outgoing() const
{
    return readRequests(runSql(m_store.database(),
                               QStringLiteral("SELECT %1 FROM friend_requests WHERE from_username = ? ORDER BY created_at, id")
                                   .arg(kRequestColumns),
                               {m_store.owner().username}));
}

std::optional<kj::FriendRequest> FriendRepository::findRequest(const QString &id) const
{
    const QList<kj::FriendRequest> found = readRequests(
        runSql(m_store.database(), QStringLiteral("SELECT %1 FROM friend_requests WHERE id = ?").arg(kRequestColumns), {id}));
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

Status FriendRepository::upsertFriend(const kj::Friend &person)
{
    Status status = done(runSql(m_store.database(),
                                QStringLiteral("INSERT OR REPLACE INTO friends (username, display_name, since) VALUES (?, ?, ?)"),
                                {person.user.username, person.user.displayName, person.since.toMSecsSinceEpoch()}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Friends);
    return status;
}

Status FriendRepository::removeFriend(const QString &username)
{
    Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM friends WHERE username = ?"), {username}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Friends);
    return status;
}

Status FriendRepository::replaceFriends(const QList<kj::Friend> &friends)
{
    return m_store.transaction([&]() -> Status {
        if (Status cleared = done(runSql(m_store.database(), QStringLiteral("DELETE FROM friends"))); !cleared)
            return cleared;
        m_store.noteChanged(ClientStore::Topic::Friends);
        for (const kj::Friend &person : friends) {
            if (Status status = upsertFriend(person); !status)
                return status;
        }
        return {};
    });
}

Status FriendRepository::upsertRequest(const kj::FriendRequest &request)
{
    Status status = done(runSql(m_store.database(),
                                QStringLiteral("INSERT OR REPLACE INTO friend_requests (%1) VALUES (?, ?, ?, ?, ?, ?)")
                                    .arg(kRequestColumns),
                                {request.id, request.from.username, request.from.displayName, request.to.username,
                                 request.to.displayName, request.createdAt.toMSecsSinceEpoch()}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Friends);
    return status;
}

Status FriendRepository::removeRequest(const QString &id)
{
    Status status = done(runSql(m_store.database(), QStringLiteral("DELETE FROM friend_requests WHERE id = ?"), {id}));
    if (status)
        m_store.noteChanged(ClientStore::Topic::Friends);
    return status;
}

Status FriendRepository::replaceRequests(const QList<kj::FriendRequest> &incoming,
                                         const QList<kj::FriendRequest> &outgoing)
{
    return m_store.transaction([&]() -> Status {
        if (Status cleared = done(runSql(m_store.database(), QStringLiteral("DELETE FROM friend_requests"))); !cleared)
            return cleared;
        m_store.noteChanged(ClientStore::Topic::Friends);
        for (const QList<kj::FriendRequest> *list : {&incoming, &outgoing}) {
            for (const kj::FriendRequest &request : *list) {
                if (Status status = upsertRequest(request); !status)
                    return status;
            }
        }
        return {};
    });
}

} // namespace kj::store
