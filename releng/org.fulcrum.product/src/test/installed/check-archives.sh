#!/usr/bin/env bash
# Checks the archives people download as they would use them: each archive matches its SHA-256
# file and holds the launchers, README and its platform's SWT; the Linux x86_64 archive, unpacked
# into a read-only folder, runs --version, instruments, demo and a report with a fresh user's home,
# keeps everything it writes in that user's directories (nothing in the unpacked folder changes),
# takes a plugin dropped into the user's dropins folder, installs the Coaching Stance example
# from its update site with `fulcrum plugins` (p2), uses it and removes it, installs it again from the
# same site served over HTTP on the loopback address, and serves the demo to a rater (serve-demo.sh);
# the macOS launchers are run too (check-launchers.sh).
# Arguments: the archives folder, the archives' root folder name, a Java home, the Coaching Stance
# example's jar, a work folder, the example's update site (a p2 repository folder).
set -euo pipefail
archives="$1"; name="$2"; java_home="$3"; plugin="$4"; work="$5"; site="$6"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fail() { echo "check-archives: FAILED: $*" >&2; exit 1; }
if [ -d "$work" ]; then chmod -R u+w "$work"; rm -rf "$work"; fi
mkdir -p "$work"; work="$(cd "$work" && pwd)"; archives="$(cd "$archives" && pwd)"; site="$(cd "$site" && pwd)"; plugin="$(cd "$(dirname "$plugin")" && pwd)/$(basename "$plugin")"

