#!/usr/bin/env bash
# Proves that the Coaching Stance example plugin, installed into a Fulcrum (dropped in or from
# its update site, by the caller), works without rebuilding Fulcrum: `fulcrum instruments` lists
# it and an engagement can use it end to end, up to its page in the report.
# Arguments: the Fulcrum launcher (bin/fulcrum of an unpacked product), a work folder.
set -euo pipefail
launcher="$1"; work="$2"
rm -rf "$work"; mkdir -p "$work"
fulcrum() { "$launcher" "$@"; }
fail() { echo "use-coaching-stance: FAILED: $*" >&2; exit 1; }

listing=$(fulcrum instruments)
echo "$listing"
grep -q '^coaching-stance .*Coaching Stance Inventory 1.0 (4 dimensions, 16 items, 1-5 scale) from org.fulcrum.examples.coachingstance$' <<<"$listing" \
  || fail "the dropped-in instrument is not listed"

cd "$work"
fulcrum create stance.fulcrum --instrument coaching-stance --name "Stance pilot" --client "Example Client"
printf 'id,name,email\npm-1,Zoë Martin,zoe@example.com\n' > participants.csv
printf 'participant,rater_name,email,relationship\npm-1,Zoë Martin,zoe@example.com,self\npm-1,Ana,ana@example.com,peer\npm-1,Ben,ben@example.com,peer\npm-1,Cleo,cleo@example.com,peer\n' > raters.csv
fulcrum import-participants stance.fulcrum participants.csv
fulcrum import-raters stance.fulcrum raters.csv
tokens=$(sed -n 's/.*token="\([A-Z0-9]*\)".*/\1/p' stance.fulcrum)
[ "$(wc -l <<<"$tokens")" -eq 4 ] || fail "expected 4 invitations with tokens"
{
  printf 'token'; for s in PER VIC RES COA; do for i in 1 2 3 4; do printf ',%s.%s' "$s" "$i"; done; done; printf '\n'
  for t in $tokens; do printf '%s' "$t"; for v in 2 2 2 2 1 1 1 1 3 3 3 3 5 4 5 4; do printf ',%s' "$v"; done; printf '\n'; done
} > responses.csv
fulcrum import-responses stance.fulcrum responses.csv
scores=$(fulcrum score stance.fulcrum)
grep -q '"instrumentScore":{"title":"Coaching stance profile (as others see it)","summary":"Dominant stance: coach"' <<<"$scores" \
  || fail "the example's own scorer did not run: $scores"
fulcrum validate stance.fulcrum
fulcrum report stance.fulcrum --out reports --format html,xlsx --cohort
[ -s reports/cohort.xlsx ] || fail "the product wrote no cohort workbook (XLSX)"
grep -q '>Coaching stance<' reports/*.html || fail "the example's report section is not in the individual report"
grep -q 'Dominant stance: coach' reports/*.html || fail "the example's report section does not give the dominant stance"
echo "use-coaching-stance: the Coaching Stance plugin is listed, used by an engagement, scored and reported"
