#!/bin/sh
# Rebuilds the verifier corpus and records the live kernel's verdicts.
#
#   testdata/verifier/record.sh [NAME...]     (root or CAP_BPF+CAP_PERFMON; default: every corpus/*.s)
#
# For each corpus/NAME.s: assemble with the pinned Debian toolchain (llvm-mc-19, llvm-objcopy-19) into NAME.bin,
# then load every program in one `loadlog raw --batch --level 1` run (testdata/tools, built by
# testdata/build-tools.sh), which writes NAME.result and NAME.log next to the source.
# The header line "# type: T; maps: TYPE:K:V:N[:FLAGS], ...; attach: A; attach_btf: NAME" of each source gives the
# load options (attach_btf: the target in the running kernel's BTF, e.g. the tp_btf event sched_switch, whose
# btf_trace_NAME id loadlog passes as attach_btf_id);
# a map reference in the source is "ld_pseudo rN, 1, INDEX" (src_reg 1, imm = index in the maps list); a map of
# maps is "array_of_maps:4:4:8(inner=array:4:8:1)" (loadlog creates the inner map template first); a kernel symbol
# by BTF id is "ld_pseudo rN, 3, BTF_ID" (an id of the running kernel's BTF, kept as it is).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
corpus="$here/corpus"
"$here/../build-tools.sh" >/dev/null
# What of the machine the verdicts depend on: nr_cpu_ids bounds bpf_get_smp_processor_id().
possible=$(cat /sys/devices/system/cpu/possible)
printf 'release=%s\nnr_cpu_ids=%s\n' "$(uname -r)" "$(( ${possible##*-} + 1 ))" > "$here/kernel.properties"
loadlog="$here/../build/tools/loadlog"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ "$#" -eq 0 ]; then
  set -- $(cd "$corpus" && ls *.s | sed 's/\.s$//')
fi
: > "$tmp/batch"
for name in "$@"; do
  src="$corpus/$name.s"
  llvm-mc-19 -triple bpfel -mcpu=v4 -filetype=obj "$src" -o "$tmp/$name.o"
  llvm-objcopy-19 -O binary --only-section=.text "$tmp/$name.o" "$corpus/$name.bin"
  args=$(head -n 1 "$src" | sed -n 's/^# *//p' | tr ';' '\n' | awk '
    { key = $0; sub(/:.*/, "", key); gsub(/ /, "", key); val = $0; sub(/^[^:]*: */, "", val) }
    key == "type"   { printf " --type %s", val }
    key == "attach" { printf " --expected-attach-type %s", val }
    key == "attach_btf" { printf " --attach-btf-name %s", val }
    key == "maps"   { n = split(val, m, /, */); for (i = 1; i <= n; i++) if (m[i] != "") printf " --map %s", m[i] }')
  printf '%s\t%s %s\n' "$corpus/$name.bin" "$args" "$corpus/$name" >> "$tmp/batch"
done
"$loadlog" raw --batch --level 1 < "$tmp/batch" > "$tmp/out" || {
  rc=$?
  grep -v '	accept\|	reject' "$tmp/out" >&2 || true
  exit "$rc"
}
