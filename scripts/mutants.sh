#!/usr/bin/env bash
# Mutation testing of the scoring core with cargo-mutants (issue 18): fit and
# verdict (score.rs), questions to ask (ask.rs), the summary (summary.rs),
# title matching (title.rs), the interview walk (interview.rs) and the
# printed summary (report.rs). Each mutant is a small wrong change to the
# code; a good suite fails on it ("caught"). Not in CI: it takes long.
#
# Runs on a fresh clone of the committed HEAD in a temporary folder, so the
# working tree is never touched. One job at a time, for a shared 2-core
# machine; settings in .cargo/mutants.toml (which tests run per mutant).
# Equivalent mutants, that no test can catch, are listed with why in
# mutants-equivalent.txt ("mutant as cargo-mutants names it | why").
#
# Usage: scripts/mutants.sh [FILE...]   (default: the six files above)
#   e.g. scripts/mutants.sh src/core/score.rs src/core/ask.rs
# Output: mutants.out/ in the repository (caught.txt, missed.txt,
# unviable.txt, timeout.txt), and a table per file on standard output.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)

if ! command -v cargo-mutants >/dev/null; then
    echo "installing cargo-mutants" >&2
    cargo install --locked cargo-mutants
fi

files=("$@")
if ((${#files[@]} == 0)); then
    files=(src/core/score.rs src/core/ask.rs src/core/summary.rs src/core/title.rs src/core/interview.rs src/core/report.rs)
fi
args=()
for f in "${files[@]}"; do
    args+=(--file "$f")
done

work=$(mktemp -d "${TMPDIR:-/tmp}/fitcheck-mutants.XXXXXX")
trap 'rm -rf "$work"' EXIT
git clone --quiet "$repo" "$work/src"
rm -rf "$repo/mutants.out" "$repo/mutants.out.old"

# Exit 2 means some mutants were missed: the table below says which.
INSTA_UPDATE=no cargo mutants --dir "$work/src" --jobs 1 --timeout 60 \
    --output "$repo" "${args[@]}" || status=$?
status=${status:-0}

out="$repo/mutants.out"
echo
printf '%-18s %7s %7s %9s %9s %8s\n' file caught missed unviable timeouts score
C=0 M=0 U=0 T=0
for f in "${files[@]}"; do
    count() {
        local n
        n=$(grep -c "^$f:" "$out/$1.txt" 2>/dev/null) || true
        echo "${n:-0}"
    }
    c=$(count caught) m=$(count missed) u=$(count unviable) t=$(count timeout)
    viable=$((c + m + t))
    score=$(awk -v c="$((c + t))" -v v="$viable" 'BEGIN { if (v) printf "%.0f%%", 100 * c / v; else print "-" }')
    printf '%-18s %7s %7s %9s %9s %8s\n' "$f" "$c" "$m" "$u" "$t" "$score"
    C=$((C + c)) M=$((M + m)) U=$((U + u)) T=$((T + t))
done
score=$(awk -v c="$((C + T))" -v v="$((C + M + T))" 'BEGIN { if (v) printf "%.0f%%", 100 * c / v; else print "-" }')
printf '%-18s %7s %7s %9s %9s %8s\n' all "$C" "$M" "$U" "$T" "$score"
echo "(score: caught and timeouts of all viable mutants; a timeout hangs the tests, so they never pass)"
if [[ -s $out/missed.txt ]]; then
    echo
    echo "missed (kill each with a test, or add it to mutants-equivalent.txt):"
    grep -vxF -f <(grep -v '^#' mutants-equivalent.txt | cut -d'|' -f1 | sed 's/ *$//' | grep .) \
        "$out/missed.txt" ||
        echo "  none beyond mutants-equivalent.txt"
fi
# 2: missed mutants (see above); 3: timeouts; 4: the unmutated tree failed.
exit "$status"
