# Sourced by the benchmark scripts: runs a command, prints "seconds peak_rss_mb" (RSS polled every 100 ms,
# children included); the command's output goes to $MEASURE_LOG.
measure() {
  local start end peak=0 pid rss
  start=$(date +%s.%N)
  "$@" > "$MEASURE_LOG" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    rss=$(ps -o rss= --ppid "$pid" -p "$pid" 2>/dev/null | awk '{s+=$1} END {print s+0}')
    [ "$rss" -gt "$peak" ] && peak=$rss
    sleep 0.1
  done
  wait "$pid" || { echo "failed: $*" >&2; tail -20 "$MEASURE_LOG" >&2; exit 1; }
  end=$(date +%s.%N)
  echo "$(awk -v a="$end" -v b="$start" 'BEGIN {printf "%.2f", a - b}') $((peak / 1024))"
}
