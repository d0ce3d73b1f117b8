#!/usr/bin/env bash
# Runs the whole FaceClassifier test suite after installing what it needs.
# `--kind K` runs one kind of test (unit, integration, browser, deploy): it becomes --filter "Kind=K", joined
# with any --filter given too. Other arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Vision".
set -euo pipefail
kind=""
filter=""
args=()
while (($#)); do
  case "$1" in
    --kind) kind=${2:?--kind needs unit, integration, browser or deploy}; shift 2 ;;
    --kind=*) kind=${1#--kind=}; shift ;;
    --filter) filter=${2:?--filter needs an expression}; shift 2 ;;
    --filter=*) filter=${1#--filter=}; shift ;;
    *) args+=("$1"); shift ;;
  esac
done
case "$kind" in
  ""|unit|integration|browser|deploy) ;;
  *) echo "test.sh: unknown kind '$kind' (unit, integration, browser, deploy)" >&2; exit 2 ;;
esac
if [[ -n $kind ]]; then
  filter=${filter:+($filter)&}Kind=$kind
fi
if [[ -n $filter ]]; then
  args+=(--filter "$filter")
fi
root=$(cd "$(dirname "$0")" && pwd)
"$root/scripts/setup.sh" --test
cd "$root"
# The apps under test log at Warning, so failures stand out in CI output; override to see more.
export Logging__LogLevel__Default=${Logging__LogLevel__Default:-Warning}
dotnet test Tests/Tests.csproj -c Release --no-build --nologo \
  --logger "console;verbosity=normal" --results-directory "$root/artifacts/test-results" ${args[@]+"${args[@]}"}
