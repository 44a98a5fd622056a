#!/usr/bin/env bash
# Regenerates the kernel goldens of bpf4j's disassembler, testdata/disasm/golden/ (never edit them by hand).
#
# Loads programs on the running kernel with verifier log level 2 and keeps, per program P of object O:
#   golden/O/P.insns   the exact instruction bytes the kernel received (little-endian struct bpf_insn array)
#   golden/O/P.log     the instruction lines of the verifier log, "N: (xx) text[ ; state]", verbatim; only the
#                      first line of each instruction index is kept (the kernel prints the same instruction text
#                      every time it visits an index; only the state suffix differs), which keeps the files small
#   golden/O/P.result  loadlog's verdict line
# Programs: every testdata/disasm/src/*.c (compiled with clang-19 -mcpu=v4), every testdata/build/*.o that
# exists (built by the testdata scripts), the raw programs testdata/disasm/src/*.s (assembled with llvm-mc-19,
# loaded with loadlog raw), testdata/disasm/src/arena/*.s (loaded with testdata/disasm/tools/arenaload) and the
# invalid slots of testdata/disasm/src/invalid.txt (each between "r1 = 0" and "r0 = 0; exit", loadlog raw).
# Uses testdata/tools/loadlog (built by testdata/build-tools.sh).
# Needs root (or CAP_BPF + CAP_PERFMON), clang-19, llvm-mc-19, llvm-objcopy-19, gcc, libbpf-dev, bpftool, xxd.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
testdata="$(cd "$here/.." && pwd)"
golden="$here/golden"
"$testdata/build-tools.sh" >/dev/null
loadlog="$testdata/build/tools/loadlog"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
arch_inc="/usr/include/$(uname -m)-linux-gnu"

objs=()
for src in "$here"/src/*.c; do
  o="$work/$(basename "$src" .c).o"
  clang-19 -O2 -g -target bpf -mcpu=v4 -I"$arch_inc" -c "$src" -o "$o"
  objs+=("$o")
done
for o in "$testdata"/build/*.o; do
  [ -e "$o" ] && objs+=("$o")
done

# Keeps the first "N: (xx) ..." (or "N: BUG_xx") line per index N, in log order.
filter_log() {
  awk '/^[0-9]+: (\([0-9a-f][0-9a-f]\) |BUG_)/ { split($0, a, ":"); if (!(a[1] in seen)) { seen[a[1]] = 1; print } }' "$1"
}

rm -rf "$golden"
mkdir -p "$golden"
for o in "${objs[@]}"; do
  name="$(basename "$o" .o)"
  out="$work/cap/$name"
  mkdir -p "$out"
  "$loadlog" obj "$o" "$out" --level 2 >/dev/null || true
  for insns in "$out"/*.insns; do
    [ -e "$insns" ] || continue
    p="$(basename "$insns" .insns)"
    [ -s "$out/$p.log" ] || continue
    if [ -z "$(filter_log "$out/$p.log")" ]; then
      echo "capture.sh: $name/$p skipped, no instruction in its log ($(cat "$out/$p.result"))" >&2
      continue
    fi
    mkdir -p "$golden/$name"
    cp "$insns" "$golden/$name/$p.insns"
    filter_log "$out/$p.log" >"$golden/$name/$p.log"
    cp "$out/$p.result" "$golden/$name/$p.result"
  done
done

for s in "$here"/src/*.s; do
  p="$(basename "$s" .s)"
  llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$s" -o "$work/$p.o"
  llvm-objcopy-19 -O binary --only-section=.text "$work/$p.o" "$work/$p.bin"
  "$loadlog" raw --type socket_filter --level 2 --map array:4:16:1 "$work/$p.bin" "$work/raw/$p" >/dev/null || true
  mkdir -p "$golden/raw"
  cp "$work/$p.bin" "$golden/raw/$p.insns"
  filter_log "$work/raw/$p.log" >"$golden/raw/$p.log"
  cp "$work/raw/$p.result" "$golden/raw/$p.result"
done

# Invalid slots the kernel prints before it rejects them: src/invalid.txt, one program per line.
mkdir -p "$work/invalid"
grep -v '^#' "$here/src/invalid.txt" | while read -r p hex; do
  [ -n "$p" ] || continue
  echo "b7 01 00 00 00 00 00 00 $hex b7 00 00 00 00 00 00 00 95 00 00 00 00 00 00 00" | xxd -r -p >"$work/invalid/$p.bin"
  "$loadlog" raw --type socket_filter --level 2 "$work/invalid/$p.bin" "$work/invalid/$p" >/dev/null || true
  if [ -z "$(filter_log "$work/invalid/$p.log")" ]; then
    echo "capture.sh: invalid/$p skipped, the kernel did not print it: $(grep -v '^func#\|^processed' "$work/invalid/$p.log" | head -1)" >&2
    continue
  fi
  mkdir -p "$golden/invalid"
  cp "$work/invalid/$p.bin" "$golden/invalid/$p.insns"
  filter_log "$work/invalid/$p.log" >"$golden/invalid/$p.log"
  cp "$work/invalid/$p.result" "$golden/invalid/$p.result"
done

# Arena programs need a map loadlog cannot create (map_extra): testdata/disasm/tools/arenaload loads them.
gcc -O2 -Wall -o "$work/arenaload" "$here/tools/arenaload.c"
for s in "$here"/src/arena/*.s; do
  p="$(basename "$s" .s)"
  llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$s" -o "$work/$p.o"
  llvm-objcopy-19 -O binary --only-section=.text "$work/$p.o" "$work/$p.bin"
  mkdir -p "$work/arena" "$golden/arena"
  "$work/arenaload" "$work/$p.bin" "$work/arena/$p"
  cp "$work/$p.bin" "$golden/arena/$p.insns"
  filter_log "$work/arena/$p.log" >"$golden/arena/$p.log"
  cp "$work/arena/$p.result" "$golden/arena/$p.result"
done

# The BTF names of the kernel functions the logs call, so that the test can name them without a kernel:
# "id name" per BTF FUNC id seen in a "call name#id" line (the name is taken from BTF, not from the log).
bpftool btf dump file /sys/kernel/btf/vmlinux >"$work/vmlinux.btf.txt"
cat "$golden"/*/*.log | sed -n 's/^[0-9]*: (85) call [^#]*#\([0-9]*\).*/\1/p' | sort -un | while read -r id; do
  sed -n "s/^\[\($id\)\] FUNC '\([^']*\)'.*/\1 \2/p" "$work/vmlinux.btf.txt"
done >"$golden/kfuncs.txt"

find "$golden" -name '*.log' -size 0 -print | while read -r f; do echo "capture.sh: no instruction lines in $f" >&2; done
echo "goldens: $(find "$golden" -name '*.insns' | wc -l) programs, $(cat "$golden"/*/*.log | wc -l) instruction lines"
