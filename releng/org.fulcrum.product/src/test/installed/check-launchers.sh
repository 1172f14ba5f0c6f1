#!/usr/bin/env bash
# Runs what can be run here of the launchers for other systems.
# macOS: bin/fulcrum and Fulcrum.app's MacOS/fulcrum are shell scripts; the macOS archive is unpacked
# read-only and run on this Linux with a `uname` that answers Darwin, so their macOS branches run
# for real: the Java found, the user's folders under ~/Library, a CLI command from the archive
# (the command line needs no SWT), and the app wrapper opening the workbench with
# -XstartOnFirstThread (a Java that records its arguments stands in: Cocoa's SWT cannot start here).
# Windows: bin/fulcrum.cmd needs cmd.exe; Debian's wine would bring about 670 MB and still no
# Windows Java (docs/install.md), so it is checked statically: CRLF lines, balanced parentheses,
# every `call :label` and `goto :label` defined.
# Arguments: the archives folder, the archives' root folder name, a Java home (21+), a work folder.
set -euo pipefail
archives="$1"; name="$2"; java_home="$3"; work="$4"
fail() { echo "check-launchers: FAILED: $*" >&2; exit 1; }
if [ -d "$work" ]; then chmod -R u+w "$work"; rm -rf "$work"; fi
mkdir -p "$work"; work="$(cd "$work" && pwd)"; archives="$(cd "$archives" && pwd)"

# --- macOS, with a uname that says Darwin ---
mkdir -p "$work/fakebin" "$work/install" "$work/home"
cat > "$work/fakebin/uname" <<'UNAME'
#!/bin/sh
case "${1:-}" in -m) echo arm64 ;; *) echo Darwin ;; esac
UNAME
chmod +x "$work/fakebin/uname"
tar -xzf "$archives/$name-macos-aarch64.tar.gz" -C "$work/install"
app="$work/install/Fulcrum.app"
chmod -R a-w "$work/install"
as_mac() { env -u XDG_CACHE_HOME -u XDG_DATA_HOME -u XDG_CONFIG_HOME -u FULCRUM_CACHE -u FULCRUM_DATA -u FULCRUM_WORKBENCH_STATE \
  -u FULCRUM_JAVA_HOME -u DISPLAY -u WAYLAND_DISPLAY HOME="$work/home" PATH="$work/fakebin:$PATH" "$@"; }
[ "$(as_mac uname -s)" = Darwin ] || fail "the fake uname is not used"
version=$(as_mac JAVA_HOME="$java_home" "$app/Contents/Eclipse/bin/fulcrum" --version) || fail "--version from the macOS archive failed"
as_mac JAVA_HOME="$java_home" "$app/Contents/Eclipse/bin/fulcrum" instruments | grep -q '^character-model ' \
  || fail "instruments from the macOS archive does not list the Character Model"
ls -d "$work/home/Library/Caches/Fulcrum/configuration/"*/ > /dev/null 2>&1 || fail "no OSGi configuration in ~/Library/Caches/Fulcrum"
[ -d "$work/home/Library/Application Support/Fulcrum/dropins" ] || fail "no dropins folder in ~/Library/Application Support/Fulcrum"
[ ! -e "$work/home/.cache" ] && [ ! -e "$work/home/.local" ] || fail "the macOS launcher wrote into the Linux folders ~/.cache or ~/.local"

# a Java that records how it was started, found through FULCRUM_JAVA_HOME by its release file
fake_java() { # $1 = folder, $2 = JAVA_VERSION
  mkdir -p "$1/bin"
  printf 'JAVA_VERSION="%s"\n' "$2" > "$1/release"
  printf '#!/bin/sh\nfor a in "$@"; do printf "%%s\\n" "$a"; done > "%s/args"\n' "$1" > "$1/bin/java"
  chmod +x "$1/bin/java"
}
fake_java "$work/java21" 21.0.5
as_mac FULCRUM_JAVA_HOME="$work/java21" "$app/Contents/MacOS/fulcrum" -psn_0_4711 "$work/engagements" || fail "Fulcrum.app did not start"
args="$work/java21/args"
[ -f "$args" ] || fail "Fulcrum.app did not run the Java of FULCRUM_JAVA_HOME"
for expected in -XstartOnFirstThread "-Dfulcrum.workspace=$work/engagements" -data "$work/home/Library/Application Support/Fulcrum/workbench" \
    "-Dfulcrum.data=$work/home/Library/Application Support/Fulcrum" -jar; do
  grep -qxF -- "$expected" "$args" || fail "Fulcrum.app started Java without $expected: $(tr '\n' ' ' < "$args")"
done
grep -q -- '-psn_' "$args" && fail "Finder's -psn_ argument reached Fulcrum"
grep -q "^-application$" "$args" && fail "Fulcrum.app started the command line instead of the workbench"
[ -d "$work/engagements" ] || fail "Fulcrum.app did not create the engagements folder it was given"
fake_java "$work/java17" 17.0.9
as_mac FULCRUM_JAVA_HOME="$work/java17" "$app/Contents/Eclipse/bin/fulcrum" --version 2> "$work/java17.err" \
  && fail "a Java 17 was accepted"
grep -q "is not a Java 21 or newer" "$work/java17.err" || fail "a Java 17 is not named: $(cat "$work/java17.err")"
[ ! -f "$work/java17/args" ] || fail "the Java 17 was started"
chmod -R u+w "$work/install"

# --- Windows: bin/fulcrum.cmd, statically ---
mkdir -p "$work/windows"
(cd "$work/windows" && "$java_home/bin/jar" xf "$archives/$name-windows-x86_64.zip" "$name/bin/fulcrum.cmd")
cmd_file="$work/windows/$name/bin/fulcrum.cmd"
[ -s "$cmd_file" ] || fail "the Windows archive holds no bin/fulcrum.cmd"
[ "$(grep -c $'\r$' "$cmd_file")" -eq "$(wc -l < "$cmd_file")" ] || fail "bin/fulcrum.cmd has lines without CRLF (cmd.exe misreads labels then)"
text=$(tr -d '\r' < "$cmd_file" | grep -v '^rem ' | grep -vi '^ *rem ')
open=$(tr -cd '(' <<<"$(sed 's/\^(//g; s/"[^"]*"//g' <<<"$text")" | wc -c)
close=$(tr -cd ')' <<<"$(sed 's/\^)//g; s/"[^"]*"//g' <<<"$text")" | wc -c)
[ "$open" -eq "$close" ] || fail "bin/fulcrum.cmd has $open '(' but $close ')' outside quotes"
for label in $(grep -oiE '(call|goto) +:[a-z_]+' <<<"$text" | sed 's/.*://' | sort -u); do
  grep -qiE "^:$label\b" <<<"$text" || fail "bin/fulcrum.cmd calls or jumps to :$label, which it does not define"
done
echo "check-launchers: the macOS launchers ran with uname=Darwin ($version); bin/fulcrum.cmd is well-formed (not run: no cmd.exe)"
