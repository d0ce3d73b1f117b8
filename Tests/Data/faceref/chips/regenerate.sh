#!/usr/bin/env bash
# Regenerates the recognition-net test chips and their reference descriptors with the independent
# face-api run (tfjs WASM). Tests never run this; they read the PNGs and descriptors.json.
#   FACEREF=/work/shared/tools/faceref/run.sh Tests/Data/faceref/chips/regenerate.sh
# 1. face-api's own 150x150 net inputs (_150.png, lossless) for 8 faces from all six demo photos,
#    chosen so that every pair of the 8 is more than 0.6 apart in the reference descriptors.
# 2. Three non-square crops cut with ffmpeg (wide, tall, smaller than 150) for the
#    padToSquare + bilinear-resize path.
# 3. faceref --descriptor-only on all of them -> descriptors.json.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../.." && pwd)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
demo=$root/models/node_modules/@vladmandic/face-api/demo
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$demo"
"$faceref" --no-self-check --save-crops "$work" --out "$work/full.json" \
  sample1.jpg sample2.jpg sample3.jpg sample4.jpg sample5.jpg sample6.jpg >/dev/null
for face in sample1_face2 sample2_face0 sample3_face1 sample4_face2 sample5_face0 \
            sample6_face0 sample6_face1 sample6_face2; do
  cp "$work/${face}_150.png" "$here/"
done

crop() { ffmpeg -loglevel error -y -i "$demo/$1" -vf "format=rgb24,crop=$2" "$here/$3"; }
crop sample5.jpg 251:200:1060:230 rect_wide_251x200.png
crop sample4.jpg 181:220:640:95 rect_tall_181x220.png
crop sample2.jpg 121:140:910:290 rect_small_121x140.png

cd "$here"
"$faceref" --descriptor-only --out descriptors.json ./*_150.png rect_*.png >/dev/null
