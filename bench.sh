#!/usr/bin/env bash
# Benchmarks the face engine on this machine: per-image speed at 1280x720 side by side with the faceref
# reference, descriptors/s at batch 1 and 16, and the wall time to analyse a 60 s 720p video at 2 fps.
# `./bench.sh gallery --descriptors N` times the gallery's exact nearest-person search (64 index shards, batches of 100).
# `./bench.sh accuracy [--data DIR] [--aligner similarity|dlib5|dlib68|box] [--mirror] [--reference faceref.json]` measures
# verification and open-set identification on a labelled folder (default ../shared/data/faces/deepface).
# `./bench.sh detector [photo folder] [video]` compares the 8-bit detector video frames go through with face-api's float
# one: time per pass, faces found by both, box IoU, score and descriptor changes.
# `./bench.sh accuracy ... --video-detector` measures recognition with faces detected as in a video frame (the 8-bit net).
# `./bench.sh service [faceref run.sh]` starts the real service (as run.sh, fresh data folder) and times upload answer →
# completed for 60 s 720p and 1080p videos (first job, warm, four at once), then /api/faces/detect per photo beside faceref.
# Usage: ./bench.sh [engine|video|detector|frames|recognition|gallery|gallery-scoring|service|accuracy ...]   (no argument: engine, then video)
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/scripts/setup.sh"
cd "$root"
bench=(dotnet bench/bin/Release/net10.0/linux-x64/FaceClassifier.Bench.dll)
faceref=${FACEREF:-$root/../shared/tools/faceref/run.sh}
if [[ $* == service && -x $faceref ]]; then
  exec "${bench[@]}" service "$faceref"
fi
if (($#)); then
  exec "${bench[@]}" "$@"
fi
if [[ -x $faceref ]]; then "${bench[@]}" engine 5 "$faceref"; else "${bench[@]}" engine 5; fi
"${bench[@]}" video 60
