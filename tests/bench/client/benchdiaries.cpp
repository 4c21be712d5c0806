#include "tests/bench/client/benchdiaries.h"

#include <QTimeZone>

namespace kj::bench {

QString benchDiaryId(int n)
{
    return QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
}

QList<kj::Diary> makeDiaries(const kj::User &author, int count)
{
    const QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone::utc());
    QList<kj::Diary> diaries;
    diaries.reserve(count);
    for (int n = 0; n < count; ++n) {
        kj::Diary diary;
        diary.id = benchDiaryId(n);
        diary.author = kj::User{author.username, author.displayName, {}};
        diary.title = QStringLiteral("Diary number %1").arg(n);
        diary.body = QStringLiteral("Day %1. The morning was grey, then the sun came out over the river and we walked "
                                    "along it until the bridge. **Tea** at the corner place, a book, an early night.")
                         .arg(n);
        diary.visibility = kj::Visibility::Friends;
        diary.revision = 1;
        diary.createdAt = start.addSecs(60LL * n);
        diary.updatedAt = diary.createdAt;
        diaries.append(diary);
    }
    return diaries;
}

} // namespace kj::bench
