#!/usr/bin/env bash
# Renders icon.svg into every icon the window and the installers use, with Debian's tools:
#   icon-<size>.png  the window (loaded from the jar) and the Linux package (jpackage --icon)
#   icon.ico         Windows launcher and MSI (16..256, ImageMagick)
#   icon.icns        macOS app bundle (png2icns from icnsutils)
# Run after editing icon.svg; the outputs are committed so a build needs none of these tools.
set -euo pipefail
cd "$(dirname "$0")"

need() { # need COMMAND DEBIAN-PACKAGE: Debian's own binary, not a stand-in earlier on PATH
    [ -x "/usr/bin/$1" ] && return
    echo "make-icons: installing $2 for $1" >&2
    apt-get install -y -q "$2" >/dev/null || { apt-get update -q >/dev/null && apt-get install -y -q "$2" >/dev/null; }
}
need rsvg-convert librsvg2-bin
need convert imagemagick
need png2icns icnsutils

for s in 16 32 48 64 128 256 512; do
    /usr/bin/rsvg-convert -w "$s" -h "$s" icon.svg -o "icon-$s.png"
done
/usr/bin/convert icon-16.png icon-32.png icon-48.png icon-64.png icon-128.png icon-256.png icon.ico
# png2icns takes only the sizes the format knows (16, 32, 48, 128, 256, 512).
/usr/bin/png2icns icon.icns icon-16.png icon-32.png icon-48.png icon-128.png icon-256.png icon-512.png >/dev/null
echo "make-icons: $(ls icon-*.png icon.ico icon.icns | tr '\n' ' ')"
