#!/usr/bin/env bash
# Pictures of Fulcrum's reports for the README: runs ./fulcrum demo into a scratch folder and
# renders the first pages of an individual report and of the cohort report into docs/screenshots/.
# Usage: releng/scripts/report-screenshots.sh [OUTPUT_DIR]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$here/docs/screenshots}"
if ! command -v pdftoppm > /dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get > /dev/null; then
    echo "report-screenshots: installing poppler-utils for pdftoppm" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q poppler-utils > /dev/null
  else
    echo "report-screenshots: needs pdftoppm (Debian: apt-get install poppler-utils)" >&2; exit 3
  fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$here/fulcrum" demo "$work/demo" > /dev/null
reports="$work/demo/reports"
mkdir -p "$out"
# The participant with the most to show: a blind spot, a withheld group and comments.
individual=$(ls "$reports"/A-pm-szoke-*.pdf | head -n 1)
page() { pdftoppm -png -r 70 -f "$2" -l "$2" -singlefile "$1" "$out/$3-page$2"; }
for number in 1 3 4 7 9; do page "$individual" "$number" report-individual; done
for number in 1 2 3; do page "$reports/cohort.pdf" "$number" report-cohort; done
echo "report-screenshots: pages of $(basename "$individual") and cohort.pdf written to $out"
