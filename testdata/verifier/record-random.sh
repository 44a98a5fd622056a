#!/bin/sh
# Generates seeded random programs and records the live kernel's verdicts for them.
#
#   testdata/verifier/record-random.sh SEED COUNT OUTDIR [--sock]     (root or CAP_BPF+CAP_PERFMON; --sock adds
#   socket lookups, references and struct bpf_sock loads to the generated blocks)
#
# gen_random.py writes OUTDIR/rNNNNN.bin and .meta; one `loadlog raw --batch --level 1` run then writes
# rNNNNN.result and rNNNNN.log beside them. The committed set is testdata/verifier/random (SEED 1, COUNT 400);
# larger measurements use a scratch OUTDIR and RandomAgreementReport.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
seed=$1; count=$2; out=$3
"$here/../build-tools.sh" >/dev/null
python3 "$here/gen_random.py" "$seed" "$count" "$out" ${4:-}
out=$(cd "$out" && pwd)
batch=$(mktemp)
trap 'rm -f "$batch"' EXIT
for meta in "$out"/*.meta; do
  name=$(basename "$meta" .meta)
  args=$(head -n 1 "$meta" | sed -n 's/^# *//p' | tr ';' '\n' | awk '
    { key = $0; sub(/:.*/, "", key); gsub(/ /, "", key); val = $0; sub(/^[^:]*: */, "", val) }
    key == "type"   { printf " --type %s", val }
    key == "maps"   { n = split(val, m, /, */); for (i = 1; i <= n; i++) if (m[i] != "") printf " --map %s", m[i] }')
  printf '%s\t%s %s\n' "$out/$name.bin" "$args" "$out/$name" >> "$batch"
done
"$here/../build/tools/loadlog" raw --batch --level 1 < "$batch" > /dev/null
