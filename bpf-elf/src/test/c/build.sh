#!/bin/sh
# Rebuilds the test objects of bpf-elf with the pinned Debian toolchain (clang-19, libbpf-dev 1.1).
set -e
cd "$(dirname "$0")"
OUT=../resources/io/github/bpf4j/elf/objects
mkdir -p "$OUT"
INC="-I/usr/include/$(uname -m)-linux-gnu"
for f in linked kconfig legacy optional; do
	clang-19 -O2 -g -target bpf $INC -c $f.c -o "$OUT/$f.o"
done
clang-19 -O2 -g -target bpfeb $INC -c linked.c -o "$OUT/linked_be.o"
