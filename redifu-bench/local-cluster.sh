#!/usr/bin/env bash
# Starts or stops the 3-master Redis Cluster that ClusterPageBenchmark reads, on 127.0.0.1.
#   local-cluster.sh start   # prints the REDIFU_CLUSTER_NODES value to export
#   local-cluster.sh stop    # stops the three servers by their own pids
# Ports come from REDIFU_CLUSTER_PORT (default 7101: 7101, 7102, 7103); data is kept in memory only.
set -euo pipefail

base=${REDIFU_CLUSTER_PORT:-7101}
dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/target/local-cluster"
ports=("$base" "$((base + 1))" "$((base + 2))")

case "${1:-}" in
  start)
    mkdir -p "$dir"
    for port in "${ports[@]}"; do
      redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
        --cluster-enabled yes --cluster-config-file "nodes-$port.conf" --dir "$dir" \
        --pidfile "$dir/$port.pid" --logfile "$dir/$port.log"
    done
    for port in "${ports[@]}"; do
      until redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done
    done
    redis-cli --cluster create "${ports[@]/#/127.0.0.1:}" --cluster-replicas 0 --cluster-yes >"$dir/create.log"
    until redis-cli -p "$base" cluster info | grep -q 'cluster_state:ok'; do sleep 0.2; done
    echo "127.0.0.1:$base"
    ;;
  stop)
    for port in "${ports[@]}"; do
      if [ -f "$dir/$port.pid" ]; then
        kill "$(cat "$dir/$port.pid")" 2>/dev/null || true
      fi
    done
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
