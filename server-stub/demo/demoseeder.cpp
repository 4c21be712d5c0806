#include "server-stub/demo/demoseeder.h"

#include "models/domain/diary.h"
#include "models/domain/ids.h"
#include "models/domain/jsonreader.h"
#include "models/domain/timestamp.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/database.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/friendrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"

#include <QFile>
#include <QJsonArray>
#include <tuple>

namespace kj::server {

namespace {
Error demoError(const QString &what)
{
    return fail(ErrorCode::Internal, QStringLiteral("demo data: ") + what);
}

Result<qint64> userId(store::UserRepository &users, const QString &username)
{
    Result<std::optional<store::UserRecord>> user = users.findByUsername(username);
    if (!user)
        return user.error();
    if (!user->has_value())
        return demoError(QStringLiteral("no account \"%1\"").arg(username));
    return (*user)->id;
}

Status seedAccounts(const QSqlDatabase &db, const PasswordHasher &passwords, const QJsonObject &demo)
{
    const QString password = demo.value(QStringLiteral("password")).toString();
    store::UserRepository users(db);
    for (const QJsonValue &value : demo.value(QStringLiteral("accounts")).toArray()) {
        const QJsonObject account = value.toObject();
        const QString username = account.value(QStringLiteral("username")).toString();
        Result<std::optional<store::UserRecord>> existing = users.findByUsername(username);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        Result<QString> hash = passwords.hash(password);
        if (!hash)
            return hash.error();
        Result<store::Transaction> transaction = store::Transaction::begin(db);
        if (!transaction)
            return transaction.error();
        Result<store::UserRecord> created =
            users.create(username, account.value(QStringLiteral("displayName")).toString(), *hash, nowUtc());
        if (!created)
            return created.error();
        const QJsonObject space = account.value(QStringLiteral("space")).toObject();
        if (Status status = users.setSpace(created->id, SpaceSummary{space.value(QStringLiteral("title")).toString(),
                                                                     space.value(QStringLiteral("motto")).toString()});
            !status) {
            return status;
        }
        if (Status status = transaction->commit(); !status)
            return status;
    }
    return {};
}

Status seedRelations(const QSqlDatabase &db, const QJsonObject &demo)
{
    const QDateTime now = nowUtc();
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::UserRepository users(db);
    store::FriendRepository friends(db);
    store::ChangeLog log(db);
    for (const QJsonValue &value : demo.value(QStringLiteral("friendships")).toArray()) {
        const QJsonArray pair = value.toArray();
        Result<qint64> a = userId(users, pair.at(0).toString());
        Result<qint64> b = userId(users, pair.at(1).toString());
        if (!a || !b)
            return !a ? a.error() : b.error();
        Result<bool> already = friends.areFriends(*a, *b);
        if (!already)
            return already.error();
        if (*already)
            continue;
        if (Status status = friends.befriend(*a, *b, now); !status)
            return status;
        for (const auto &[friendName, friendId, audience] :
             {std::tuple{pair.at(1).toString(), *b, *a}, std::tuple{pair.at(0).toString(), *a, *b}}) {
            if (Status status = log.appendAddressed(QStringLiteral("friend"), friendName, friendId, audience, std::nullopt, now);
                !status) {
                return status;
            }
        }
    }
    for (const QJsonValue &value : demo.value(QStringLiteral("requests")).toArray()) {
        const QJsonObject request = value.toObject();
        Result<qint64> from = userId(users, request.value(QStringLiteral("from")).toString());
        Result<qint64> to = userId(users, request.value(QStringLiteral("to")).toString());
        if (!from || !to)
            return !from ? from.error() : to.error();
        Result<bool> already = friends.areFriends(*from, *to);
        if (!already)
            return already.error();
        Result<std::optional<store::FriendRequestRecord>> pending = friends.findRequestBetween(*from, *to);
        if (!pending)
            return pending.error();
        if (*already || pending->has_value())
            continue;
        const QString id = request.value(QStringLiteral("id")).toString();
        if (Status status = friends.createRequest(id, *from, *to, now); !status)
            return status;
        for (qint64 audience : {*from, *to}) {
            if (Status status = log.appendAddressed(QStringLiteral("friend_request"), id, *from, audience, std::nullopt, now);
                !status) {
                return status;
            }
        }
    }
    return transaction->commit();
}

Status seedDiaries(const QSqlDatabase &db, const QJsonObject &demo)
{
    Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    store::UserRepository users(db);
    store::DiaryRepository diaries(db);
    store::ChangeLog log(db);
    for (const QJsonValue &value : demo.value(QStringLiteral("diaries")).toArray()) {
        const QJsonObject entry = value.toObject();
        const QString author = entry.value(QStringLiteral("author")).toString();
        QJsonObject write = entry;
        write.remove(QStringLiteral("id"));
        write.remove(QStringLiteral("author"));
        write.remove(QStringLiteral("createdAt"));
        write.insert(QStringLiteral("baseRevision"), QJsonValue());
        // Demo text goes through the same strict codec as a client's request.
        Result<DiaryWrite> parsed = DiaryWrite::fromRequest(write);
        const std::optional<QDateTime> createdAt = fromRfc3339(entry.value(QStringLiteral("createdAt")).toString());
        const QString id = entry.value(QStringLiteral("id")).toString();
        if (!parsed || !createdAt || !isValidItemId(id))
            return demoError(QStringLiteral("diary %1 is not valid").arg(id));
        Result<std::optional<store::DiaryRecord>> existing = diaries.find(id);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            continue;
        Result<std::optional<store::UserRecord>> owner = users.findByUsername(author);
        if (!owner)
            return owner.error();
        if (!owner->has_value())
            return demoError(QStringLiteral("no account \"%1\"").arg(author));
        store::DiaryRecord record;
        record.ownerId = (*owner)->id;
        record.diary = Diary{id, User{(*owner)->user.username, (*owner)->user.displayName, {}}, parsed->title, parsed->body, parsed->visibility, 1, *createdAt, *createdAt};
        if (Status status = diaries.insert(record); !status)
            return status;
        if (Status status = log.appendDiary(id, record.ownerId, std::nullopt, *createdAt); !status)
            return status;
    }
    return transaction->commit();
}
} // namespace

Status seedDemo(store::Database &database, const PasswordHasher &passwords)
{
    QFile file(QStringLiteral(":/kj/demo/demo.json"));
    if (!file.open(QIODevice::ReadOnly))
        return demoError(QStringLiteral("resource :/kj/demo/demo.json is missing"));
    Result<QJsonObject> demo = parseJsonObject(file.readAll());
    if (!demo)
        return demoError(demo.error().message);
    const QSqlDatabase db = database.connection();
    if (Status status = seedAccounts(db, passwords, *demo); !status)
        return status;
    if (Status status = seedRelations(db, *demo); !status)
        return status;
    return seedDiaries(db, *demo);
}

} // namespace kj::server
