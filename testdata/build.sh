#!/usr/bin/env bash
# Rebuilds everything testdata derives from its C sources:
#   build/tools/loadlog          (via build-tools.sh; not committed)
#   build/vmlinux.h              (from /sys/kernel/btf/vmlinux; not committed: large, machine-specific)
#   build/uprobe_target          (gcc -O0 -g; not committed)
#   build/NAME.o, build/NAME.s   (clang-19 -O2 -g -target bpf -mcpu=v3; committed)
#   build/NAME.v4.o, NAME.v4.s   (-mcpu=v4, for the objects in V4_OBJECTS; committed)
#   build/verifier/NAME.o        (src/verifier/NAME.c, the verifier's BTF cases; committed; their kernel verdicts:
#                                 verifier/record-objects.sh)
#   build/btf/NAME.o             (made-up target BTFs from src/btf/NAME.c; committed)
#   captures/NAME/               (loadlog obj on this kernel; committed)
#   captures/NAME@TARGET/        (loadlog obj --no-load --btf build/btf/TARGET.o; committed)
#   build/README.md              (how they were made, and what the kernel said; committed)
#
#   testdata/build.sh               everything (needs root for the captures)
#   testdata/build.sh --tools-only  only the C tools (what CI runs before the Java tests)
#   testdata/build.sh --no-captures objects and .s only (no kernel needed)
#
# Idempotent: every output is rewritten from its inputs. Never edit the outputs by hand.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

tools_only=0
captures=1
for arg in "$@"; do
  case "$arg" in
    --tools-only) tools_only=1 ;;
    --no-captures) captures=0 ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 1 ;;
  esac
done

./build-tools.sh
[ "$tools_only" = 1 ] && exit 0

CLANG=clang-19
OBJDUMP=llvm-objdump-19
need() { # tool, Debian package
  command -v "$1" >/dev/null 2>&1 || { echo "build.sh: $1 not found (Debian package: $2)" >&2; exit 1; }
}
need "$CLANG" clang-19
need "$OBJDUMP" llvm-19
need bpftool bpftool
need gcc gcc
need gzip gzip
clang_version="$("$CLANG" --version | head -1)"
case "$clang_version" in
  *"version 19."*) ;;
  *) echo "build.sh: expected clang 19, found: $clang_version" >&2; exit 1 ;;
esac
[ -r /sys/kernel/btf/vmlinux ] || { echo "build.sh: /sys/kernel/btf/vmlinux missing (kernel built without CONFIG_DEBUG_INFO_BTF)" >&2; exit 1; }

mkdir -p build
bpftool btf dump file /sys/kernel/btf/vmlinux format c > build/vmlinux.h.tmp
mv -f build/vmlinux.h.tmp build/vmlinux.h

# User-space programs that BPF objects attach to.
USER_PROGRAMS="uprobe_target"
# Objects also built for -mcpu=v4 (sign-extending loads, bswap, signed division, gotol).
V4_OBJECTS="execsnoop xdp_counter sockfilter core_signed"

# -fdebug-prefix-map keeps this checkout's absolute path out of DWARF and BTF line info,
# so objects built in another directory are byte-identical.
# .s files larger than this are stored as .s.gz
S_GZIP_ABOVE=$((1024 * 1024))
CFLAGS=(-O2 -g -target bpf -D__TARGET_ARCH_x86 -Ibuild -fdebug-prefix-map="$here"=.
        -Wall -Werror -Wno-unused-variable)

for u in $USER_PROGRAMS; do
  gcc -O0 -g -o "build/$u" "src/$u.c"
done

