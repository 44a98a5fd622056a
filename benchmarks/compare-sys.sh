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
# load the SAME producer object. Rows print million records/s (best round of the best run) and the ratio
# bpf4j/reference, which the issue wants >= 1.0. Map round trips: lookup + increment + update of one key, million
# round trips/s; the issue wants bpf4j within 2x of C (ratio >= 0.5).
# Same row format as compare.sh (what / bpf4j / reference / ref / ratio / goal).
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
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) rows+=("$a") ;;
    esac
done
[ ${#rows[@]} -eq 0 ] && rows=(ringbuf perfbuf mapops-array mapops-hash)

need gcc "apt-get install gcc"
need clang-19 "apt-get install clang-19"
need python3 "apt-get install python3"
[ -f /usr/include/bpf/libbpf.h ] || { echo "compare-sys.sh: needs libbpf-dev (apt-get install libbpf-dev)" >&2; exit 2; }
[ "$(id -u)" = 0 ] || { echo "compare-sys.sh: run as root (BPF maps, XDP test runs, perf events)" >&2; exit 2; }

runs=3
ring_records=400000; perf_records=200000; perf_pages=4096; reader_rounds=60
map_iters=300000; map_rounds=30
if [ $quick = 1 ]; then
    runs=1; reader_rounds=20; map_iters=100000; map_rounds=10
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

# The best of $runs runs of a command that prints one figure (higher is better).
best() {
    local b=0 v
    for _ in $(seq "$runs"); do
        v=$("$@" 2>/dev/null)
        b=$(python3 -c "import sys; print(max(float(sys.argv[1]), float(sys.argv[2])))" "$b" "$v")
    done
    python3 -c "import sys; print(f'{float(sys.argv[1]):.2f}')" "$b"
}

java_main() { java -cp "$jar" "io.github.bpf4j.bench.$1" "${@:2}"; }

row_ringbuf() {
    local ours ref
    ours=$(best java_main ReaderThroughput ring "$work/ringbuf_producer.o" $ring_records $reader_rounds)
    ref=$(best "$work/ringbuf_consumer" "$work/ringbuf_producer.o" $ring_records $reader_rounds)
    row "ring buffer reader, 64-byte records (M records/s)" "$ours" "ring_buffer__poll" "$ref" \
        "$(ratio "$ours" "$ref")" "ratio >= 1.0"
}

row_perfbuf() {
    local ours ref
    ours=$(best java_main ReaderThroughput perf "$work/perfbuf_producer.o" $perf_records $reader_rounds $perf_pages)
    ref=$(best "$work/perfbuf_consumer" "$work/perfbuf_producer.o" $perf_records $reader_rounds $perf_pages)
    row "perf buffer reader, 64-byte samples (M records/s)" "$ours" "perf_buffer__poll" "$ref" \
        "$(ratio "$ours" "$ref")" "ratio >= 1.0"
}

mapops() {
    local kind=$1 ours ref
    ours=$(best java_main MapOpsRoundTrip "$kind" $map_iters $map_rounds)
    ref=$(best "$work/mapops_roundtrip" "$kind" $map_iters $map_rounds)
    row "$kind map lookup+update round trip (M/s)" "$ours" "bpf_map_lookup/update_elem" "$ref" \
        "$(ratio "$ours" "$ref")" "ratio >= 0.5"
}
row_mapops_array() { mapops array; }
row_mapops_hash() { mapops hash; }

run_rows "${rows[@]}"
print_table
