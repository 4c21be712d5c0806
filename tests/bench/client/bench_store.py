#!/usr/bin/env python3
"""store: insert 100,000 diaries in one transaction through the client store (DiaryRepository::applyServerDiary,
what sync does with each diary it receives) vs the SQLite C API (one prepared INSERT, same table, pragmas and rows).
Three rounds of each, interleaved; the medians are compared. Goal: at least 0.6 of the anchor's rate."""

import os

import clientbench
from clientbench import benchlib

ROWS = int(os.environ.get("KJ_BENCH_STORE_ROWS", "100000"))
ROUNDS = 3


def main():
    program = clientbench.program("kj_bench_store_insert")
    path = os.path.join(benchlib.work_dir(), "store.sqlite")
    rates = {"raw": [], "store": []}
    for round_ in range(ROUNDS):
        for mode in ("raw", "store"):
            got = clientbench.values(clientbench.run([program, mode, path, str(ROWS)]))
            rates[mode].append(got["rows_per_s"])
            benchlib.log(f"round {round_ + 1}: {mode:5} {got['rows_per_s']:12.0f} rows/s ({got['seconds']:.3f} s)")
    value, anchor = clientbench.median(rates["store"]), clientbench.median(rates["raw"])
    benchlib.emit_metric(f"store: insert {ROWS:,} diaries, one transaction", value, "rows/s", anchor,
                         ">= 0.6 x anchor", value >= 0.6 * anchor)


if __name__ == "__main__":
    main()
