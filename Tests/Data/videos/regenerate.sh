#!/usr/bin/env bash
# Runs the independent face-api reference (faceref, SSD, min score 0.3) on frames of the generated
# test videos, to show where faces really are: face-in-out.json and no-faces.json.
# The videos come from the test media cache, so run the tests once first, e.g.
#   dotnet test Tests/Tests.csproj --filter "FullyQualifiedName~TestVideosTests"
# then:  FACEREF=/work/shared/tools/faceref/run.sh Tests/Data/videos/regenerate.sh
# Frames are taken at the times FfmpegFrameSource gives at 2 fps (the first frame at or after each
# half second: 0, 0.52, 1.00, ...), seeking with ffmpeg's accurate -ss.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
media=${TMPDIR:-/tmp}/faceclassifier-test-media
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

frames() { # video name seconds...
  local video=$1 name=$2; shift 2
  for t in "$@"; do
    ffmpeg -v error -ss "$t" -i "$video" -frames:v 1 "$work/${name}_t$t.png"
  done
}

face=$(ls -t "$media"/face-in-out-*.mp4 | head -1)
wall=$(ls -t "$media"/no-faces-*.mp4 | head -1)
frames "$face" face-in-out 0 0.52 1.0 1.52 2.0 2.52 3.0 3.52 4.0 4.52 5.0 5.52
frames "$wall" no-faces 0 0.52 1.0 1.52 2.0 2.52 3.0 3.52

cd "$work"
"$faceref" --no-self-check --min-score 0.3 --out "$here/face-in-out.json" face-in-out_t*.png
"$faceref" --no-self-check --min-score 0.3 --out "$here/no-faces.json" no-faces_t*.png
