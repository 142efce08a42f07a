#!/bin/sh
# Fuzz every target for N minutes (default 10), one after another, at the lowest priority.
#   fuzz/run_all.sh 10
# Each target's log (with libFuzzer's execution count) goes to fuzz/work/<target>.log.
set -u
minutes=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$here/work"
for target in text docx pdf clauses; do
    nice -n 19 python "$here/run.py" "$target" -max_total_time=$((minutes * 60)) -print_final_stats=1 \
        > "$here/work/$target.log" 2>&1
    echo "$target: exit $? $(grep -E 'stat::number_of_executed_units' "$here/work/$target.log")"
done
