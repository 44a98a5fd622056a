#!/bin/sh
# Measures the simulator's agreement with recorded kernel verdicts.
#
#   testdata/verifier/measure.sh [DIR] [-v] [-log]      (default DIR: the hand-written corpus)
#
# DIR holds NAME.bin with NAME.s or NAME.meta headers and the kernel's NAME.result/NAME.log (record.sh,
# record-random.sh). Prints every disagreement, then: programs, verdict agreement, exact agreement (verdict,
# errno, instruction, message), accepted programs whose processed count is within 10%, processed counts equal,
# level-1 logs equal after masking map addresses. -v also lists processed-count mismatches, -log the logs that
# differ. The btf_* programs are simulated with /sys/kernel/btf/vmlinux when this is the recording kernel
# (kernel.properties release), and skipped (and counted as such) otherwise.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
main=$(cd "$here/../.." && pwd)
(cd "$main" && mvn -B -o -q -pl bpf-verifier-sim test-compile)
m2=${M2_REPO:-$HOME/.m2/repository}
cp=$(ls "$m2"/io/github/bpf4j/bpf-asm/0.1.0-SNAPSHOT/bpf-asm-0.1.0-SNAPSHOT.jar \
        "$m2"/io/github/bpf4j/bpf-btf/0.1.0-SNAPSHOT/bpf-btf-0.1.0-SNAPSHOT.jar \
        "$m2"/io/github/bpf4j/bpf-elf/0.1.0-SNAPSHOT/bpf-elf-0.1.0-SNAPSHOT.jar \
        "$m2"/org/antlr/antlr4-runtime/4.13.2/antlr4-runtime-4.13.2.jar | tr '\n' ':')
dir=""
case "${1:-}" in -*|"") ;; *) dir=$(cd "$1" && pwd); shift ;; esac
exec java ${dir:+-Ddir=$dir} -Dbpf4j.testdata="$main/testdata" \
  -cp "$main/bpf-verifier-sim/target/classes:$main/bpf-verifier-sim/target/test-classes:$cp" \
  io.github.bpf4j.verifier.CorpusReport "$@"
