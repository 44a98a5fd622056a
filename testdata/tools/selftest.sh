#!/usr/bin/env bash
# Smoke test of build/tools/loadlog against the running kernel: one crafted case per verdict
# and per error path. Needs root (CAP_BPF). Usage: testdata/tools/selftest.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$here/build-tools.sh" > /dev/null
loadlog="$here/build/tools/loadlog"
[ "$(id -u)" = 0 ] || { echo "selftest.sh: needs root (CAP_BPF) to load programs" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failures=0
check() { # description, expected, actual
  if [ "$2" = "$3" ]; then echo "ok   $1"; else echo "FAIL $1: expected [$2], got [$3]"; failures=$((failures + 1)); fi
}

# little-endian instructions
R0_2='\xb7\x00\x00\x00\x02\x00\x00\x00'            # r0 = 2
R0_0='\xb7\x00\x00\x00\x00\x00\x00\x00'            # r0 = 0
EXIT='\x95\x00\x00\x00\x00\x00\x00\x00'            # exit
LD_MAP0='\x18\x11\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00'  # r1 = map[0] (src_reg 1)
printf "$R0_2$EXIT" > "$work/ret2.bin"
printf "$EXIT" > "$work/noret.bin"
printf "$LD_MAP0$R0_0$EXIT" > "$work/map.bin"
printf '\x95\x00\x00\x00\x00\x00\x00' > "$work/short.bin"
head -c 64 /dev/zero > "$work/pkt.bin"

"$loadlog" raw --type xdp "$work/ret2.bin" "$work/out/ret2" > /dev/null
check "raw accept" "accept processed=2" "$(cat "$work/out/ret2.result")"
check "raw log ends with processed line" "1" "$(grep -c '^processed 2 insns' "$work/out/ret2.log")"

"$loadlog" raw --type xdp "$work/noret.bin" "$work/out/noret" > /dev/null
check "raw reject" "reject EACCES processed=1" "$(cat "$work/out/noret.result")"
check "raw reject reason in log" "1" "$(grep -c 'R0 !read_ok' "$work/out/noret.log")"

"$loadlog" raw --type socket_filter --map array:4:8:1 "$work/map.bin" "$work/out/map" > /dev/null
check "raw map fd patched" "accept processed=3" "$(cat "$work/out/map.result")"

rc=0; "$loadlog" raw --type socket_filter "$work/map.bin" "$work/out/nomap" > /dev/null || rc=$?
check "raw map index outside list: exit 2" "2" "$rc"
check "raw map index outside list: result" "error insn 0: map index 0 outside --map list of 0" "$(cat "$work/out/nomap.result")"

rc=0; "$loadlog" raw --type xdp "$work/short.bin" "$work/out/short" > /dev/null || rc=$?
check "raw size not multiple of 8" "2" "$rc"

rc=0; "$loadlog" raw --type xdp --bogus "$work/ret2.bin" "$work/out/x" 2> /dev/null || rc=$?
check "unknown option: exit 1" "1" "$rc"

"$loadlog" raw --type xdp --run "$work/pkt.bin" "$work/ret2.bin" "$work/out/run" > /dev/null
check "test run retval" "retval=2" "$(head -1 "$work/out/run.run")"

printf '%s\t--type xdp %s\n%s\t--type socket_filter --map hash:4:4:8 %s\n%s\t--type no_such_type %s\n' \
  "$work/ret2.bin" "$work/b/one" "$work/map.bin" "$work/b/two" "$work/ret2.bin" "$work/b/three" > "$work/batch.txt"
rc=0; "$loadlog" raw --batch < "$work/batch.txt" > /dev/null 2>&1 || rc=$?
check "batch exit 3 on a bad line" "3" "$rc"
check "batch line 1" "accept processed=2" "$(cat "$work/b/one.result")"
check "batch line 2" "accept processed=3" "$(cat "$work/b/two.result")"
check "batch line 3" "error unknown program type no_such_type" "$(cat "$work/b/three.result")"

obj="$here/build/sockfilter.o"
if [ -f "$obj" ]; then
  "$loadlog" obj "$obj" "$work/obj" > /dev/null
  check "obj accept" "accept" "$(cut -d' ' -f1 "$work/obj/filter.result")"
  "$loadlog" obj "$obj" "$work/objnl" --no-load > /dev/null
  check "obj --no-load result" "relocated" "$(cat "$work/objnl/filter.result")"
  check "obj --no-load insns equal loaded insns" "same" \
    "$(cmp -s "$work/obj/filter.insns" "$work/objnl/filter.insns" && echo same || echo different)"
fi
obj="$here/build/fentry_open.o"
if [ -f "$obj" ]; then
  "$loadlog" obj "$obj" "$work/fe" --prog open_fentry > /dev/null
  check "rejected program still has insns" "yes" "$([ -s "$work/fe/open_fentry.insns" ] && echo yes || echo no)"
fi

[ "$failures" = 0 ] && echo "selftest: all passed" || { echo "selftest: $failures failed"; exit 1; }
