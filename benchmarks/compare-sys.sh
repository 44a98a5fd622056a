#!/usr/bin/env bash
# The syscall module's rows for compare.sh: bpf4j's ring and perf buffer readers and map round trips against the
# same work done in C with libbpf 1.1, on this machine's kernel. Needs root (or CAP_BPF + CAP_PERFMON + CAP_NET_ADMIN
# for the XDP producer), clang-19 (producer objects), gcc and libbpf-dev (C references).
#
#   benchmarks/compare-sys.sh              all rows
#   benchmarks/compare-sys.sh --quick      fewer rounds and runs (a smoke run; wider error)
#   benchmarks/compare-sys.sh ROW...       only these rows (ringbuf perfbuf mapops-array mapops-hash)
#
# Readers: per round the producer (benchmarks/c/{ringbuf,perfbuf}_producer.bpf.c, XDP, BPF_PROG_TEST_RUN repeat N,
# 8 records of 64 bytes a run) fills the buffer, then the clock runs while the consumer drains it; both consumers
# load the SAME producer object and touch the first 8 bytes of every record through a callback given an address
# (libbpf) or an offset (bpf4j's RecordHandler / SampleHandler) and a size. Map round trips: lookup into a buffer +
# increment + update of one 4-byte key with an 8-byte value, two bpf() calls, no allocation on either side.
# The clock is the consuming thread's CPU time on both sides (the machine may be shared: wall time would include
# other processes' slices). Each row runs bpf4j and the reference alternately, $runs times each; it prints the
# best round of each side, the ratio of the bests (bpf4j/reference; the issue wants >= 1.0 for readers, >= 0.5,
# within 2x, for maps) and the spread of the pairwise ratios. Pairs go to stderr with the load average.
# Same row format as compare.sh (what / bpf4j / reference / ref / ratio / goal). BPF4J_PAIRS=N: N pairs per row
# (5; --quick 2). BPF4J_NO_BUILD=1: use the benchmarks.jar already built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script=compare-sys.sh
# shellcheck source=rows.sh
. "$root/benchmarks/rows.sh"
work="$root/benchmarks/target/compare-sys"
mkdir -p "$work"
quick=0
rows=()
for a in "$@"; do
    case "$a" in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
        *) rows+=("$a") ;;
    esac
done
[ ${#rows[@]} -eq 0 ] && rows=(ringbuf perfbuf mapops-array mapops-hash)

need gcc "apt-get install gcc"
need clang-19 "apt-get install clang-19"
need python3 "apt-get install python3"
[ -f /usr/include/bpf/libbpf.h ] || { echo "compare-sys.sh: needs libbpf-dev (apt-get install libbpf-dev)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "compare-sys.sh: run as root (BPF maps, XDP test runs, perf events)" >&2; exit 2; }

runs=${BPF4J_PAIRS:-5}
ring_records=400000; perf_records=200000; perf_pages=4096; reader_rounds=60; perf_rounds=25
map_iters=100000; map_rounds=20
if [ $quick = 1 ]; then
    runs=${BPF4J_PAIRS:-2}; reader_rounds=20; perf_rounds=10; map_rounds=10
fi

if [ "${BPF4J_NO_BUILD:-0}" != 1 ]; then  # BPF4J_NO_BUILD=1: use the benchmarks.jar already built
    echo "compare-sys.sh: building ..." >&2
    (cd "$root" && mvn -B -q -ntp -Dmaven.test.skip=true install -pl benchmarks -am) >&2
fi
jar="$root/benchmarks/target/benchmarks.jar"
arch_inc="/usr/include/$(gcc -dumpmachine)"
for p in ringbuf perfbuf; do
    clang-19 -O2 -g -target bpf -I"$arch_inc" -c "$root/benchmarks/c/${p}_producer.bpf.c" -o "$work/${p}_producer.o"
done
for c in ringbuf_consumer perfbuf_consumer mapops_roundtrip; do
    gcc -O2 -Wall -o "$work/$c" "$root/benchmarks/c/$c.c" -lbpf
done

table="$work/table.tsv"
: > "$table"

# Runs OURS and REF (two commands, each printing one figure, higher is better) $runs times each, alternating, so
# that a change in the machine's load falls on both sides alike. Sets $ours and $ref to the best figure of each
# and $ratios to "RATIO (MIN-MAX over N pairs)": the ratio of the bests, then the spread of the pairwise ratios.
side_by_side() {
    local -a o=() r=() a=() b=()
    local i x seen=0
    for x in "$@"; do
        if [ "$x" = "|" ]; then seen=1; elif [ $seen = 0 ]; then a+=("$x"); else b+=("$x"); fi
    done
    for i in $(seq "$runs"); do
        o+=("$("${a[@]}" 2>/dev/null)")
        r+=("$("${b[@]}" 2>/dev/null)")
        echo "$script: pair $i: bpf4j ${o[-1]} reference ${r[-1]} (load $(cut -d' ' -f1 /proc/loadavg))" >&2
    done
    read -r ours ref ratios < <(python3 - "${#o[@]}" "${o[@]}" "${r[@]}" <<'PY'
import sys
n = int(sys.argv[1])
o = [float(x) for x in sys.argv[2:2 + n]]
r = [float(x) for x in sys.argv[2 + n:]]
pairs = sorted(a / b for a, b in zip(o, r))
print(f"{max(o):.2f} {max(r):.2f} {max(o) / max(r):.2f} ({pairs[0]:.2f}-{pairs[-1]:.2f} over {n} pairs)")
PY
)
}

java_main() { java -cp "$jar" "io.github.bpf4j.bench.$1" "${@:2}"; }

row_ringbuf() {
    side_by_side java_main ReaderThroughput ring "$work/ringbuf_producer.o" $ring_records $reader_rounds \
        "|" "$work/ringbuf_consumer" "$work/ringbuf_producer.o" $ring_records $reader_rounds
    row "ring buffer reader, 64-byte records (M records/CPU-s)" "$ours" "ring_buffer__poll" "$ref" "$ratios" \
        "ratio >= 1.0"
}

row_perfbuf() {
    side_by_side java_main ReaderThroughput perf "$work/perfbuf_producer.o" $perf_records $perf_rounds $perf_pages \
        "|" "$work/perfbuf_consumer" "$work/perfbuf_producer.o" $perf_records $perf_rounds $perf_pages
    row "perf buffer reader, 64-byte samples (M records/CPU-s)" "$ours" "perf_buffer__poll" "$ref" "$ratios" \
        "ratio >= 1.0"
}

mapops() {
    local kind=$1
    side_by_side java_main MapOpsRoundTrip "$kind" $map_iters $map_rounds \
        "|" "$work/mapops_roundtrip" "$kind" $map_iters $map_rounds
    row "$kind map lookup+update round trip (M/CPU-s)" "$ours" "bpf_map_lookup/update_elem" "$ref" "$ratios" \
        "ratio >= 0.5"
}
row_mapops_array() { mapops array; }
row_mapops_hash() { mapops hash; }

run_rows "${rows[@]}"
print_table
