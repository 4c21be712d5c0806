#!/usr/bin/env bash
# Runs the README's two walk-throughs exactly as written (every ```sh block under a "## Walk-through" heading), with
# only the build folder, the ports and /tmp paths swapped for this run's, and checks what a reader would see.
#   readme-walkthroughs.sh README.md BIN_DIR
set -euo pipefail
readme=$1 bin=$2
work=$(mktemp -d /tmp/kongjian-readme.XXXX)
trap 'jobs -p | xargs -r kill 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }

python3 - "$readme" "$work" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
sections = re.split(r'^## ', text, flags=re.M)
walks = [s for s in sections if s.startswith('Walk-through')]
if len(walks) != 2:
    sys.exit(f'expected 2 walk-through sections in the README, found {len(walks)}')
for number, walk in enumerate(walks, 1):
    blocks = re.findall(r'```sh\n(.*?)```', walk, re.S)
    if not blocks:
        sys.exit('a walk-through without sh blocks')
    # Each walk-through runs in a shell of its own, as a reader would in a fresh terminal; its servers stop after it.
    with open(f'{sys.argv[2]}/walk{number}.sh', 'w', encoding='utf-8') as out:
        out.write('trap \'jobs -p | xargs -r kill 2>/dev/null; wait 2>/dev/null\' EXIT\n' + '\n'.join(blocks))
PY
for walk in "$work"/walk*.sh; do
    sed -i -e "s#build/bin/#$bin/#g" -e "s#127.0.0.1:8090#127.0.0.1:$(port)#g" -e "s#127.0.0.1:8091#127.0.0.1:$(port)#g" \
        -e "s#/tmp/kongjian-#$work/#g" "$walk"
    ( cd "$work" && bash -e -m "$walk" ) >> "$work/out.txt" 2>&1 || { cat "$work/out.txt"; echo "FAIL: a command of $(basename "$walk") failed"; exit 1; }
done

check() { grep -qF -- "$1" "$work/out.txt" || { cat "$work/out.txt"; echo "FAIL: the walk-through did not show: $1"; exit 1; }; }
check '"status":"ok"'
check '"title": "公园"'
check '404'
check 'You and alice are friends now.'
check 'Saved here; not sent yet (1 change pending)'
check '[not synced]'
check 'Pending changes: 0'
[ "$(grep -c '在火车上' "$work/out.txt")" -ge 2 ] || { cat "$work/out.txt"; echo "FAIL: bob's feed lacks alice's diary"; exit 1; }
echo "README walk-throughs: ok"
