#!/bin/bash
# Renders the PNG icons from their SVG sources in resources/icons (Debian package librsvg2-bin).
# The PNGs are committed, so a build needs no SVG renderer; run this after changing an SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}/apps"
    rsvg-convert -w "$size" -h "$size" mailflow.svg -o "hicolor/${size}x${size}/apps/io.github.mailflow.Mailflow.png"
done
for svg in states/*.svg; do
    for size in 16 24 32 48 64; do
        rsvg-convert -w "$size" -h "$size" "$svg" -o "${svg%.svg}-${size}.png"
    done
done
