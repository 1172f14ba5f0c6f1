#!/usr/bin/env bash
# Makes the screenshots in docs/screenshots (README, docs/workbench.md): builds the workbench and
# runs its ScreenshotTour on a fresh Xvfb display (1600x1000), which opens a demo engagement,
# shows the main screens and takes each with ImageMagick's `import -window root`.
# Usage: releng/scripts/screenshots.sh [OUTPUT_FOLDER]   (default: docs/screenshots)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mkdir -p "${1:-$here/docs/screenshots}" && cd "${1:-$here/docs/screenshots}" && pwd)"
modules=releng/org.fulcrum.target,bundles/org.fulcrum.model,bundles/org.fulcrum.model.edit,bundles/org.fulcrum.core
modules=$modules,bundles/org.fulcrum.assessment,bundles/org.fulcrum.assessment.character,bundles/org.fulcrum.coaching
modules=$modules,bundles/org.fulcrum.issues,bundles/org.fulcrum.demo,bundles/org.fulcrum.report
modules=$modules,bundles/org.fulcrum.ui,bundles/org.fulcrum.ui.tests
# No DISPLAY: ./mvnw starts its own Xvfb, so that a desktop's other windows stay out of the pictures.
env -u DISPLAY "$here/mvnw" -B -q verify -pl "$modules" -Dtest=ScreenshotTour -DfailIfNoTests=false \
  -Dfulcrum.screenshots="$out"
ls -l "$out"/*.png
