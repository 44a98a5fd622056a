#!/bin/sh
# Rebuilds the BTF test inputs from layouts.c with the pinned Debian toolchain (clang-19, llvm-objcopy-19).
set -e
cd "$(dirname "$0")"
clang-19 -g -O2 -fdebug-prefix-map="$PWD"=. -target bpf -c layouts.c -o layouts.o
llvm-objcopy-19 --dump-section .BTF=layouts.btf --dump-section .BTF.ext=layouts.btf.ext layouts.o /dev/null
# A big-endian copy of the same types, to read the other byte order.
clang-19 -g -O2 -fdebug-prefix-map="$PWD"=. -target bpfeb -c layouts.c -o layouts-eb.o
llvm-objcopy-19 --dump-section .BTF=layouts-eb.btf --dump-section .BTF.ext=layouts-eb.btf.ext layouts-eb.o /dev/null
rm -f layouts.o layouts-eb.o
# pahole's view of the same structs: the golden file LayoutPrinterTest compares with (dwarves 1.24).
pahole -F btf -C holes,inner,aligned_one,number,packed_one,tagged,anon_t,callback_t,wide_values,u8 layouts.btf > layouts.pahole 2>/dev/null
