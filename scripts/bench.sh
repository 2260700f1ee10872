#!/usr/bin/env bash
# fitcheck's speed and weight, side by side with Debian's `dialog --menu`.
#
# Installs what it needs from Debian's packages when missing (dialog, time,
# hyperfine, python3-pyte), builds the release binary, then reports in one run:
#   - in an 80x24 pseudo-terminal: exec to first complete frame, and key press
#     to the next frame, for fitcheck and dialog, RUNS runs each: medians, ratio
#   - fitcheck's peak memory (/usr/bin/time -v) over a whole interview
#   - `fitcheck summary ID` and `fitcheck list` (10,000 sessions), whole processes
#   - the release binary's size
# Prints a Markdown table (the README's Performance section is one run of it).
# Usage: scripts/bench.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-20}

missing=()
command -v dialog >/dev/null || missing+=(dialog)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v hyperfine >/dev/null || missing+=(hyperfine)
/usr/bin/python3 -c 'import pyte' 2>/dev/null || missing+=(python3-pyte)
if ((${#missing[@]})); then
    echo "installing ${missing[*]} from Debian's packages" >&2
    SUDO=""
    [[ $(id -u) -ne 0 ]] && SUDO=sudo
    $SUDO apt-get install -y "${missing[@]}" >/dev/null 2>&1 ||
        { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y "${missing[@]}" >/dev/null; }
fi

cargo build --release --quiet --bin fitcheck --example make_sessions
BIN=$PWD/target/release/fitcheck
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export TERM=xterm-256color
PY=/usr/bin/python3
median() { $PY -c "import json,sys; print(round(json.load(sys.stdin)[sys.argv[1]], 2))" "$1"; }

# dialog: the first frame is complete when its Cancel button is drawn; Down
# moves the highlight to the second item.
D=$($PY scripts/ptytime.py --runs "$RUNS" --ready "<Cancel>" --key '\x1bOB' --after "restyle:Second" -- \
    dialog --menu "Pick one" 12 40 4 1 First 2 Second 3 Third)

# fitcheck, first frame: a new interview; complete when the crisis footer (the
# last row) is drawn.
# English, then the same in Spanish (the Spanish bank is the English one
# with its overlays put over it: the language layer must not slow start-up).
mkdir -p "$WORK/first" "$WORK/first_es"
F1=$(FITCHECK_LANG=en FITCHECK_DATA_DIR=$WORK/first $PY scripts/ptytime.py --runs "$RUNS" \
    --ready "Call or text 988 · Call 911" -- "$BIN")
F1ES=$(FITCHECK_LANG=es FITCHECK_DATA_DIR=$WORK/first_es $PY scripts/ptytime.py --runs "$RUNS" \
    --ready "Llame al 911" -- "$BIN")

# fitcheck, key press: a session whose safety questions are answered opens at
# the first need; "1" highlights "Not a concern", and the timed Enter answers
# it: done when the second need's question is on screen.
$PY - "$WORK/partial.json" "$WORK/next.txt" <<'PY'
import json, sys
iv = json.load(open("questions/interview.json"))
levels = [q for q in iv["questions"] if q["kind"] == "level"]
first = next(i for i, q in enumerate(iv["questions"]) if q["kind"] == "level")
child = {}
for q in iv["questions"][:first]:
    calm = [o for o in q["options"] if not o.get("crisis")]
    # A checklist ("which of these are going on?"): every need, so that
    # every need's level is asked.
    child[q["id"]] = [o["id"] for o in calm] if q["kind"] == "multi" else calm[-1]["id"]
json.dump({"child": child}, open(sys.argv[1], "w"))
open(sys.argv[2], "w").write(levels[1]["prompt"][:40])
PY
mkdir -p "$WORK/key"
F2=$(FITCHECK_LANG=en FITCHECK_DATA_DIR=$WORK/key $PY scripts/ptytime.py --runs "$RUNS" \
    --ready "Call or text 988 · Call 911" --pre 1 --key '\r' --after "$(cat "$WORK/next.txt")" -- \
    "$BIN" --answers "$WORK/partial.json")

d_first=$(median median_first_frame_ms <<<"$D")
d_key=$(median median_key_ms <<<"$D")
f_first=$(median median_first_frame_ms <<<"$F1")
f_first_es=$(median median_first_frame_ms <<<"$F1ES")
f_key=$(median median_key_ms <<<"$F2")
ratio=$($PY -c "print(f'{$f_first/$d_first:.2f}')")
ratio_es=$($PY -c "print(f'{$f_first_es/$d_first:.2f}')")

# Peak memory over a whole interview (plain mode, answered from a worked example).
EXAMPLE=questions/examples/team_two_providers.json
mkdir -p "$WORK/mem"
mem_kb=$( (FITCHECK_DATA_DIR=$WORK/mem /usr/bin/time -v "$BIN" --plain --answers "$EXAMPLE" \
    </dev/null >/dev/null 2>"$WORK/mem.log") ; awk -F': ' '/Maximum resident/ {print $2}' "$WORK/mem.log")

# Whole processes over saved sessions.
target/release/examples/make_sessions "$WORK/many" 10000 >/dev/null
ID=$(basename "$(find "$WORK/many" -name '*.json' ! -name '.*' -print -quit)" .json)
"$BIN" --data-dir "$WORK/many" list >/dev/null # builds the list index once
hf() { hyperfine -N --warmup 3 --runs "$1" --export-json "$WORK/hf.json" "$2" >/dev/null 2>&1 &&
    $PY -c "import json; print(round(json.load(open('$WORK/hf.json'))['results'][0]['median']*1000, 2))"; }
summary_ms=$(hf 50 "$BIN --data-dir $WORK/many summary $ID")
list_ms=$(hf 20 "$BIN --data-dir $WORK/many list")
size=$(stat -c %s "$BIN")
yes_no() { $PY -c "print('yes' if $1 else 'no')"; }

cat <<TABLE
| measure | fitcheck | dialog --menu | target | met |
|---|---|---|---|---|
| exec to first complete frame, median of $RUNS (ms) | $f_first | $d_first | ratio <= 1.0 (is $ratio) | $(yes_no "$ratio <= 1.0") |
| the same in Spanish (\`FITCHECK_LANG=es\`) (ms) | $f_first_es | $d_first | ratio <= 1.0 (is $ratio_es) | $(yes_no "$ratio_es <= 1.0") |
| key press to next frame, median of $RUNS (ms) | $f_key | $d_key | < 1 ms | $(yes_no "$f_key < 1") |
| peak memory, whole interview (KB) | $mem_kb | | < 8192 | $(yes_no "$mem_kb < 8192") |
| \`fitcheck summary ID\`, whole process, median (ms) | $summary_ms | | < 5 | $(yes_no "$summary_ms < 5") |
| \`fitcheck list\`, 10,000 sessions, median (ms) | $list_ms | | < 150 | $(yes_no "$list_ms < 150") |
| release binary (bytes) | $size | | < 4,194,304 | $(yes_no "$size < 4194304") |
TABLE
