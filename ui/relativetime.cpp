#include "ui/relativetime.h"

#include <QCoreApplication>
#include <QLocale>

namespace kj::ui {

namespace {

class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(kj::ui::RelativeTime)

public:
    static QString describe(const QDateTime &then, const QDateTime &now);
};

QString RelativeTime::describe(const QDateTime &then, const QDateTime &now)
{
    if (!then.isValid())
        return tr("never");
    const QLocale locale;
    const qint64 seconds = then.secsTo(now);
    // A clock a little ahead of the server's must not say "in 3 seconds".
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    const QDateTime localThen = then.toLocalTime();
    const QDateTime localNow = now.toLocalTime();
    const qint64 days = localThen.date().daysTo(localNow.date());
    if (days == 0)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    if (days == 1)
        return tr("yesterday %1").arg(locale.toString(localThen.time(), QLocale::ShortFormat));
    if (localThen.date().year() == localNow.date().year()) {
        //: a date in this year, e.g. "Mar 14" / "3月14日" (QDate format)
        return locale.toString(localThen.date(), tr("MMM d"));
    }
    //: a date in another year, e.g. "Mar 14, 2025" / "2025年3月14日" (QDate format)
    return locale.toString(localThen.date(), tr("MMM d, yyyy"));
}

} // namespace

QString relativeTime(const QDateTime &then, const QDateTime &now)
{
    return RelativeTime::describe(then, now);
}

} // namespace kj::ui
