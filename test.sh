#!/usr/bin/env bash
# Runs the whole FaceClassifier test suite after installing what it needs.
# Extra arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Vision".
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
"$root/scripts/setup.sh" --test
cd "$root"
# The apps under test log at Warning, so failures stand out in CI output; override to see more.
export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}
dotnet test Tests/Tests.csproj -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --results-directory "$root/artifacts/test-results" "$@"
