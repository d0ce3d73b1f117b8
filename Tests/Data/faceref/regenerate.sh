#!/usr/bin/env bash
# Regenerates the committed reference values with the independent face-api run (tfjs WASM).
# Tests never run this; they read the JSON it wrote. Run from anywhere:
#   FACEREF=../shared/tools/faceref/run.sh Tests/Data/faceref/regenerate.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
demo=$root/models/node_modules/@vladmandic/face-api/demo
cd "$demo"
"$faceref" --no-self-check --out "$here/demo-samples.json" sample1.jpg sample2.jpg sample3.jpg sample4.jpg sample5.jpg sample6.jpg
