#!/usr/bin/env bash
# Bakes the FaceClassifier machine image in two steps (see deploy/README.md, "Bake the image"):
#
#   deploy/ami/bake.sh stage OUT_DIR
#       On a build machine with this repository, .NET SDK 10 and npm: publishes Silo and Api (Release, linux-x64,
#       framework-dependent), installs the face weights with npm ci (models/package-lock.json), and lays out the
#       image's files under OUT_DIR/root, packed as OUT_DIR/faceclassifier-root.tar.gz.
#
#   sudo deploy/ami/bake.sh install TARBALL
#       On the image builder (Debian 12, root): installs the ASP.NET Core 10 runtime, ffmpeg, libgtk-3-0, nginx,
#       the AWS CLI and curl; creates the faceclassifier user; unpacks the tarball into /; enables the nginx site.
#       The services stay disabled: the stack's user data picks the role (silo or api) and starts it.
#
# deploy/ami/faceclassifier.pkr.hcl runs both steps with Packer.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
prefix=/opt/faceclassifier

stage() {
  local out=$1 root
  mkdir -p "$out"
  out=$(cd "$out" && pwd)
  root=$out/root
  rm -rf "$root"
  mkdir -p "$root$prefix/bin" "$root/etc/systemd/system" "$root/etc/nginx/conf.d"

  for project in Silo Api; do
    local target=${project,,}
    echo "bake: publishing $project" >&2
    dotnet publish "$repo/$project/$project.csproj" -c Release -r linux-x64 --self-contained false \
      --nologo -v quiet -o "$root$prefix/$target"
  done

  echo "bake: installing the face weights with npm ci" >&2
  mkdir -p "$root$prefix/models"
  cp "$repo/models/package.json" "$repo/models/package-lock.json" "$root$prefix/models/"
  npm ci --prefix "$root$prefix/models" --ignore-scripts --no-audit --no-fund --loglevel=error

  install -m 0755 "$here/faceclassifier-boot.sh" "$root$prefix/bin/faceclassifier-boot"
  install -m 0755 "$here/faceclassifier-lifecycle.sh" "$root$prefix/bin/faceclassifier-lifecycle"
  install -m 0644 "$repo"/deploy/systemd/*.service "$root/etc/systemd/system/"
  install -m 0644 "$repo/deploy/nginx/faceclassifier.conf" "$root/etc/nginx/conf.d/faceclassifier.conf"

  tar -C "$root" --owner=0 --group=0 -czf "$out/faceclassifier-root.tar.gz" .
  echo "bake: staged $out/faceclassifier-root.tar.gz" >&2
}

install_image() {
  local tarball=$1
  [[ $(id -u) -eq 0 ]] || { echo "bake: install must run as root" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive

  echo "bake: installing packages" >&2
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends ca-certificates curl ffmpeg libgtk-3-0 nginx awscli >/dev/null
  # The .NET runtime comes from Microsoft's package feed for Debian 12.
  curl -fsSL -o /tmp/packages-microsoft-prod.deb https://packages.microsoft.com/config/debian/12/packages-microsoft-prod.deb
  dpkg -i /tmp/packages-microsoft-prod.deb >/dev/null
  rm /tmp/packages-microsoft-prod.deb
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends aspnetcore-runtime-10.0 >/dev/null

  echo "bake: installing FaceClassifier" >&2
  getent group faceclassifier >/dev/null || groupadd --system faceclassifier
  getent passwd faceclassifier >/dev/null ||
    useradd --system --gid faceclassifier --home-dir /var/lib/faceclassifier --no-create-home --shell /usr/sbin/nologin faceclassifier
  tar -C / --no-same-owner --no-overwrite-dir -xzf "$tarball"
  install -d -m 0750 -o root -g faceclassifier /etc/faceclassifier

  # nginx answers only with FaceClassifier's site; it starts with the api role.
  rm -f /etc/nginx/sites-enabled/default
  nginx -t
  systemctl disable --now nginx.service
  systemctl daemon-reload
  echo "bake: done; the services start from the stack's user data" >&2
}

case ${1:-} in
  stage) stage "${2:?usage: bake.sh stage OUT_DIR}" ;;
  install) install_image "${2:?usage: bake.sh install TARBALL}" ;;
  *) echo "usage: bake.sh stage OUT_DIR | bake.sh install TARBALL" >&2; exit 2 ;;
esac
