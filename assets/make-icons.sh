#!/usr/bin/env bash
# Renders icon.svg into the PNG sizes the window and installers use (Debian: librsvg2-bin,
# imagemagick, icnsutils). Run after editing icon.svg; the PNGs are committed.
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" icon.svg -o "icon-$s.png"
done
