#!/bin/sh
# Measures the saved-session commands on a release build (issue 5 targets):
#   fitcheck list over 10,000 sessions     under 150 ms
#   fitcheck summary ID (whole process)    under 5 ms
# Usage: scripts/bench-sessions.sh [COUNT]   (default 10000)
# Installs hyperfine with apt-get when it is missing (needs root or sudo).
set -eu

count=${1:-10000}
cd "$(dirname "$0")/.."

if ! command -v hyperfine >/dev/null 2>&1; then
    echo "Installing hyperfine..."
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y hyperfine
    else
        sudo apt-get install -y hyperfine
    fi
fi

cargo build --release --bin fitcheck --example make_sessions
bin=target/release/fitcheck

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
many="$work/many"
few="$work/few"
target/release/examples/make_sessions "$many" "$count"
target/release/examples/make_sessions "$few" 20

# A finished session to print, from each folder.
pick() { find "$1" -name '*.json' ! -name '.*' | head -n 1 | xargs basename | sed 's/\.json$//'; }
id_many=$(pick "$many")
id_few=$(pick "$few")

# The first list builds the index; later ones read it.
"$bin" --data-dir "$many" list >/dev/null

hyperfine -N --warmup 3 --runs 30 \
    --command-name "list, $count sessions" "$bin --data-dir $many list"

# Separately: a single --prepare would apply to every command of a run.
hyperfine -N --warmup 1 --runs 10 \
    --command-name "list, $count sessions, no index (first run)" \
    --prepare "rm -f $many/.list-index.json" "$bin --data-dir $many list"

hyperfine -N --warmup 10 --runs 200 \
    --command-name "summary ID, 20 sessions" "$bin --data-dir $few summary $id_few" \
    --command-name "summary ID, $count sessions" "$bin --data-dir $many summary $id_many" \
    --command-name "summary ID --format json" "$bin --data-dir $few summary $id_few --format json" \
    --command-name "fitcheck --version (process start only)" "$bin --version"
