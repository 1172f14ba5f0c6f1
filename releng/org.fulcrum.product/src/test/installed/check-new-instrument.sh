#!/usr/bin/env bash
# The template for a new instrument plugin builds and installs as generated: an unpacked Fulcrum
# writes the project (`fulcrum new-instrument`), Maven builds it offline against that Fulcrum's
# plugins (its tests run inside Equinox), and the plugin it makes, dropped into the user's
# dropins, is listed, scored and reported by that Fulcrum, and installs from its update site with p2.
# Arguments: the archives folder, the archives' root folder name, a Java home, the mvn executable,
# the local Maven repository (already holding Tycho and JUnit), a work folder.
set -euo pipefail
archives="$1"; name="$2"; java_home="$3"; mvn="$4"; repository="$5"; work="$6"
fail() { echo "check-new-instrument: FAILED: $*" >&2; exit 1; }
if [ -d "$work" ]; then chmod -R u+w "$work"; rm -rf "$work"; fi
mkdir -p "$work/install" "$work/home"; work="$(cd "$work" && pwd)"; archives="$(cd "$archives" && pwd)"
tar -xzf "$archives/$name-linux-x86_64.tar.gz" -C "$work/install"
chmod -R a-w "$work/install"
fulcrum() {
  env -u XDG_CACHE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u FULCRUM_CACHE -u FULCRUM_DATA -u FULCRUM_JAVA_HOME \
    HOME="$work/home" JAVA_HOME="$java_home" "$work/install/$name/bin/fulcrum" "$@"
}
cd "$work"

# bad arguments: a clear error, nothing written
fulcrum new-instrument bad --id 'no spaces' --name X 2> err.txt && fail "an id with spaces was accepted"
grep -q "is not an instrument id" err.txt || fail "unclear error for a bad id: $(cat err.txt)"
[ ! -e bad ] || fail "a project was half-written for a bad id"

fulcrum new-instrument com.acme.fulcrum.listening --id acme-listening --name 'ACME "Listening" & Follow-through'
project="$work/com.acme.fulcrum.listening"
[ -f "$project/com.acme.fulcrum.listening/instrument/acme-listening.xmi" ] || fail "no instrument file in the project"
fulcrum new-instrument com.acme.fulcrum.listening --id other --name Other 2> err.txt && fail "an existing project was overwritten"

(cd "$project" && JAVA_HOME="$java_home" "$mvn" -o -B -q -Dmaven.repo.local="$repository" verify > "$work/build.log" 2>&1) \
  || { tail -n 60 "$work/build.log"; fail "the generated project does not build"; }
grep -q 'Tests run: 3, Failures: 0, Errors: 0' "$project"/com.acme.fulcrum.listening.tests/target/surefire-reports/*.txt \
  || fail "the generated project's tests did not all run"
jar=$(ls "$project"/com.acme.fulcrum.listening/target/com.acme.fulcrum.listening-1.0.0-*.jar | head -n 1)
[ -d "$project/com.acme.fulcrum.listening.site/target/repository" ] || fail "the generated project made no update site"

# installed by dropping the jar into the user's dropins
cp "$jar" "$work/home/.local/share/fulcrum/dropins/"
fulcrum instruments > instruments.txt
grep -q '^acme-listening .*ACME "Listening" & Follow-through 1.0 (2 dimensions, 6 items, 1-5 scale) from com.acme.fulcrum.listening$' instruments.txt \
  || fail "the generated instrument is not listed: $(cat instruments.txt)"
fulcrum create acme.fulcrum --instrument acme-listening --name Pilot > /dev/null
printf 'id,name,email\npm-1,Zoë Martin,zoe@example.com\n' > participants.csv
printf 'participant,rater_name,email,relationship\npm-1,Ana,ana@example.com,peer\npm-1,Ben,ben@example.com,peer\npm-1,Cleo,cleo@example.com,peer\n' > raters.csv
fulcrum import-participants acme.fulcrum participants.csv > /dev/null
fulcrum import-raters acme.fulcrum raters.csv > /dev/null
{
  printf 'token,LIS.1,LIS.2,LIS.3,FOL.1,FOL.2,FOL.3\n'
  for t in $(sed -n 's/.*token="\([A-Z0-9]*\)".*/\1/p' acme.fulcrum); do printf '%s,5,4,1,2,2,4\n' "$t"; done
} > responses.csv
fulcrum import-responses acme.fulcrum responses.csv > /dev/null
fulcrum score acme.fulcrum | grep -q '"summary":"Strongest as others see it: Listening"' || fail "the generated scorer did not run"
fulcrum report acme.fulcrum --out reports --format html > /dev/null
grep -q 'Strongest as others see it: Listening' reports/*.html || fail "the generated report section is not in the report"

# installed from the generated update site with p2 instead
rm "$work/home/.local/share/fulcrum/dropins/$(basename "$jar")"
fulcrum instruments | grep -q '^acme-listening ' && fail "the instrument is still listed after its jar left dropins"
fulcrum plugins install "$project/com.acme.fulcrum.listening.site/target/repository" com.acme.fulcrum.listening.feature > /dev/null \
  || fail "the generated update site does not install"
fulcrum instruments | grep -q '^acme-listening .* from com.acme.fulcrum.listening$' || fail "the instrument installed from its site is not listed"
fulcrum plugins remove com.acme.fulcrum.listening.feature > /dev/null || fail "the generated feature does not remove"
fulcrum instruments | grep -q '^acme-listening ' && fail "the instrument is still listed after its feature was removed"
chmod -R u+w "$work/install"
echo "check-new-instrument: the generated plugin project built offline, its tests passed, and its plugin was listed, scored and reported, from dropins and from its update site"
