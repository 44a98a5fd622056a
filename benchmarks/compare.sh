#!/usr/bin/env bash
# Runs bpf4j and the reference tools side by side on the same inputs and prints one table of ratios.
# The machines are noisy: every row measures both sides in this one run, and only the ratio is read.
#
#   benchmarks/compare.sh                 all rows
#   benchmarks/compare.sh --quick         fewer JMH iterations and runs (a smoke run; wider error)
#   benchmarks/compare.sh ROW...          only these rows (asm decode btf-parse btf-heap btf-struct btf-dump
#                                         verify-corpus verify-straight sys)
#
# The row group `sys` runs compare-sys.sh (readers and map round trips against libbpf; needs root) and folds its
# rows into this table.
#
# Each row prints: what is measured, bpf4j's figure, the reference and its figure, the ratio, and the goal
# the issue sets for it. Later issues add their rows here.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
script=compare.sh
# shellcheck source=rows.sh
. "$root/benchmarks/rows.sh"
work="$root/benchmarks/target/compare"
mkdir -p "$work"
quick=0
rows=()
for a in "$@"; do
    case "$a" in
        --quick) quick=1 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) rows+=("$a") ;;
    esac
done
[ ${#rows[@]} -eq 0 ] && rows=(asm decode btf-parse btf-heap btf-struct btf-dump verify-corpus verify-straight sys)

need gcc "apt-get install gcc"
need python3 "apt-get install python3"

echo "compare.sh: building ..." >&2
(cd "$root" && mvn -B -q -ntp -Dmaven.test.skip=true install -pl benchmarks,cli -am) >&2
bench_jar="$root/benchmarks/target/benchmarks.jar"
# what users run: the launcher (the jar just built, with the JVM options it sets for short commands)
bpf4j=("$root/bpf4j")
runs=3
jmh_args=(-f 1 -wi 3 -w 2 -i 5 -r 2)
if [ $quick = 1 ]; then
    runs=1
    jmh_args=(-f 1 -wi 1 -w 1 -i 2 -r 1)
fi
table="$work/table.tsv"
: > "$table"

# Best of N wall-clock seconds of a command, its output thrown away.
best_of() {
    local n=$1; shift
    python3 - "$n" "$@" <<'PY'
import subprocess, sys, time
n = int(sys.argv[1]); cmd = sys.argv[2:]
best = None
for _ in range(n):
    t = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print(f"{best:.3f}")
PY
}

# The score of one JMH benchmark (regexp), in its own unit.
jmh_score() {
    local name=$1 out="$work/jmh-$2.json"
    java -jar "$bench_jar" "$name" "${jmh_args[@]}" -rf json -rff "$out" >&2
    python3 -c 'import json,sys; r=json.load(open(sys.argv[1])); print("%.3f" % r[0]["primaryMetric"]["score"])' "$out"
}


inputs_1m() {
    [ -f "$work/1m.s" ] && return
    java -cp "$bench_jar" io.github.bpf4j.bench.Workloads 1000000 "$work/1m.bin"
    "${bpf4j[@]}" disasm --style llvm --plain "$work/1m.bin" > "$work/1m.s"
}

row_asm() {
    need llvm-mc-19 "apt-get install llvm-19"
    inputs_1m
    local ours ref
    ours=$(best_of $runs "${bpf4j[@]}" asm "$work/1m.s" -o "$work/1m.out.bin")
    ref=$(best_of $runs llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$work/1m.s" -o "$work/1m.llvm.o")
    row "asm 1M insns, whole process (s)" "$ours" "llvm-mc-19" "$ref" "$(ratio "$ours" "$ref")" "ratio <= 1.0"
}

row_decode() {
    inputs_1m
    gcc -O2 -o "$work/decode_loop" "$root/benchmarks/c/decode_loop.c"
    local ours ref
    ours=$(jmh_score 'DecodeBenchmark.decode$' decode)
    ref=$("$work/decode_loop" "$work/1m.bin" 2>/dev/null)
    row "decode 1M insns (M insns/s)" "$ours" "C loop" "$ref" "$(ratio "$ours" "$ref")" "bpf4j >= 100"
}

row_btf_parse() {
    gcc -O2 -o "$work/btf_parse" "$root/benchmarks/c/btf_parse.c" -lbpf
    local ours ref
    ours=$(jmh_score 'BtfBenchmark.read$' btf-read)
    ref=$("$work/btf_parse" /sys/kernel/btf/vmlinux 100 2>/dev/null)
    row "parse vmlinux BTF (ms)" "$ours" "btf__parse" "$ref" "$(ratio "$ours" "$ref")" "ratio <= 2.0"
}

row_btf_heap() {
    local out heap size
    out=$(java -cp "$bench_jar" io.github.bpf4j.bench.RetainedHeap /sys/kernel/btf/vmlinux)
    heap=${out% *}
    size=${out#* }
    row "retained heap of parsed vmlinux (MiB)" "$(python3 -c "print(f'{$heap/1048576:.1f}')")" "file size" \
        "$(python3 -c "print(f'{$size/1048576:.1f}')")" "$(ratio "$heap" "$size")" "ratio <= 3.0"
}

row_btf_struct() {
    need pahole "apt-get install dwarves"
    local ours ref
    ours=$(best_of $runs "${bpf4j[@]}" btf struct task_struct)
    ref=$(best_of $runs pahole -C task_struct /sys/kernel/btf/vmlinux)
    row "btf struct task_struct, whole process (s)" "$ours" "pahole -C" "$ref" "$(ratio "$ours" "$ref")" "(reported)"
}

row_btf_dump() {
    need bpftool "apt-get install bpftool"
    local ours ref
    ours=$(best_of $runs "${bpf4j[@]}" btf dump --format c)
    ref=$(best_of $runs bpftool btf dump file /sys/kernel/btf/vmlinux format c)
    row "btf dump format c, whole process (s)" "$ours" "bpftool" "$ref" "$(ratio "$ours" "$ref")" "(reported)"
}

# The kernel's own "verification time N usec" (log level 4 times bpf_check alone), summed over the programs of a
# loadlog batch file ("PROG.bin<TAB>options OUT"); the median of $runs loads of the whole batch, in microseconds.
kernel_verify_us() {
    local batch=$1 i out sum sums=()
    "$root/testdata/build-tools.sh" >/dev/null
    for i in $(seq "$runs"); do
        out=$("$root/testdata/build/tools/loadlog" raw --batch --level 4 < "$batch") || {
            echo "$script: loadlog could not load the batch (root or CAP_BPF+CAP_PERFMON needed):" >&2
            echo "$out" | grep -v "	accept\|	reject" >&2 || true
            exit 2
        }
        sum=$(python3 - "$batch" <<'PY'
import re, sys
total = 0
for line in open(sys.argv[1]):
    out = line.rstrip("\n").split()[-1]
    # the line follows the error message, which not every check ends with a newline
    m = re.search(r"verification time (\d+) usec", open(out + ".log").read())
    if not m:
        sys.exit(f"{out}.log: no 'verification time' line")
    total += int(m.group(1))
print(total)
PY
) || exit 2
        sums+=("$sum")
    done
    printf '%s\n' "${sums[@]}" | sort -n | sed -n "$(( (${#sums[@]} + 1) / 2 ))p"
}

# A loadlog batch of every testdata/verifier/corpus program, with the type, attach type and maps of its header
# (as record.sh loads them).
corpus_batch() {
    local batch=$1
    python3 - "$root/testdata/verifier/corpus" "$work/vt" > "$batch" <<'PY'
import os, sys
corpus, out = sys.argv[1], sys.argv[2]
for name in sorted(f[:-2] for f in os.listdir(corpus) if f.endswith(".s")):
    if not os.path.exists(f"{corpus}/{name}.bin"):
        continue
    header = open(f"{corpus}/{name}.s").readline().lstrip("#").strip()
    args = []
    for part in header.split(";"):
        key, _, val = part.partition(":")
        key, val = key.strip(), val.strip()
        if key == "type":
            args += ["--type", val]
        elif key == "attach":
            args += ["--expected-attach-type", val]
        elif key == "attach_btf":
            args += ["--attach-btf-name", val]
        elif key == "maps":
            args += [a for m in val.split(",") if m.strip() for a in ("--map", m.strip())]
    print(f"{corpus}/{name}.bin\t{' '.join(args)} {out}/{name}")
PY
}

row_verify_corpus() {
    local batch="$work/verify-corpus.batch" n ours ref
    corpus_batch "$batch"
    n=$(wc -l < "$batch")
    ref=$(kernel_verify_us "$batch") || exit 2
    ours=$(cd "$root" && jmh_score 'VerifierBenchmark.corpus$' verify-corpus) || exit 2
    row "simulate the verifier corpus, $n programs (us)" "$ours" "kernel 'verification time'" "$ref" \
        "$(ratio "$ours" "$ref")" "<= 3.0"
}

row_verify_straight() {
    local bin="$work/straight.bin" batch="$work/verify-straight.batch" result ours ref
    java -cp "$bench_jar" io.github.bpf4j.bench.VerifierBenchmark 4000 "$bin"
    printf '%s\t--type socket_filter %s\n' "$bin" "$work/vt/straight" > "$batch"
    ref=$(kernel_verify_us "$batch") || exit 2
    result=$(cat "$work/vt/straight.result")
    [ "${result%% *}" = accept ] || { echo "$script: the kernel refuses the straight-line program: $result" >&2; exit 2; }
    ours=$(cd "$root" && jmh_score 'VerifierBenchmark.straight$' verify-straight) || exit 2
    row "simulate a 4,000-insn straight-line program (ms)" "$(python3 -c "print(f'{$ours/1000:.3f}')")" \
        "kernel 'verification time'" "$(python3 -c "print(f'{$ref/1000:.3f}')")" "$(ratio "$ours" "$ref")" "<= 2 ms"
}

row_sys() {
    local args=()
    [ $quick = 1 ] && args=(--quick)
    BPF4J_NO_BUILD=1 "$root/benchmarks/compare-sys.sh" "${args[@]}" >&2
    cat "$root/benchmarks/target/compare-sys/table.tsv" >> "$table"
}

run_rows "${rows[@]}"
print_table
