#include "server-stub/store/userrepository.h"

#include "server-stub/store/query.h"

#include <QTimeZone>

namespace kj::server::store {

Result<UserRecord> UserRepository::create(const QString &username, const QString &displayName,
                                          const QString &passwordHash, const QDateTime &now)
{
    Result<std::optional<UserRecord>> existing = findByUsername(username);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return fail(ErrorCode::UsernameTaken, QStringLiteral("the username \"%1\" is taken").arg(username));

    Query insert(m_db, QStringLiteral("INSERT INTO users (username, display_name, password_hash, space_title, "
                                      "space_motto, created_ms) VALUES (?, ?, ?, '', '', ?) RETURNING id"));
    insert.bind(username).bind(displayName).bind(passwordHash).bind(now.toMSecsSinceEpoch());
    if (Status status = insert.exec(); !status)
        return status.error();
    if (!insert.next())
        return storeError(QStringLiteral("no id for the new user %1").arg(username));
    UserRecord record;
    record.id = insert.int64(0);
    (void)insert.next(); // to the statement's end: an SQLite statement with RETURNING commits there
    record.user = User{username, displayName, now};
    record.passwordHash = passwordHash;
    record.space = SpaceSummary{}; // an empty title: clients show "<displayName>'s space" in their language
    return record;
}

Result<std::optional<UserRecord>> UserRepository::findByUsername(const QString &username)
{
    return findWhere(QStringLiteral("username = ?"), {username});
}

Result<std::optional<UserRecord>> UserRepository::findById(qint64 id)
{
    return findWhere(QStringLiteral("id = ?"), {id});
}

Result<std::optional<UserRecord>> UserRepository::findBySession(const QByteArray &tokenHash, const QDateTime &now)
{
    return findWhere(QStringLiteral("id = (SELECT user_id FROM sessions WHERE token_hash = ? AND expires_ms > ?)"),
                     {QString::fromLatin1(tokenHash), now.toMSecsSinceEpoch()});
}

Status UserRepository::setSpace(qint64 id, const SpaceSummary &space)
{
    return execute(m_db, QStringLiteral("UPDATE users SET space_title = ?, space_motto = ? WHERE id = ?"),
                   {textValue(space.title), textValue(space.motto), id});
}

Result<std::optional<UserRecord>> UserRepository::findWhere(const QString &condition, const QVariantList &values)
{
    Query query(m_db, QStringLiteral("SELECT id, username, display_name, password_hash, space_title, space_motto, "
                                     "created_ms FROM users WHERE ") + condition);
    for (const QVariant &value : values)
        query.bind(value);
    if (Status status = query.exec(); !status)
        return status.error();
    if (!query.next())
        return std::optional<UserRecord>();
    UserRecord record;
    record.id = query.int64(0);
    record.user = User{query.text(1), query.text(2), QDateTime::fromMSecsSinceEpoch(query.int64(6), QTimeZone::utc())};
    record.passwordHash = query.text(3);
    record.space = SpaceSummary{query.text(4), query.text(5)};
    return std::optional<UserRecord>(record);
}

} // namespace kj::server::store
