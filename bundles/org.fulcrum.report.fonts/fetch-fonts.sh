#!/usr/bin/env bash
# Puts the report fonts Fulcrum ships beyond DejaVu into FOLDER, from pinned npm packages, each file
# checked against its SHA-256. A file already there with the right sum is kept, so a build offline
# works once the fonts (or npm's cache of the packages) are on the machine. Needs npm (Node.js).
# Arguments: the fonts folder, a scratch folder for the packages.
set -euo pipefail
fonts="$1"; scratch="$2"
mkdir -p "$fonts" "$scratch"

# package@version | file in the package | name in the bundle | SHA-256 of the file
entries=(
  "@embedpdf/fonts-sc@1.0.0|package/fonts/NotoSansHans-Regular.otf|NotoSansHans-Regular.otf|7db3c634bbd0301b3082a80ffcac2f422e8ef9ce0730f8b279c3e8f756598f68"
  "@embedpdf/fonts-sc@1.0.0|package/LICENSE|NotoSansHans-LICENSE.txt|"
  "@expo-google-fonts/noto-emoji@0.4.7|package/400Regular/NotoEmoji_400Regular.ttf|NotoEmoji-Regular.ttf|24aaa2a20c9c06ffe9bf04284bfd1f14376a329d10122f902abe2770817eb504"
  "@expo-google-fonts/noto-emoji@0.4.7|package/LICENSE_FONT|NotoEmoji-LICENSE.txt|"
)

sum_ok() { [ -z "$2" ] || [ "$(sha256sum "$1" | cut -d ' ' -f 1)" = "$2" ]; }

for entry in "${entries[@]}"; do
  IFS='|' read -r package member name sha <<<"$entry"
  target="$fonts/$name"
  if [ -s "$target" ] && sum_ok "$target" "$sha"; then
    continue
  fi
  if ! command -v npm > /dev/null 2>&1; then
    echo "fetch-fonts: npm (Node.js) is needed to fetch $package for the report fonts: apt-get install npm" >&2
    exit 1
  fi
  tarball="$scratch/$(echo "$package" | tr '@/' '__').tgz"
  if [ ! -s "$tarball" ]; then
    packed=$(cd "$scratch" && npm pack --prefer-offline --silent "$package" | tail -n 1)
    mv "$scratch/$packed" "$tarball"
  fi
  tar -xzf "$tarball" -C "$scratch" "$member"
  if ! sum_ok "$scratch/$member" "$sha"; then
    echo "fetch-fonts: $package: $member does not have the expected SHA-256 $sha" >&2
    exit 1
  fi
  mv "$scratch/$member" "$target.part" && mv "$target.part" "$target"
done
