// kj_bench_seed_server DATA_DIR USERNAME PASSWORD COUNT: adds an account to the reference server's database in
// DATA_DIR (created when missing) with COUNT diaries of its own, each with its change-log row, through the
// server's repositories in one transaction (as its demo seeder does). Run it while no server uses DATA_DIR.
#include "models/domain/timestamp.h"
#include "server-stub/security/passwordhasher.h"
#include "server-stub/store/changelog.h"
#include "server-stub/store/database.h"
#include "server-stub/store/diaryrepository.h"
#include "server-stub/store/transaction.h"
#include "server-stub/store/userrepository.h"
#include "tests/bench/client/benchdiaries.h"

#include <QCoreApplication>
#include <QDir>
#include <cstdio>

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "kj_bench_seed_server: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.size() == 5 ? args.at(4).toInt(&ok) : 0;
    if (!ok || count < 0)
        return fail(QStringLiteral("usage: kj_bench_seed_server DATA_DIR USERNAME PASSWORD COUNT"));
    if (!QDir().mkpath(args.at(1)))
        return fail(QStringLiteral("cannot make %1").arg(args.at(1)));

    namespace store = kj::server::store;
    store::Database database(store::StoreLocation::sqlite(QDir(args.at(1)).filePath(QStringLiteral("kongjian.sqlite"))));
    if (kj::Status opened = database.open(); !opened)
        return fail(opened.error().message);
    const QSqlDatabase db = database.connection();
    const kj::server::PasswordHasher passwords;
    kj::Result<QString> hash = passwords.hash(args.at(3));
    if (!hash)
        return fail(hash.error().message);

    kj::Result<store::Transaction> transaction = store::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error().message);
    store::UserRepository users(db);
    kj::Result<store::UserRecord> user = users.create(args.at(2), args.at(2), *hash, kj::nowUtc());
    if (!user)
        return fail(user.error().message);
    store::DiaryRepository diaries(db);
    store::ChangeLog log(db);
    // Each account's diaries get ids of their own: the seeder may run for several accounts on one server.
    const QList<kj::Diary> made = kj::bench::makeDiaries(user->user, count);
    for (kj::Diary diary : made) {
        diary.id = QStringLiteral("%1-%2").arg(diary.id.left(23)).arg(user->id * 10000000LL + diary.id.right(12).toLongLong(), 12, 10, QLatin1Char('0'));
        store::DiaryRecord record;
        record.ownerId = user->id;
        record.diary = diary;
        if (kj::Status inserted = diaries.insert(record); !inserted)
            return fail(inserted.error().message);
        if (kj::Status logged = log.appendDiary(diary.id, user->id, std::nullopt, diary.createdAt); !logged)
            return fail(logged.error().message);
    }
    if (kj::Status committed = transaction->commit(); !committed)
        return fail(committed.error().message);
    std::printf("%lld\n", static_cast<long long>(user->id));
    return 0;
}
