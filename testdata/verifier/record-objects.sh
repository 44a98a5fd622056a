#!/bin/sh
# Records the live kernel's verdicts for the verifier cases that need the program's BTF (global functions,
# callbacks): every testdata/build/verifier/NAME.o (built by testdata/build.sh from testdata/src/verifier/NAME.c)
# is loaded program by program with `loadlog obj --level 1` (libbpf links and relocates it as it would for a real
# load); loadlog writes the instructions, maps, func_info, verdict and log of each program P into
# testdata/verifier/objects/NAME/P.* (read by ObjectCorpusTest).
#
#   testdata/verifier/record-objects.sh        (root or CAP_BPF+CAP_PERFMON, libbpf-dev, gcc)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
"$here/../build-tools.sh" >/dev/null
loadlog="$here/../build/tools/loadlog"
rm -rf "$here/objects"
mkdir -p "$here/objects"
for obj in "$here"/../build/verifier/*.o; do
  name=$(basename "$obj" .o)
  "$loadlog" obj "$obj" "$here/objects/$name" --level 1 > /dev/null
  # what no test reads: libbpf's own messages
  rm -f "$here/objects/$name"/*.libbpf
done
