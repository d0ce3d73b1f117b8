#!/usr/bin/env bash
# Lossless PNG cut-outs of two demo photos and the faceref reference on them. With PNG input the
# reference (pngjs) and the tests (OpenCV) see identical pixels, so landmark differences measure the
# ONNX conversion alone. sample6-crop.png cuts the face box at the bottom edge (clipped crop).
# The *_150.png files are face-api's 150x150 recognition input (its dlib-box chip), rounded to uint8.
# Tests never run this; they read the files it wrote. Run from anywhere:
#   FACEREF=../shared/tools/faceref/run.sh Tests/Data/landmarks/regenerate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
demo=$root/models/node_modules/@vladmandic/face-api/demo
cd "$here"
ffmpeg -v error -y -i "$demo/sample2.jpg" -vf crop=560:440:700:100 -frames:v 1 -pix_fmt rgb24 sample2-crop.png
ffmpeg -v error -y -i "$demo/sample6.jpg" -vf crop=340:250:180:500 -frames:v 1 -pix_fmt rgb24 sample6-crop.png
crops=$(mktemp -d)
trap 'rm -rf "$crops"' EXIT
"$faceref" --no-self-check --save-crops "$crops" --out "$here/png-crops.json" sample2-crop.png sample6-crop.png
cp "$crops"/*_150.png "$here/"
