#!/usr/bin/env bash
# Renders public/icon/icon.svg into the PNGs the manifests name (run by hand after editing the
# SVG; the PNGs are committed). Needs rsvg-convert: apt-get install librsvg2-bin.
#   <size>.png                full-colour icon (store, extensions page, Chrome toolbar)
#   toolbar-dark-<size>.png   dark glyph, no tile: Firefox toolbars with dark text (light themes)
#   toolbar-light-<size>.png  light glyph, no tile: Firefox toolbars with light text (dark themes)
set -euo pipefail
cd "$(dirname "$0")/../public/icon"
command -v rsvg-convert >/dev/null || { echo "rsvg-convert missing: apt-get install librsvg2-bin" >&2; exit 1; }
variant() { # $1 glyph colour → the SVG without its tile, every stroke in that colour
  sed -e 's/fill="#1d4ed8"/fill="none"/' -e "s/#ffffff/$1/g" -e "s/#4ade80/$1/g" icon.svg
}
for size in 16 32 48 128; do
  rsvg-convert -w "$size" -h "$size" icon.svg -o "$size.png"
done
for size in 16 32; do
  variant '#1f2937' | rsvg-convert -w "$size" -h "$size" -o "toolbar-dark-$size.png"
  variant '#f9fafb' | rsvg-convert -w "$size" -h "$size" -o "toolbar-light-$size.png"
done
