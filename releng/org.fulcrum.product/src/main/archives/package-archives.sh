#!/usr/bin/env bash
# Packs each materialized product into the archive people download: for Linux and Windows
# everything under one root folder (NAME/), tar.gz for Linux (keeps bin/fulcrum executable), zip for
# Windows; for macOS Fulcrum.app (the product in Contents/Eclipse, with this folder's Info.plist and
# MacOS/fulcrum), as tar.gz. A SHA-256 file beside each (ARCHIVE.sha256, `sha256sum -c` reads it).
# Arguments: the products folder (<os>/<ws>/<arch> below it), the output folder, NAME, a Java home
# (its jar tool writes the zip: no zip program is needed).
set -euo pipefail
products="$(cd "$1" && pwd)"; out="$2"; name="$3"; java_home="$4"
rm -rf "$out"; mkdir -p "$out"; out="$(cd "$out" && pwd)"
stage="$out/.stage"; mkdir -p "$stage"
macos="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/macos"
trap 'rm -rf "$stage"' EXIT

archive() { # $1 = <os>/<ws>/<arch>, $2 = the platform's name in the file name, $3 = tar.gz or zip
  local product="$products/$1" file="$name-$2.$3"
  [ -d "$product" ] || { echo "package-archives: no product for $1 in $products" >&2; exit 1; }
  rm -rf "${stage:?}"/*
  ln -s "$product" "$stage/$name"
  if [ "$3" = zip ]; then
    (cd "$stage" && "$java_home/bin/jar" --create --no-manifest --file "$out/$file" "$name/")
  else
    tarball "$name" "$out/$file"
  fi
  checksum "$file"
}

app() { # $1 = <os>/<ws>/<arch> of a macOS product (p2 put it into Fulcrum.app/Contents/Eclipse), $2 = the platform's name
  local product="$products/$1/Fulcrum.app" file="$name-$2.tar.gz"
  [ -d "$product/Contents/Eclipse" ] || { echo "package-archives: no Fulcrum.app for $1 in $products" >&2; exit 1; }
  rm -rf "${stage:?}"/*
  mkdir -p "$stage/Fulcrum.app/Contents/MacOS"
  ln -s "$product/Contents/Eclipse" "$stage/Fulcrum.app/Contents/Eclipse"
  cp "$macos/Info.plist" "$stage/Fulcrum.app/Contents/"
  install -m 755 "$macos/MacOS/fulcrum" "$stage/Fulcrum.app/Contents/MacOS/"
  tarball Fulcrum.app "$out/$file"
  checksum "$file"
}

tarball() { # $1 = the folder in the stage, $2 = the archive
  # -h: the stage holds links to the product; owners left out, as they mean nothing elsewhere
  tar -C "$stage" -chf - --owner=0 --group=0 --numeric-owner "$1" | gzip -6 > "$2"
}

checksum() { # $1 = an archive in $out
  (cd "$out" && sha256sum "$1" > "$1.sha256")
  echo "package-archives: $out/$1 ($(du -h "$out/$1" | cut -f 1))"
}

archive linux/gtk/x86_64 linux-x86_64 tar.gz
archive linux/gtk/aarch64 linux-aarch64 tar.gz
archive win32/win32/x86_64 windows-x86_64 zip
app macosx/cocoa/x86_64 macos-x86_64
app macosx/cocoa/aarch64 macos-aarch64
