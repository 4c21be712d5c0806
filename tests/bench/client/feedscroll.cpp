// kj_bench_feed_scroll: scrolls a list view page by page (one viewport height a step) from the top to the end,
// forcing a paint after each step, and prints the time of each page as "page_ms <median>" and "pages <count>".
//   kj_bench_feed_scroll feed PROFILE SECONDS   the friends' feed as the window shows it: FeedPage (its QListView
//                                               and FeedDelegate) over FeedModel of the profile's signed-in store
//   kj_bench_feed_scroll anchor COUNT SECONDS   QListView + QStyledItemDelegate over a QStringListModel of COUNT rows
// Both stop after SECONDS at most (then "complete 0"); the view is 1000 x 700 under the platform in use.
#include "app/account/profile.h"
#include "app/clientsession.h"
#include "models/feed/feedmodel.h"
#include "ui/feed/feedpage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QNetworkAccessManager>
#include <QScrollBar>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTextStream>
#include <algorithm>
#include <cstdio>

namespace {

struct Scrolled {
    QList<qint64> pageNs;
    bool complete = false;
    int rows = 0;
};

// One page: a step of a viewport's height, the events it causes (fetchMore, the delayed relayout), a paint.
Scrolled scrollThrough(QListView &view, double seconds)
{
    Scrolled result;
    QScrollBar *bar = view.verticalScrollBar();
    QElapsedTimer total;
    total.start();
    QElapsedTimer page;
    while (total.elapsed() < qint64(seconds * 1000)) {
        page.start();
        const int before = bar->value();
        bar->setValue(before + view.viewport()->height());
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        result.pageNs.append(page.nsecsElapsed());
        if (bar->value() == before && bar->value() == bar->maximum() && !view.model()->canFetchMore({})) {
            result.complete = true;
            break;
        }
    }
    result.rows = view.model()->rowCount();
    return result;
}

void report(const Scrolled &scrolled)
{
    QList<qint64> sorted = scrolled.pageNs;
    std::sort(sorted.begin(), sorted.end());
    const double median = sorted.isEmpty() ? 0.0 : double(sorted.at(sorted.size() / 2)) / 1e6;
    const double p99 = sorted.isEmpty() ? 0.0 : double(sorted.at(std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100))) / 1e6;
    qint64 sum = 0;
    for (qint64 ns : sorted)
        sum += ns;
    QTextStream out(stdout);
    out << "page_ms " << median << "\npage_p99_ms " << p99 << "\nmean_page_ms "
        << (sorted.isEmpty() ? 0.0 : double(sum) / 1e6 / double(sorted.size())) << "\npages " << sorted.size()
        << "\nrows " << scrolled.rows << "\ncomplete " << (scrolled.complete ? 1 : 0) << "\nseconds "
        << double(sum) / 1e9 << Qt::endl;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "kj_bench_feed_scroll: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool ok = false;
    const double seconds = args.size() == 4 ? args.at(3).toDouble(&ok) : 0;
    if (!ok || (args.at(1) != u"feed" && args.at(1) != u"anchor"))
        return fail(QStringLiteral("usage: kj_bench_feed_scroll feed PROFILE SECONDS | anchor COUNT SECONDS"));

    if (args.at(1) == u"anchor") {
        const int count = args.at(2).toInt();
        QStringList rows;
        rows.reserve(count);
        for (int n = 0; n < count; ++n)
            rows.append(QStringLiteral("Diary number %1 — the morning was grey, then the sun came out").arg(n));
        QStringListModel model(rows);
        QListView view;
        view.setItemDelegate(new QStyledItemDelegate(&view));
        view.setVerticalScrollMode(QAbstractItemView::ScrollPerPixel); // as the feed: a page is a viewport of pixels
        view.setModel(&model);
        view.resize(1000, 700);
        view.show();
        QCoreApplication::processEvents();
        report(scrollThrough(view, seconds));
        return 0;
    }

    kj::app::Profile profile(args.at(2));
    const std::optional<kj::app::Account> account = profile.account();
    if (!account)
        return fail(QStringLiteral("no account in %1").arg(args.at(2)));
    QNetworkAccessManager network;
    kj::Result<std::unique_ptr<kj::app::ClientSession>> session = kj::app::ClientSession::open(profile, *account, network);
    if (!session)
        return fail(session.error().message);
    kj::models::FeedModel model((*session)->store());
    kj::ui::FeedPage page(model, **session);
    page.resize(1000, 700);
    page.show();
    QCoreApplication::processEvents();
    report(scrollThrough(*page.list(), seconds));
    return 0;
}
