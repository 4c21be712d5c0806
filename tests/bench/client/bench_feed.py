#!/usr/bin/env python3
"""feed: scroll the friends' feed of 100,000 cached diaries from top to end, a viewport height a step, painting
after each (FeedPage: its QListView and FeedDelegate over FeedModel), vs QListView + QStyledItemDelegate over a
QStringListModel of as many rows. Offscreen. The median time of one page is compared. Goal: at most 3x per page.
Each run is bounded in time (KJ_BENCH_FEED_SECONDS, default 300): a run that stops early says so."""

import os

import clientbench
from clientbench import benchlib

ITEMS = int(os.environ.get("KJ_BENCH_CLIENT_ITEMS", "100000"))
SECONDS = float(os.environ.get("KJ_BENCH_FEED_SECONDS", "300"))


def main():
    profile = os.path.join(benchlib.work_dir(), "profile")
    offline = f"http://127.0.0.1:{benchlib.free_port()}"
    clientbench.run([clientbench.program("kj_bench_seed_profile"), profile, offline, "alice", str(ITEMS)])
    program = clientbench.program("kj_bench_feed_scroll")
    runs = {}
    for name, argv in (("anchor", [program, "anchor", str(ITEMS), str(SECONDS)]),
                       ("feed", [program, "feed", profile, str(SECONDS)])):
        got = clientbench.values(clientbench.run(argv, timeout=SECONDS + 300))
        runs[name] = got
        benchlib.log(f"{name:6}: {got['pages']:.0f} pages, {got['rows']:.0f} rows, median {got['page_ms']:.3f} ms a page, "
                     f"p99 {got['page_p99_ms']:.3f} ms, {got['seconds']:.1f} s in all"
                     + ("" if got["complete"] else " (stopped at the time limit before the end)"))
    value, anchor = runs["feed"]["page_ms"], runs["anchor"]["page_ms"]
    complete = runs["feed"]["complete"] and runs["anchor"]["complete"]
    benchlib.emit_metric(f"feed: scroll the whole list page by page, {ITEMS:,} items", value, "ms/page", anchor,
                         "<= 3 x anchor", complete and value <= 3 * anchor)


if __name__ == "__main__":
    main()
