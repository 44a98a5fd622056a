#!/usr/bin/env bash
# Builds the C tools under testdata/tools into testdata/build/tools (not committed).
# Fast and idempotent: a tool is recompiled only when its source is newer than the binary.
# Needs gcc and libbpf-dev (Debian: apt-get install gcc libbpf-dev).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/build/tools"
cc="${CC:-gcc}"
if ! command -v "$cc" >/dev/null 2>&1; then
  echo "build-tools.sh: $cc not found (Debian package: gcc)" >&2; exit 1
fi
if [ ! -f /usr/include/bpf/libbpf.h ]; then
  echo "build-tools.sh: /usr/include/bpf/libbpf.h not found (Debian package: libbpf-dev)" >&2; exit 1
fi
mkdir -p "$out"
for src in "$here"/tools/*.c; do
  name="$(basename "$src" .c)"
  bin="$out/$name"
  if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ] || [ "$0" -nt "$bin" ]; then
    # -Wl,--export-dynamic-symbol keeps loadlog's syscall() visible to libbpf.so (see loadlog.c).
    "$cc" -O2 -g -Wall -Wextra -Wno-unused-parameter -std=gnu11 -o "$bin.tmp" "$src" -lbpf \
      -Wl,--export-dynamic-symbol=syscall
    mv -f "$bin.tmp" "$bin"
    echo "built $bin"
  fi
done