# start from nothing so that outputs of removed sources do not linger
rm -f build/*.o build/*.s build/*.s.gz
objects=()
captured=()   # objects loadlog is run on: every NAME.o and NAME.v4.o
for src in src/*.c; do
  name="$(basename "$src" .c)"
  case " $USER_PROGRAMS " in *" $name "*) continue ;; esac
  objects+=("$name")
  captured+=("$name")
  "$CLANG" "${CFLAGS[@]}" -mcpu=v3 -c "$src" -o "build/$name.o"
  "$CLANG" "${CFLAGS[@]}" -mcpu=v3 -S "$src" -o "build/$name.s"
  case " $V4_OBJECTS " in
    *" $name "*)
      "$CLANG" "${CFLAGS[@]}" -mcpu=v4 -c "$src" -o "build/$name.v4.o"
      "$CLANG" "${CFLAGS[@]}" -mcpu=v4 -S "$src" -o "build/$name.v4.s"
      captured+=("$name.v4")
      ;;
  esac
  # clang's .s carries the whole DWARF type closure as text: 8+ MB for programs that touch
  # task_struct. Those are kept gzip-compressed (gzip -n: no name or timestamp, so stable).
  for s in "build/$name.s" "build/$name.v4.s"; do
    [ -f "$s" ] || continue
    rm -f "$s.gz"
    if [ "$(stat -c %s "$s")" -gt "$S_GZIP_ABOVE" ]; then
      gzip -9n "$s"
    fi
  done
done
# Verifier cases that need the program's BTF (global functions, callbacks): src/verifier/NAME.c ->
# build/verifier/NAME.o, written against the UAPI <linux/bpf.h>; their kernel verdicts are recorded by
# verifier/record-objects.sh.
rm -rf build/verifier
mkdir -p build/verifier
for src in src/verifier/*.c; do
  "$CLANG" "${CFLAGS[@]}" -I/usr/include/x86_64-linux-gnu -mcpu=v3 -c "$src" \
    -o "build/verifier/$(basename "$src" .c).o"
done
# Made-up target BTFs (src/btf/NAME.c -> build/btf/NAME.o, whose .BTF libbpf reads as a
# btf_custom_path) for CO-RE relocation against kernels other than this one.
rm -rf build/btf
mkdir -p build/btf
for src in src/btf/*.c; do
  "$CLANG" -O2 -g -target bpf -fdebug-prefix-map="$here"=. -c "$src" -o "build/btf/$(basename "$src" .c).o"
done
# object:target pairs captured with `loadlog obj --no-load --btf build/btf/target.o`
CROSS_CAPTURES="core_flavor:old_kernel core_field_exists:old_kernel"

# sanity: the reference tools must read every object
for name in "${captured[@]}"; do
  "$OBJDUMP" -dr "build/$name.o" > /dev/null
  bpftool btf dump file "build/$name.o" > /dev/null
done
echo "built ${#objects[@]} objects"

[ "$captures" = 1 ] || exit 0
if [ "$(id -u)" != 0 ]; then
  echo "build.sh: captures need root (CAP_BPF); rerun as root or pass --no-captures" >&2; exit 1
fi

tools/selftest.sh
rm -rf captures
mkdir -p captures
summary="$(mktemp)"
trap 'rm -f "$summary"' EXIT
for name in "${captured[@]}"; do
  build/tools/loadlog obj "build/$name.o" "captures/$name" --level 2 > /dev/null
  for result in captures/"$name"/*.result; do
    prog="$(basename "$result" .result)"
    section="$(sed -n 's/^section=//p' "captures/$name/$prog.attr")"
    verdict="$(cat "$result")"
    why=""
    case "$verdict" in
      accept*) ;;
      *)
        # the verifier's last complaint, i.e. the last log line before "processed ..." or the
        # last libbpf warning when the kernel said nothing
        if [ -s "captures/$name/$prog.log" ]; then
          why="$(grep -v '^processed \|^verification time\|^stack depth' "captures/$name/$prog.log" | tail -1)"
        else
          why="(empty verifier log) $(grep '^warn: ' "captures/$name/$prog.libbpf" | head -1 | sed 's/^warn: libbpf: //')"
        fi
        ;;
    esac
    printf '| %s.o | %s | %s | %s | %s |\n' "$name" "$prog" "$section" "$verdict" "${why//|/\\|}" >> "$summary"
  done
done

for pair in $CROSS_CAPTURES; do
  name="${pair%%:*}"; target="${pair##*:}"
  build/tools/loadlog obj "build/$name.o" "captures/$name@$target" --no-load --btf "build/btf/$target.o" > /dev/null
  for result in captures/"$name@$target"/*.result; do
    prog="$(basename "$result" .result)"
    section="$(sed -n 's/^section=//p' "captures/$name@$target/$prog.attr")"
    printf '| %s.o against build/btf/%s.o (--no-load) | %s | %s | %s | |\n' "$name" "$target" "$prog" "$section" "$(cat "$result")" >> "$summary"
  done
  captured+=("$name@$target")
done

# CO-RE relocations per object as libbpf resolved them: kinds with counts (per program, so a
# relocation in a subprogram shared by two programs counts twice), and poisoned instructions
# (relocations libbpf could not resolve and replaced by an invalid call).
core_table="$(mktemp)"
trap 'rm -f "$summary" "$core_table"' EXIT
for name in "${captured[@]}"; do
  kinds="$(cat captures/"$name"/*.libbpf | grep -oE "relo #[0-9]+: <[a-z0-9_]+> \[" \
           | sed -E 's/.*<([a-z0-9_]+)>.*/\1/' | sort | uniq -c | awk '{printf "%s %s, ", $2, $1}')"
  poisoned="$(cat captures/"$name"/*.libbpf | grep -c 'substituting insn' || true)"
  if [ -n "$kinds" ]; then
    label="$name.o"
    case "$name" in *@*) label="${name%@*}.o against ${name#*@}" ;; esac
    printf '| %s | %s | %s |\n' "$label" "${kinds%, }" "$poisoned" >> "$core_table"
  fi
