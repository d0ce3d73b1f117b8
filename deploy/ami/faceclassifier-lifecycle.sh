#!/usr/bin/env bash
# Graceful termination for an Auto Scaling instance, run by faceclassifier-lifecycle.service (installed as
# /opt/faceclassifier/bin/faceclassifier-lifecycle). It polls the instance metadata (IMDSv2) for the group's target
# lifecycle state; once that is "Terminated" (the termination hook holds the instance in Terminating:Wait) it stops
# the FaceClassifier unit, so systemd sends SIGTERM and waits up to the unit's TimeoutStopSec for the drain, and then
# completes the hook with CONTINUE. Settings come from /etc/faceclassifier/lifecycle.env:
#   FACECLASSIFIER_UNIT (faceclassifier-silo.service or faceclassifier-api.service), FACECLASSIFIER_GROUP,
#   FACECLASSIFIER_HOOK, AWS_REGION.
set -euo pipefail

imds=http://169.254.169.254/latest
metadata() {
  local token
  token=$(curl -sf -X PUT -H "X-aws-ec2-metadata-token-ttl-seconds: 60" "$imds/api/token")
  curl -sf -H "X-aws-ec2-metadata-token: $token" "$imds/meta-data/$1"
}

instance=$(metadata instance-id)
echo "watching the lifecycle state of $instance in $FACECLASSIFIER_GROUP"
until [[ $(metadata autoscaling/target-lifecycle-state || true) == Terminated ]]; do
  sleep 5
done

echo "termination requested: stopping $FACECLASSIFIER_UNIT"
started=$SECONDS
systemctl stop "$FACECLASSIFIER_UNIT" || echo "stopping $FACECLASSIFIER_UNIT failed; completing the hook anyway"
echo "$FACECLASSIFIER_UNIT stopped after $((SECONDS - started)) s; completing $FACECLASSIFIER_HOOK"
aws autoscaling complete-lifecycle-action --region "$AWS_REGION" --lifecycle-action-result CONTINUE \
  --instance-id "$instance" --auto-scaling-group-name "$FACECLASSIFIER_GROUP" --lifecycle-hook-name "$FACECLASSIFIER_HOOK"

# Nothing left to do; stay up so Restart=on-failure never repeats the stop while the instance shuts down.
exec sleep infinity