# --- every archive: checksum and contents ---
(cd "$archives" && sha256sum --quiet -c ./*.sha256) || fail "an archive does not match its SHA-256 file"
for platform in linux-x86_64:tar.gz:gtk.linux.x86_64:$name/ linux-aarch64:tar.gz:gtk.linux.aarch64:$name/ \
    windows-x86_64:zip:win32.win32.x86_64:$name/ macos-x86_64:tar.gz:cocoa.macosx.x86_64:Fulcrum.app/Contents/Eclipse/ \
    macos-aarch64:tar.gz:cocoa.macosx.aarch64:Fulcrum.app/Contents/Eclipse/; do
  IFS=: read -r os ext swt root <<<"$platform"
  file="$archives/$name-$os.$ext"
  [ -s "$file" ] && [ -s "$file.sha256" ] || fail "$file or its .sha256 is missing"
  if [ "$ext" = zip ]; then listing=$("$java_home/bin/jar" tf "$file"); else listing=$(tar -tzvf "$file"); fi
  for entry in bin/fulcrum bin/fulcrum.cmd README.txt configuration/config.ini "plugins/org.eclipse.swt.$swt" plugins/org.eclipse.equinox.launcher_ plugins/org.fulcrum.cli_; do
    grep -q "$root$entry" <<<"$listing" || fail "$file holds no $root$entry"
  done
  [ "$(grep -c 'plugins/org.eclipse.swt\.[a-z0-9]*\.[a-z0-9]*\.[a-z0-9_]*_' <<<"$listing")" -eq 1 ] \
    || fail "$file holds SWT fragments of other platforms"
  case "$os" in
    macos-*)
      for entry in Fulcrum.app/Contents/Info.plist Fulcrum.app/Contents/MacOS/fulcrum; do
        grep -q "$entry" <<<"$listing" || fail "$file holds no $entry"
      done
      grep -q "^-rwxr-xr-x .* Fulcrum.app/Contents/MacOS/fulcrum$" <<<"$listing" || fail "the app's executable is not executable in $file" ;;
  esac
  if [ "$ext" = tar.gz ]; then
    grep -q "^-rwxr-xr-x .* ${root}bin/fulcrum$" <<<"$listing" || fail "bin/fulcrum is not executable in $file"
  fi
done
bash -n "$here/../../../../../features/org.fulcrum.launcher.feature/rootfiles/bin/fulcrum" || fail "bin/fulcrum is not valid bash"
bash -n "$here/../../main/archives/macos/MacOS/fulcrum" || fail "Fulcrum.app's MacOS/fulcrum is not valid bash"
# the macOS launchers run here with a uname that says Darwin; bin/fulcrum.cmd is checked statically
bash "$here/check-launchers.sh" "$archives" "$name" "$java_home" "$work/launchers"

# --- the Linux x86_64 archive, unpacked read-only, run by a user with a fresh home ---
mkdir -p "$work/install" "$work/home" "$work/run"
tar -xzf "$archives/$name-linux-x86_64.tar.gz" -C "$work/install"
fulcrum_home="$work/install/$name"
chmod -R a-w "$work/install"
before=$(cd "$fulcrum_home" && find . -printf '%p %s %T@\n' | sort)
touch "$work/unpacked"

fulcrum() { # a user with a fresh home: no XDG or FULCRUM variables, the build's Java
  env -u XDG_CACHE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u FULCRUM_CACHE -u FULCRUM_DATA \
    -u FULCRUM_WORKBENCH_STATE -u FULCRUM_JAVA_HOME -u FULCRUM_NO_CDS -u FULCRUM_VMARGS \
    HOME="$work/home" JAVA_HOME="$java_home" "$fulcrum_home/bin/fulcrum" "$@"
}
cd "$work/run"
version=$(fulcrum --version) || fail "--version failed"
echo "check-archives: $version"
instruments=$(fulcrum instruments) || fail "instruments failed"
grep -q '^character-model ' <<<"$instruments" || fail "instruments does not list the Character Model: $instruments"
fulcrum demo > demo.out || { cat demo.out; fail "demo failed"; }
ls fulcrum-demo/reports/*.pdf > /dev/null 2>&1 || fail "the demo wrote no PDF reports"
participant=$(grep -o '<people xsi:type="fulcrum:PartnerManager" id="[^"]*"' fulcrum-demo/demo-engagement.fulcrum | head -n 1 | sed 's/.*id="//; s/"$//')
fulcrum report fulcrum-demo/demo-engagement.fulcrum --out reports --format pdf,html --participant "$participant" > report.out \
  || { cat report.out; fail "report failed"; }
ls reports/*"$participant"*.pdf reports/*"$participant"*.html > /dev/null 2>&1 || fail "report wrote no PDF and HTML for $participant"
# started through a link elsewhere, as from ~/bin
mkdir -p "$work/home/bin" && ln -s "$fulcrum_home/bin/fulcrum" "$work/home/bin/fulcrum"
[ "$(env HOME="$work/home" JAVA_HOME="$java_home" "$work/home/bin/fulcrum" --version)" = "$version" ] \
  || fail "bin/fulcrum started through a symbolic link does not run"

# --- a plugin dropped into the user's dropins folder ---
dropins="$work/home/.local/share/fulcrum/dropins"
[ -d "$dropins" ] || fail "the launcher made no dropins folder in the user's data directory"
cp "$plugin" "$dropins/"
# the same user's launcher as a command of its own, for the script that uses the plugin
printf '#!/usr/bin/env bash\nexec env -u XDG_CACHE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u FULCRUM_CACHE -u FULCRUM_DATA HOME=%q JAVA_HOME=%q %q "$@"\n' \
  "$work/home" "$java_home" "$fulcrum_home/bin/fulcrum" > "$work/fulcrum-as-user"
chmod +x "$work/fulcrum-as-user"
bash "$here/use-coaching-stance.sh" "$work/fulcrum-as-user" "$work/stance"
rm "$dropins/$(basename "$plugin")"
fulcrum instruments | grep -q '^coaching-stance ' && fail "the instrument is still listed after its jar left dropins"

# --- the example installed from its update site with p2, used and removed ---
feature=org.fulcrum.examples.coachingstance.feature
[ "$(fulcrum plugins list)" = "no plugins installed from update sites (into $work/home/.local/share/fulcrum/p2/fulcrum)" ] \
  || fail "plugins list of a fresh user: $(fulcrum plugins list)"
fulcrum plugins install "$work/nowhere" "$feature" 2> missing.err && fail "installing from a missing site succeeded"
grep -q 'does not exist' missing.err || fail "a missing site is not named: $(cat missing.err)"
fulcrum plugins install "$site" org.fulcrum.no.such.feature 2> nosuch.err && fail "installing a feature the site lacks succeeded"
grep -q "has no feature org.fulcrum.no.such.feature; it has: $feature" nosuch.err || fail "a missing feature is not named: $(cat nosuch.err)"
fulcrum plugins install "$site" "$feature" > install.out || fail "plugins install failed"
grep -q "^installed $feature " install.out || fail "plugins install said: $(cat install.out)"
fulcrum plugins list | grep -q "^$feature " || fail "plugins list does not name the installed feature"
ls "$work/home/.local/share/fulcrum/p2/fulcrum/plugins/org.fulcrum.examples.coachingstance_"*.jar > /dev/null 2>&1 \
  || fail "p2 put no bundle into the user's bundle pool"
ls "$work/home/.local/share/fulcrum/p2/fulcrum/plugins/org.fulcrum.assessment_"* > /dev/null 2>&1 \
  && fail "p2 copied Fulcrum's own bundles into the user's bundle pool"
bash "$here/use-coaching-stance.sh" "$work/fulcrum-as-user" "$work/stance-p2"
fulcrum plugins remove "$feature" | grep -q "^removed $feature " || fail "plugins remove failed"
fulcrum plugins list | grep -q "$feature" && fail "plugins list still names the removed feature"
ls "$work/home/.local/share/fulcrum/p2/fulcrum/plugins/org.fulcrum.examples.coachingstance_"*.jar > /dev/null 2>&1 \
  && fail "the removed bundle is still in the user's bundle pool"
fulcrum instruments | grep -q '^coaching-stance ' && fail "the instrument is still listed after its feature was removed"
fulcrum plugins remove "$feature" 2> removed.err && fail "removing a feature that is not installed succeeded"
grep -q "no installed plugin feature $feature" removed.err || fail "removing twice said: $(cat removed.err)"

# --- the same from a web server on the loopback address (the JDK's jwebserver serves the site) ---
"$java_home/bin/jwebserver" -b 127.0.0.1 -p 0 -d "$site" > "$work/web.out" 2>&1 &
web=$!
trap 'kill "$web" 2> /dev/null || true' EXIT
for _ in $(seq 1 100); do grep -q '^URL http' "$work/web.out" && break; sleep 0.2; done
url=$(sed -n 's/^URL \(http[^ ]*\).*/\1/p' "$work/web.out")
[ -n "$url" ] || fail "jwebserver did not start: $(cat "$work/web.out")"
fulcrum plugins install "${url}no/such/site" "$feature" 2> web-missing.err && fail "installing from a missing web site succeeded"
grep -q "cannot read the update site ${url}no/such/site" web-missing.err || fail "a missing web site is not named: $(cat web-missing.err)"
closed_port=9 # discard: nothing listens on it
fulcrum plugins install "http://user:s3cret@127.0.0.1:$closed_port/site" "$feature" 2> web-down.err && fail "installing from an unreachable server succeeded"
grep -q "cannot reach http://127.0.0.1:$closed_port" web-down.err || fail "an unreachable server is not named: $(cat web-down.err)"
grep -q "s3cret" web-down.err && fail "the site's password was shown: $(cat web-down.err)"
fulcrum plugins install "$url" "$feature" > install-web.out 2> install-web.err || fail "plugins install from $url failed: $(cat install-web.err)"
grep -q "^installed $feature " install-web.out || fail "plugins install from $url said: $(cat install-web.out)"
fulcrum instruments | grep -q '^coaching-stance ' || fail "the instrument installed from $url is not listed"
fulcrum plugins remove "$feature" | grep -q "^removed $feature " || fail "plugins remove after the web install failed"
kill "$web"; wait "$web" 2> /dev/null || true; trap - EXIT

# --- the rater portal as a newcomer meets it: serve --demo, a link answered over HTTP, pull ---
bash "$here/serve-demo.sh" "$work/fulcrum-as-user" "$work/run"
[ ! -s "$work/run/serve.err" ] || fail "serve --demo wrote to stderr: $(cat "$work/run/serve.err")"

# --- nothing written into the unpacked folder, everything in the user's directories ---
changed=$(find "$work/install" -newer "$work/unpacked" -print)
[ -z "$changed" ] || fail "Fulcrum wrote into its unpacked folder: $changed"
[ "$before" = "$(cd "$fulcrum_home" && find . -printf '%p %s %T@\n' | sort)" ] || fail "the unpacked folder changed"
ls -d "$work/home/.cache/fulcrum/configuration/"*/ > /dev/null 2>&1 || fail "no OSGi configuration in the user's cache"
ls "$work/home/.cache/fulcrum/cds/"*.jsa > /dev/null 2>&1 || fail "no class-data sharing archive in the user's cache"
chmod -R u+w "$work/install"
echo "check-archives: 5 archives match their checksums and contents; the Linux x86_64 one runs read-only from $work/install"