done

kernel="$(uname -r)"
{
  cat <<EOF
# testdata/build

Generated by \`testdata/build.sh\`; do not edit (this file included). Rebuild with
\`sudo testdata/build.sh\` (needs clang-19, llvm-19, bpftool, gcc, libbpf-dev, and root for the
kernel captures).

## How the objects were made

- Sources: \`testdata/src/NAME.c\` (our own programs), headers \`build/vmlinux.h\` (generated by
  \`bpftool btf dump file /sys/kernel/btf/vmlinux format c\`, not committed) and libbpf-dev 1.1's
  \`<bpf/bpf_helpers.h>\`, \`<bpf/bpf_core_read.h>\`, \`<bpf/bpf_tracing.h>\`, \`<bpf/bpf_endian.h>\`.
- \`NAME.o\`: \`$CLANG ${CFLAGS[*]/$here/<testdata>} -mcpu=v3 -c src/NAME.c\`
- \`NAME.s\`: the same with \`-S\` (clang's default, verbose output). When the text exceeds
  $S_GZIP_ABOVE bytes (the DWARF of task_struct's type closure makes it ~8 MB) it is stored as
  \`NAME.s.gz\` (\`gzip -9n\`) instead; readers should accept both.
- \`NAME.v4.o\` / \`NAME.v4.s\`: the same with \`-mcpu=v4\`, for: $V4_OBJECTS.
- \`verifier/NAME.o\`: \`src/verifier/NAME.c\` (global functions, callbacks; UAPI headers, so also
  \`-I/usr/include/x86_64-linux-gnu\`) with \`-mcpu=v3\`; their kernel verdicts are recorded by
  \`verifier/record-objects.sh\` into \`verifier/objects/\`, not here.
- \`uprobe_target\` (not committed): \`gcc -O0 -g src/uprobe_target.c\`; \`uprobe_add.o\` attaches to its \`add\`.
- Toolchain: $clang_version; $(bpftool version | head -1); libbpf-dev $(dpkg-query -W -f='${Version}' libbpf-dev 2>/dev/null || echo '?').
- Reproducibility: the build is deterministic for a given checkout path and vmlinux.h, and
  \`-fdebug-prefix-map\` keeps the path out of DWARF. Across different checkout paths, clang 19
  may number a few BTF pointer types differently (seen for core_field_size.o and
  core_type_exists.o: same types, permuted ids), so compare objects by content, not bytes.
- \`NAME.s\` and \`NAME.o\` come from two separate clang runs. Assembled with
  \`llvm-mc-19 -triple bpfel -mcpu=v3 -filetype=obj\`, sockfilter.s reproduces the code, data,
  .BTF.ext and .debug_info sections of sockfilter.o byte for byte, but not .BTF (the same
  ordering effect as above permutes two FWD type ids) nor .debug_line. A test comparing an
  assembler's output should take llvm-mc's assembly of NAME.s as the reference for those.
- Every object was checked with \`llvm-objdump-19 -dr\` and \`bpftool btf dump file\`.

## What the kernel said

\`build/tools/loadlog obj build/NAME.o captures/NAME --level 2\` on Linux $kernel; full captures
(instructions handed to the kernel, verifier logs, attributes, libbpf messages) in
\`testdata/captures/NAME/\`, formats in \`testdata/tools/README.md\`.

| object | program | section | result | why (rejections) |
|---|---|---|---|---|
EOF
  cat "$summary"
  cat <<'EOF'

This kernel has no CONFIG_KPROBES (kprobe programs load but cannot attach) and refuses
fentry/fexit/lsm loads with EPERM and an empty log; the instructions of those programs are
still captured (`loadlog` records the BPF_PROG_LOAD attribute before the kernel answers).

## CO-RE relocations (from libbpf's debug messages in captures/NAME/*.libbpf)

vmlinux.h marks every struct `preserve_access_index`, so even context accesses such as
`skb->len` carry `byte_off` relocations. "poisoned" counts instructions libbpf replaced because
the relocation found no target; each is guarded so that the verifier never reaches it.

| object | kinds (count) | poisoned |
|---|---|---|
EOF
  cat "$core_table"
} > build/README.md
echo "captures written for ${#captured[@]} objects; summary in build/README.md"
