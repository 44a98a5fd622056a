#!/usr/bin/env bash
# Regenerates matrix.txt: which helper each program type may call, as the running kernel answers.
# Needs root (or CAP_BPF + CAP_PERFMON), gcc, libbpf-dev (for the vmlinux BTF lookup of the tp_btf type) and
# python3. One process, ~24,000 tiny BPF_PROG_LOADs, a few seconds.
#   testdata/verifier/helpers/probe.sh            # rewrite matrix.txt
#   testdata/verifier/helpers/probe.sh --check    # compare with the committed matrix.txt, exit 1 on difference
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../../build/verifier-helpers"
mkdir -p "$out"
if [ ! -x "$out/probe" ] || [ "$here/probe.c" -nt "$out/probe" ]; then
  "${CC:-gcc}" -O2 -Wall -Wextra -std=gnu11 -o "$out/probe" "$here/probe.c" -lbpf
fi
"$out/probe" > "$out/probe.tsv"
{
  echo "# kernel: $(uname -r)"
  python3 "$here/condense.py" < "$out/probe.tsv"
  echo "# write lines: TYPE ID ARG writes|reads FIRST-ERROR - does the helper write through memory argument ARG"
  echo "# (a map value programs may only read is refused with 'write into map forbidden'); see probe.c WRITE_CASES."
  "$out/probe" --writes
} > "$out/matrix.txt"
if [ "${1:-}" = "--check" ]; then
  diff -u "$here/matrix.txt" "$out/matrix.txt"
else
  mv -f "$out/matrix.txt" "$here/matrix.txt"
  echo "wrote $here/matrix.txt ($(grep -c '^type' "$here/matrix.txt") program types)"
fi
