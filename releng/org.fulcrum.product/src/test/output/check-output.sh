#!/usr/bin/env bash
# Proves the command line's promise about stderr (docs/cli.md) on the built product: nothing at all
# when a command succeeds, exactly one "fulcrum:" line when it fails, no library logging (SPI Fly,
# XML parsers, BIRT, POI) and no Equinox .log file in the configuration folder; and that broken
# plugins dropped into dropins/ are named by `fulcrum instruments` rather than only logged.
# Arguments: the product folder, a work folder, the java executable.
set -euo pipefail
product="$1"; work="$2"; java="$3"
rm -rf "$work"; mkdir -p "$work"
cp -r "$product" "$work/fulcrum"
fulcrum() { "$java" -jar "$work"/fulcrum/plugins/org.eclipse.equinox.launcher_*.jar -nosplash -application org.fulcrum.cli.app "$@"; }
fail() { echo "check-output: FAILED: $*" >&2; exit 1; }
cd "$work"

# succeeds: stderr exactly empty
quiet() {
  local name="$1"; shift
  if ! fulcrum "$@" > "$name.out" 2> "$name.err"; then
    fail "$name exited $?: $(cat "$name.err")"
  fi
  [ ! -s "$name.err" ] || fail "$name wrote to stderr on success:
$(cat "$name.err")"
}
quiet instruments instruments
quiet create create pilot.fulcrum --instrument character-model --name "Pilot" --client "Example Client"
printf 'id,name,email\npm-1,Zoë Martin,zoe@example.com\n' > participants.csv
printf 'participant,rater_name,email,relationship\npm-1,Zoë Martin,zoe@example.com,self\npm-1,Ana,ana@example.com,peer\npm-1,Ben,ben@example.com,peer\npm-1,Cleo,cleo@example.com,peer\npm-1,Dan,dan@example.com,directReport\npm-1,Eve,eve@example.com,directReport\npm-1,Fay,fay@example.com,directReport\n' > raters.csv
quiet import-participants import-participants pilot.fulcrum participants.csv
quiet import-raters import-raters pilot.fulcrum raters.csv
quiet export-forms export-forms pilot.fulcrum forms
answers=$(head -n 1 forms/responses-template.csv | tr ',' '\n' | tail -n +2 | wc -l)
{ head -n 1 forms/responses-template.csv
  tail -n +2 forms/responses-template.csv | cut -d ',' -f 1 | while read -r token; do
    printf '%s' "$token"; for ((i = 1; i < answers; i++)); do printf ',%s' $(( (i % 5) + 1 )); done; printf ',Ευχαριστώ\n'
  done; } > responses.csv
quiet import-responses import-responses pilot.fulcrum responses.csv
quiet check check pilot.fulcrum
quiet validate validate pilot.fulcrum
quiet score score pilot.fulcrum
quiet report report pilot.fulcrum --out reports --format pdf,xlsx --cohort
[ -s reports/cohort.xlsx ] || fail "no cohort workbook written"
if command -v pdffonts > /dev/null 2>&1; then
  for pdf in reports/*.pdf; do
    # pdffonts' "emb" column (the fourth from the right) says "no" for a font that is not embedded
    if pdffonts "$pdf" | tail -n +3 | awk '{ if ($(NF-4) != "yes") bad = 1 } END { exit bad }'; then :; else
      fail "$pdf has a font that is not embedded: $(pdffonts "$pdf")"
    fi
  done
fi
grep -rq 'You rate them as,direct report' forms || fail "questionnaires do not name the group in words"

# fails: exactly one line on stderr, starting "fulcrum:", and a non-zero exit
failing() {
  local name="$1"; shift
  if fulcrum "$@" > "$name.out" 2> "$name.err"; then
    fail "$name succeeded but should not have"
  fi
  [ "$(wc -l < "$name.err")" -eq 1 ] && grep -q '^fulcrum: ' "$name.err" \
    || fail "$name: stderr should be one 'fulcrum:' line, was:
$(cat "$name.err")"
}
head -c 4096 /dev/urandom > binary.fulcrum
failing binary validate binary.fulcrum
printf '\x00\x01\x02PK\x03\x04 not an engagement' > nul.fulcrum
failing nul score nul.fulcrum
failing missing validate nowhere.fulcrum

logs=$(find fulcrum/configuration -maxdepth 1 -name '*.log' | head -n 3)
[ -z "$logs" ] || fail "Equinox wrote log files into the configuration folder: $logs"

# broken plugins in dropins/ are named by `instruments`, one warning line each, and the rest still works
mkdir -p fulcrum/dropins plugin/META-INF
printf 'Manifest-Version: 1.0\nBundle-ManifestVersion: 2\nBundle-SymbolicName: com.example.nosingleton\nBundle-Version: 1.0.0\nRequire-Bundle: org.fulcrum.assessment\n' > plugin/META-INF/MANIFEST.MF
printf '<?xml version="1.0"?>\n<plugin>\n  <extension point="org.fulcrum.assessment.instruments">\n    <instrument id="x" definition="x.xmi"/>\n  </extension>\n</plugin>\n' > plugin/plugin.xml
(cd plugin && "$(dirname "$java")/jar" cfm ../fulcrum/dropins/nosingleton.jar META-INF/MANIFEST.MF plugin.xml)
echo "not a jar" > fulcrum/dropins/garbage.jar
fulcrum instruments > broken.out 2> broken.err || fail "instruments failed with broken dropins: $(cat broken.err)"
grep -q '^character-model ' broken.out || fail "the built-in instrument is no longer listed"
grep -q '^fulcrum: warning: plugin com.example.nosingleton: its plugin.xml is ignored' broken.err || fail "the plugin without singleton is not named: $(cat broken.err)"
grep -q '^fulcrum: warning: dropin .*garbage.jar: not a plugin Fulcrum can use' broken.err || fail "the jar that is no plugin is not named: $(cat broken.err)"
[ "$(grep -vc '^fulcrum: warning: ' broken.err)" -eq 0 ] || fail "other output on stderr: $(cat broken.err)"
echo "check-output: stderr is empty on success and one line on error; broken dropins are named by 'fulcrum instruments'"
