// kj_bench_seed_profile PROFILE SERVER_URL USERNAME COUNT: a client profile signed in as USERNAME on SERVER_URL
// (a token that is never checked offline) whose store caches COUNT diaries of that account, written through
// the store's API in one transaction.
#include "app/account/profile.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "tests/bench/client/benchdiaries.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const int count = args.size() == 5 ? args.at(4).toInt(&ok) : 0;
    const kj::Result<QUrl> server = kj::app::Profile::parseServerUrl(args.value(2));
    if (!ok || count < 0 || !server) {
        std::fprintf(stderr, "usage: kj_bench_seed_profile PROFILE SERVER_URL USERNAME COUNT\n");
        return 2;
    }
    const kj::User owner{args.at(3), args.at(3), {}};
    kj::app::Profile profile(args.at(1));
    kj::app::Account account{*server, owner, QStringLiteral("bench-token-never-sent-offline"),
                             QDateTime::currentDateTimeUtc().addDays(30)};
    kj::Result<QString> path = profile.storePath(*server, owner.username);
    kj::Status saved = profile.saveAccount(account);
    if (!path || !saved) {
        std::fprintf(stderr, "kj_bench_seed_profile: %s\n", qPrintable(path ? saved.error().message : path.error().message));
        return 1;
    }
    kj::Result<std::unique_ptr<kj::store::ClientStore>> store = kj::store::ClientStore::open(*path, owner);
    if (!store) {
        std::fprintf(stderr, "kj_bench_seed_profile: %s\n", qPrintable(store.error().message));
        return 1;
    }
    const QList<kj::Diary> diaries = kj::bench::makeDiaries(owner, count);
    const kj::Status written = (*store)->transaction([&]() -> kj::Status {
        for (const kj::Diary &diary : diaries) {
            if (kj::Result<bool> applied = (*store)->diaries().applyServerDiary(diary, kj::Reactions{}); !applied)
                return applied.error();
        }
        return {};
    });
    if (!written) {
        std::fprintf(stderr, "kj_bench_seed_profile: %s\n", qPrintable(written.error().message));
        return 1;
    }
    std::printf("%s\n", qPrintable(*path));
    return 0;
}
