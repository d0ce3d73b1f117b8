#!/usr/bin/env bash
# Boot-time setup of an instance, called by the stack's user data (installed as /opt/faceclassifier/bin/faceclassifier-boot)
# after it has written /etc/faceclassifier/common.env. Writes the lifecycle watcher's settings, fetches the secrets,
# then enables and starts the services of the role.
# Usage: faceclassifier-boot silo|api AUTO_SCALING_GROUP [SSM_SECRETS_PATH]
set -euo pipefail
role=$1 group=$2 secrets_path=${3:-}
case $role in
  silo) units=(faceclassifier-silo.service) ;;
  api) units=(faceclassifier-api.service nginx.service) ;;
  *) echo "faceclassifier-boot: role must be silo or api, not '$role'" >&2; exit 2 ;;
esac
region=$(sed -n 's/^AWS_REGION=//p' /etc/faceclassifier/common.env)

cat > /etc/faceclassifier/lifecycle.env <<EOF
FACECLASSIFIER_UNIT=${units[0]}
FACECLASSIFIER_GROUP=$group
FACECLASSIFIER_HOOK=drain
AWS_REGION=$region
EOF

# Each parameter under the path becomes VARIABLE=value, named after the parameter's last segment
# (/faceclassifier/Smtp__Password -> Smtp__Password).
: > /etc/faceclassifier/secrets.env
if [[ -n $secrets_path ]]; then
  aws ssm get-parameters-by-path --region "$region" --path "$secrets_path" --with-decryption \
    --query 'Parameters[].[Name,Value]' --output text |
    while IFS=$'\t' read -r name value; do printf '%s=%s\n' "${name##*/}" "$value"; done \
    > /etc/faceclassifier/secrets.env
fi

chown root:faceclassifier /etc/faceclassifier/*.env
chmod 0640 /etc/faceclassifier/*.env
systemctl enable --now faceclassifier-lifecycle.service "${units[@]}"
