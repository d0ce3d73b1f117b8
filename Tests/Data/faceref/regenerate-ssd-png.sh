#!/usr/bin/env bash
# Makes two small PNGs from the demo photos and runs the reference detector on them. PNG decodes to
# the same pixels in OpenCV and pngjs, so the SSD tests can compare boxes and scores to ~1e-4 px.
# The PNGs are committed (another ffmpeg may scale differently); tests never run this. Run from anywhere:
#   FACEREF=../shared/tools/faceref/run.sh Tests/Data/faceref/regenerate-ssd-png.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
demo=$root/models/node_modules/@vladmandic/face-api/demo
cd "$here"
# Landscape (padded at the bottom): sample1 at 640 wide.
ffmpeg -v error -y -i "$demo/sample1.jpg" -vf scale=640:-1:flags=area -pix_fmt rgb24 ssd-landscape.png
# Portrait (padded at the right): the left two people of sample1, 400 wide.
ffmpeg -v error -y -i "$demo/sample1.jpg" -vf crop=800:1280:300:0,scale=400:-1:flags=area -pix_fmt rgb24 ssd-portrait.png
"$faceref" --no-self-check --out "$here/ssd-png.json" ssd-landscape.png ssd-portrait.png
