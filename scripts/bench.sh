#!/usr/bin/env bash
# fitcheck's speed and weight, side by side with Debian's `dialog --menu`.
#
# Installs what it needs from Debian's packages when missing (dialog, time,
# hyperfine), builds the release binary, then reports in one run:
#   - in a pseudo-terminal (80x24), exec to first complete frame and key press
#     to the next frame, for fitcheck and dialog, RUNS runs each, medians, ratio
#   - fitcheck's peak memory (/usr/bin/time -v) over a whole interview
#   - `fitcheck summary ID` and `fitcheck list` (10,000 sessions) as whole processes
#   - the release binary's size
# Usage: scripts/bench.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}

need() {
    local missing=()
    for pair in "$@"; do
        local cmd=${pair%%:*} pkg=${pair##*:}
        command -v "$cmd" >/dev/null 2>&1 || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        echo "installing ${missing[*]} from Debian's packages" >&2
        SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO=sudo
        $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
            { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
    fi
}
need dialog:dialog /usr/bin/time:time hyperfine:hyperfine python3:python3

cargo build --release --quiet
BIN=$PWD/target/release/fitcheck
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export FITCHECK_DATA_DIR=$WORK/data
export TERM=xterm-256color

json() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1"; }

# dialog: the first frame is complete when its Cancel button is drawn; Down
# moves the highlight to the second item.
D=$(python3 scripts/ptytime.py --runs "$RUNS" --ready "<Cancel>" --key '\x1bOB' --after "Second" -- \
    dialog --menu "Pick one" 12 40 4 1 First 2 Second 3 Third)

# fitcheck: a new interview; the first frame is complete when the footer with
# the crisis lines is drawn. The timed key answers a question and the next
# question's progress line appears.
# shellcheck source=scripts/bench-fitcheck.env
source scripts/bench-fitcheck.env
F=$(python3 scripts/ptytime.py --runs "$RUNS" --ready "$FIRST_READY" "${FIRST_PRE[@]/#/--pre=}" \
    --key "$KEY" --after "$KEY_AFTER" -- "$BIN" "${FIRST_ARGS[@]}")

d_first=$(json median_first_frame_ms <<<"$D"); d_key=$(json median_key_ms <<<"$D")
f_first=$(json median_first_frame_ms <<<"$F"); f_key=$(json median_key_ms <<<"$F")
ratio=$(python3 -c "print(f'{$f_first/$d_first:.2f}')")

# Peak memory over a whole interview in plain mode, answered from a worked example.
EXAMPLE=$(ls questions/examples/*.json | head -n 1)
mem_kb=$( (/usr/bin/time -v "$BIN" --plain --answers "$EXAMPLE" </dev/null >/dev/null) 2>&1 | awk -F': ' '/Maximum resident/ {print $2}')

# Whole-process summary and list over 10,000 sessions.
"$BIN" --plain --answers "$EXAMPLE" </dev/null >/dev/null 2>&1 || true
ID=$("$BIN" list 2>/dev/null | awk 'NR==2 {print $1}')
summary_ms=$(hyperfine -N --warmup 5 --runs 50 --export-json "$WORK/s.json" "$BIN summary $ID" >/dev/null 2>&1 &&
    python3 -c "import json; print(round(json.load(open('$WORK/s.json'))['results'][0]['median']*1000, 2))")
python3 - "$FITCHECK_DATA_DIR" "$ID" <<'PY'
import json, os, sys
d, src = sys.argv[1], sys.argv[2]
s = json.load(open(os.path.join(d, src + ".json")))
for i in range(9999):
    s["id"] = f"20260101-000000-{i:04x}{i // 65536:x}"
    s["updated"] = f"2026-01-01T00:{i // 3600 % 60:02}:{i % 60:02}Z"
    with open(os.path.join(d, s["id"] + ".json"), "w") as f:
        json.dump(s, f)
PY
list_ms=$(hyperfine -N --warmup 3 --runs 20 --export-json "$WORK/l.json" "$BIN list" >/dev/null 2>&1 &&
    python3 -c "import json; print(round(json.load(open('$WORK/l.json'))['results'][0]['median']*1000, 2))")
size=$(stat -c %s "$BIN")

cat <<TABLE
| measure | fitcheck | dialog --menu | target |
|---|---|---|---|
| exec to first frame, median of $RUNS (ms) | $f_first | $d_first | ratio $ratio (<= 1.0) |
| key press to next frame, median of $RUNS (ms) | $f_key | $d_key | < 1 ms |
| peak memory, whole interview (KB) | $mem_kb | | < 8192 |
| \`fitcheck summary ID\`, median (ms) | $summary_ms | | < 5 |
| \`fitcheck list\`, 10,000 sessions, median (ms) | $list_ms | | < 150 |
| release binary (bytes) | $size | | < 4194304 |
TABLE
