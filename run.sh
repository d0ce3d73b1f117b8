#!/usr/bin/env bash
# Runs FaceClassifier embedded on one machine: silo + API in one process, local files.
# http://127.0.0.1:8080 unless FACECLASSIFIER_URLS says otherwise; data in FACECLASSIFIER_DATA (./data).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/scripts/setup.sh"
export FACECLASSIFIER_DATA=${FACECLASSIFIER_DATA:-$root/data}
exec dotnet "$root/Api/bin/Release/net10.0/linux-x64/FaceClassifier.Api.dll" \
  --urls "${FACECLASSIFIER_URLS:-http://127.0.0.1:8080}" --contentRoot "$root/Api" "$@"
