#!/usr/bin/env bash
# Renders each worked example's page to print (questions/examples/*.json,
# `fitcheck summary --answers FILE --format html`) to PDF with headless
# Chromium, on Letter and on A4, and checks that page 1 holds what a parent
# needs in the meeting: the crisis lines, every provider's verdict and every
# "bring these" question. The need-by-need reasons start on page 2.
#
#   scripts/pdf.sh [OUT_DIR]        # default: a temporary folder, removed after
#
# Needs: chromium (Debian: apt-get install chromium), pdftotext and pdfinfo
# (poppler-utils), python3. FITCHECK names the binary to use (default: build
# target/debug/fitcheck). Exit status: 0 every check passed, 1 a check
# failed, 2 a tool is missing (said on stderr; nothing was checked).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
chrome=""
for c in chromium chromium-browser google-chrome; do
    if command -v "$c" >/dev/null 2>&1; then chrome=$c; break; fi
done
[ -n "$chrome" ] || missing+=("chromium")
for t in pdftotext pdfinfo python3; do
    command -v "$t" >/dev/null 2>&1 || missing+=("$t")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "pdf.sh: missing ${missing[*]}; nothing was checked" >&2
    exit 2
fi

if [ -z "${FITCHECK:-}" ]; then
    cargo build --quiet
    FITCHECK=target/debug/fitcheck
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=${1:-$work/out}
mkdir -p "$out"
export FITCHECK_DATA_DIR="$work/data"
export FITCHECK_CONFIG_DIR="$work/config"

failed=0
for example in questions/examples/*.json; do
    name=$(basename "$example" .json)
    "$FITCHECK" summary --answers "$example" --format json > "$work/$name.json"
    "$FITCHECK" summary --answers "$example" --format html > "$work/$name.html"
    for paper in letter A4; do
        page="$out/$name-$paper.html"
        pdf="$out/$name-$paper.pdf"
        # The page says size:auto (the printer's paper); pin it for each size.
        sed "s/@page{size:auto/@page{size:$paper/" "$work/$name.html" > "$page"
        rm -f "$pdf"
        # Nothing the page loads: it has no link, script or image. These
        # flags keep Chromium's own background traffic off as well.
        "$chrome" --headless --no-sandbox --disable-gpu --no-first-run \
            --disable-background-networking --disable-component-update \
            --disable-extensions --disable-sync --no-pdf-header-footer \
            --user-data-dir="$work/chrome" \
            --print-to-pdf="$pdf" "file://$(realpath "$page")" >/dev/null 2>&1 || true
        if [ ! -s "$pdf" ]; then
            echo "FAIL $name ($paper): chromium wrote no PDF" >&2
            failed=1
            continue
        fi
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        pdftotext -raw -f 1 -l 1 "$pdf" "$work/page1.txt"
        if python3 - "$work/$name.json" "$work/page1.txt" "$name ($paper, $pages pages)" <<'PY'
import json, re, sys

summary = json.load(open(sys.argv[1]))
# pdftotext breaks a line after a hyphen ("call 1-" / "800-..."): join those.
words = lambda t: re.sub(r"\s+", " ", re.sub(r"-\n\s*", "-", t)).strip()
page1 = words(open(sys.argv[2]).read())
label = sys.argv[3]
want = []
want += [("crisis line", l) for l in summary["crisis_lines"]]
want += [("verdict", f"{p['label']}") for p in summary["providers"]]
want += [("verdict", p["verdict_label"]) for p in summary["providers"]]
want += [("bring", q["text"]) for q in summary["questions_to_ask"] if q.get("bring")]
missing = [(k, t) for k, t in want if words(t) not in page1]
if missing:
    print(f"FAIL {label}: not on page 1:", file=sys.stderr)
    for k, t in missing:
        print(f"  {k}: {t}", file=sys.stderr)
    sys.exit(1)
print(f"ok   {label}: page 1 holds {len(want)} crisis lines, verdicts and questions")
PY
        then :; else failed=1; fi
    done
done
if [ "$failed" -ne 0 ]; then
    echo "pdf.sh: some pages did not hold what page 1 must (see above)" >&2
    exit 1
fi
echo "pdf.sh: every worked example fits page 1, on Letter and A4"
