#include "app/cli/cli.h"
#include "app/cli/commands.h"

#include "app/clientsession.h"
#include "models/domain/visibility.h"
#include "models/store/clientstore.h"
#include "models/store/diaryrepository.h"
#include "models/store/itemrepository.h"

#include <algorithm>

// The feed as it is kept here: diaries (DiaryRepository) and the items of the generic cache (ItemRepository),
// mine and my friends', so what was read once stays readable offline.

namespace kj::cli {

namespace {
//! The kinds of the generic cache that the feed shows (albums are not in a feed; their photos are).
const QStringList kFeedKinds{QStringLiteral("post"), QStringLiteral("repost"), QStringLiteral("photo"), QStringLiteral("track")};

struct FeedLine {
    QDateTime time;
    QString id;
    QString text;
};

QString oneLine(const QString &text, int length = 60)
{
    QString line = text.simplified();
    if (line.size() > length)
        line = line.left(length - 1) + u'…';
    return line;
}

//! What an item is, in a few words.
QString describe(const kj::store::CachedItem &item)
{
    const QJsonObject &json = item.json;
    const auto text = [&](const QString &key) { return json.value(key).toString(); };
    if (item.kind == QLatin1String("post"))
        return oneLine(text(QStringLiteral("text")));
    if (item.kind == QLatin1String("repost")) {
        const QString comment = text(QStringLiteral("comment"));
        return QStringLiteral("reposts %1 %2").arg(text(QStringLiteral("itemKind")), text(QStringLiteral("itemId")))
               + (comment.isEmpty() ? QString() : QStringLiteral(": ") + oneLine(comment, 40));
    }
    if (item.kind == QLatin1String("photo")) {
        const QString caption = text(QStringLiteral("caption"));
        return QStringLiteral("1 photo") + (caption.isEmpty() ? QString() : QStringLiteral(": ") + oneLine(caption));
    }
    if (item.kind == QLatin1String("track")) {
        const QString artist = text(QStringLiteral("artist"));
        return artist.isEmpty() ? text(QStringLiteral("title")) : artist + QStringLiteral(" - ") + text(QStringLiteral("title"));
    }
    return {};
}
} // namespace

int localFeed(Cli &cli, int limit)
{
    kj::Result<app::ClientSession *> session = cli.session(false);
    if (!session)
        return cli.fail(session.error());
    cli.syncBeforeRead();
    kj::store::ClientStore &store = (*session)->store();
    QList<FeedLine> lines;
    for (const kj::store::LocalDiary &local : store.diaries().feed(limit)) {
        const kj::Diary &d = local.diary;
        lines.append({d.updatedAt, d.id,
                      d.author.username + QStringLiteral("  diary  ") + kj::visibilityName(d.visibility) + QStringLiteral("  ")
                          + (d.title.isEmpty() ? QStringLiteral("(untitled)") : d.title)
                          + (local.pending ? QStringLiteral("  [not synced]") : QString())});
    }
    for (const kj::store::CachedItem &item : kj::store::ItemRepository(store).feed(kFeedKinds, limit)) {
        lines.append({item.createdAt, item.id,
                      item.owner + QStringLiteral("  ") + item.kind + QStringLiteral("  ")
                          + item.json.value(QStringLiteral("visibility")).toString() + QStringLiteral("  ") + describe(item)
                          + (item.pending ? QStringLiteral("  [not synced]") : QString())});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const FeedLine &a, const FeedLine &b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    for (qsizetype i = 0; i < std::min<qsizetype>(lines.size(), limit); ++i)
        cli.out() << lines.at(i).id << "  " << Cli::showTime(lines.at(i).time) << "  " << lines.at(i).text << '\n';
    return Success;
}

} // namespace kj::cli
