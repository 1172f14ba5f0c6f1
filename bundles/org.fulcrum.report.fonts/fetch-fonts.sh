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
  "@expo-google-fonts/noto-sans-math@0.4.2|package/400Regular/NotoSansMath_400Regular.ttf|NotoSansMath-Regular.ttf|b4a1dfdbfa13b4755e5eac20cb25c1d17ed5a745ceb89639595e8cf45a2b1e07"
  "@expo-google-fonts/noto-sans-math@0.4.2|package/LICENSE_FONT|NotoSansMath-LICENSE.txt|"
  "@expo-google-fonts/noto-sans-symbols-2@0.4.1|package/400Regular/NotoSansSymbols2_400Regular.ttf|NotoSansSymbols2-Regular.ttf|f67f40c65f929f029827ab37cfdc4897dfd9ae3c28d9e98ba46e0d52e39eb97e"
  "@expo-google-fonts/noto-sans-symbols-2@0.4.1|package/LICENSE_FONT|NotoSansSymbols2-LICENSE.txt|"
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
