#!/usr/bin/env bash
# Builds Kongjian's libFuzzer targets with clang (AddressSanitizer + UndefinedBehaviorSanitizer) and runs them.
#
#   bash tests/fuzz/fuzz.sh [SECONDS] [TARGET...]   fuzz each target for SECONDS (default 60), one after another
#   bash tests/fuzz/fuzz.sh --ci                    every target over its checked-in corpus, then 10 s of fuzzing;
#                                                   exits non-zero on the first crash (what `./dev test` runs)
#
# Targets (tests/fuzz/fuzz_<name>.cpp): domain (the JSON codec of every domain type), merge (the three-way
# merges and the line diff), server (raw bytes through the HTTP transport, router and handlers).
#
# Build dir: $KJ_FUZZ_BUILD_DIR (default ./build-fuzz), configured on first use; only the fuzz targets and
# the libraries they link are built. Each target reads its checked-in corpus (tests/fuzz/corpus/<name>,
# never written to) and writes new interesting inputs to the scratch dir <build>/fuzz-work/<name>/new;
# crashes go to <build>/fuzz-work/<name>/crash-*. To keep the new inputs that add coverage:
#     <build>/fuzz/fuzz_<name> -merge=1 tests/fuzz/corpus/<name> <build>/fuzz-work/<name>/new
# A crash reproduces with: <build>/fuzz/fuzz_<name> <crash file>. Once fixed, copy the file into the corpus.
#
# Environment: KJ_FUZZ_JOBS (parallel fuzzing processes per target, 1 or 2; default 1), KJ_JOBS (build jobs).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${KJ_FUZZ_BUILD_DIR:-$top/build-fuzz}
fuzz=$top/tests/fuzz
work=$build/fuzz-work
all_targets=(domain merge server)
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'fuzz.sh: %s\n' "$*" >&2; exit 2; }

ci=0 seconds=60 targets=()
for a in "$@"; do
    case $a in
        --ci) ci=1 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *[!0-9]*) [[ " ${all_targets[*]} " == *" $a "* ]] || die "unknown target or option: $a"; targets+=("$a") ;;
        *) seconds=$a ;;
    esac
done
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")
[ $ci = 0 ] || seconds=10
jobs=${KJ_FUZZ_JOBS:-1}
[ "$jobs" -ge 1 ] && [ "$jobs" -le 2 ] || die "KJ_FUZZ_JOBS must be 1 or 2"

command -v clang++ >/dev/null || die "clang++ is missing (Debian: clang, libclang-rt-14-dev; ./dev deps installs them)"

if [ ! -f "$build/build.ninja" ]; then
    say "configuring the fuzz build in $build (clang, ASan + UBSan, libFuzzer)"
    # -O1: sanitized code runs several times faster than at -O0; -g1: line tables are all a report needs.
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
        -DKJ_FUZZ=ON -DKJ_SANITIZE=ON -DBUILD_TESTING=ON >/dev/null
fi
say "building the fuzz targets in $build"
cmake --build "$build" -j "${KJ_JOBS:-$(nproc)}" --target "${targets[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/sanitizers/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1:suppressions=$top/tests/sanitizers/ubsan.supp}
export QT_QPA_PLATFORM=offscreen

failed=()
for t in "${targets[@]}"; do
    bin=$build/fuzz/fuzz_$t
    dir=$work/$t
    # --ci replays only the checked-in corpus: what ./dev fuzz found lately stays in new/ for a later merge.
    new=$dir/new
    [ $ci = 0 ] || new=$dir/ci-new
    rm -rf "$dir/tmp" "$dir/ci-new" # the server target's store, and --ci's finds, of the last run
    mkdir -p "$new" "$dir/tmp"
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=8192 -print_final_stats=1
          -artifact_prefix="$dir/")
    [ -f "$fuzz/$t.dict" ] && args+=(-dict="$fuzz/$t.dict")
    [ "$jobs" = 1 ] || args+=(-jobs="$jobs" -workers="$jobs")
    if [ $ci = 1 ]; then
        say "fuzz_$t: its checked-in corpus, then ${seconds} s of fuzzing"
    else
        say "fuzz_$t: ${seconds} s (new inputs: $dir/new)"
    fi
    log=$dir/last-run.log
    before=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    # The server target keeps its store in $TMPDIR: after a crash it is there for the post-mortem.
    status=0
    TMPDIR=$dir/tmp "$bin" "${args[@]}" "$new" "$fuzz/corpus/$t" >"$log" 2>&1 || status=$?
    after=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | sort)
    found=$(comm -13 <(printf '%s\n' "$before") <(printf '%s\n' "$after") | sed '/^$/d')
    if [ $status != 0 ] || [ -n "$found" ]; then
        # The sanitizer's or the target's report: from the first line that tells what went wrong.
        report=$(sed -n '/ERROR: \|runtime error: \|^fuzz_[a-z]*: \|==ERROR\|deadly signal\|ALARM: \|out-of-memory/,$p' "$log" | head -120)
        [ -n "$report" ] || report=$(tail -40 "$log")
        printf '%s\n' "$report" >&2
        printf '\nfuzz_%s FAILED (exit %s). Input: %s\nFull log: %s\nReproduce: %s <input>\n' \
            "$t" "$status" "${found:-(none written; see the log)}" "$log" "$bin" >&2
        failed+=("$t")
        [ $ci = 1 ] && break
    else
        grep -E '^stat::number_of_executed_units|^Done [0-9]+ runs' "$log" | tail -1 | sed "s/^/   fuzz_$t: /" >&2
        [ $ci = 1 ] || printf '   new inputs: %s in %s\n' "$(find "$dir/new" -type f | wc -l)" "$dir/new" >&2
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    say "failed: ${failed[*]}"
    exit 1
fi
if [ $ci = 0 ]; then
    say "to keep new inputs that add coverage: $build/fuzz/fuzz_<target> -merge=1 tests/fuzz/corpus/<target> $work/<target>/new"
fi
say "every fuzz target ran clean"
