#!/usr/bin/env python3
"""Writes the verifier corpus: small programs in LLVM BPF assembly (corpus/NAME.s), each with a header line
"# type: T; maps: TYPE:K:V:N, ...". The programs are our own, written family by family to reach each check of the
verifier with both accepted and rejected variants; the live kernel judges them (record.sh).

    python3 testdata/verifier/make_corpus.py      # rewrites corpus/*.s (never the recorded results)
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
progs = {}


def prog(name, ptype, body, maps=(), attach=None):
    assert name not in progs, name
    head = "# type: %s" % ptype
    if maps:
        head += "; maps: " + ", ".join(maps)
    if attach:
        head += "; attach: " + attach
    lines = [l.strip() for l in body.strip().splitlines()]
    progs[name] = head + "\n" + "\n".join(("\t" + l if not l.endswith(":") else l) for l in lines) + "\n"


def raw(code, dst=0, src=0, off=0, imm=0):
    b = [code, (src << 4) | dst, off & 0xff, (off >> 8) & 0xff] + [(imm >> s) & 0xff for s in (0, 8, 16, 24)]
    return ".byte " + ", ".join("0x%02x" % x for x in b)


HASH = "hash:4:8:16"
ARRAY = "array:4:16:4"
LOOKUP = """r1 = 0
*(u32 *)(r10 - 4) = r1
r2 = r10
r2 += -4
ld_pseudo r1, 1, 0
call 1"""

# --- structure and encoding checks -------------------------------------------------------------------------------
prog("cfg_jump_out_fwd", "socket_filter", "r0 = 0\ngoto +5\nexit")
prog("cfg_jump_out_back", "socket_filter", "r0 = 0\ngoto -3\nexit")
prog("cfg_jump_cond_out", "socket_filter", "r0 = 0\nif r0 == 0 goto +7\nexit")
prog("cfg_last_not_exit", "socket_filter", "r0 = 0\nexit\nr0 = 1")
prog("cfg_last_not_exit_only", "socket_filter", "r0 = 0")
prog("cfg_unreachable", "socket_filter", "r0 = 0\nexit\nr0 = 1\nexit")
prog("cfg_unreachable_after_goto", "socket_filter", "r0 = 0\ngoto +1\nr0 = 1\nexit")
prog("cfg_infinite_loop", "socket_filter", "r0 = 0\nl:\ngoto l\nexit")
prog("cfg_jump_into_ldimm64", "socket_filter", "r0 = 0\nif r0 == 0 goto +1\nr1 = 0x1122334455667788 ll\nexit")
prog("cfg_empty_loop_body", "socket_filter", "r0 = 0\nl:\nif r0 == 0 goto l\nexit")
for code in (0xff, 0x0e, 0x8e, 0xe7, 0xf4, 0x08, 0x20 | 0x01):
    prog("enc_unknown_opcode_%02x" % code, "socket_filter", "r0 = 0\n" + raw(code) + "\nexit")
prog("enc_alu_k_src", "socket_filter", "r0 = 0\n" + raw(0x07, 0, 1, 0, 1) + "\nexit")
prog("enc_alu_x_imm", "socket_filter", "r0 = 0\nr1 = 0\n" + raw(0x0f, 0, 1, 0, 5) + "\nexit")
prog("enc_alu_off", "socket_filter", "r0 = 0\n" + raw(0x07, 0, 0, 3, 1) + "\nexit")
prog("enc_mov_x_imm", "socket_filter", "r1 = 0\n" + raw(0xbf, 0, 1, 0, 7) + "\nexit")
prog("enc_mov_k_src", "socket_filter", raw(0xb7, 0, 2, 0, 7) + "\nexit")
prog("enc_neg_imm", "socket_filter", "r0 = 0\n" + raw(0x87, 0, 0, 0, 1) + "\nexit")
prog("enc_end_bad_imm", "socket_filter", "r0 = 0\n" + raw(0xd4, 0, 0, 0, 8) + "\nexit")
prog("enc_ldx_imm", "socket_filter", "r0 = 0\n" + raw(0x61, 0, 1, 0, 1) + "\nexit")
prog("enc_st_src", "socket_filter", raw(0x62, 10, 1, -8, 0) + "\nr0 = 0\nexit")
prog("enc_stx_imm", "socket_filter", "r0 = 0\n" + raw(0x63, 10, 0, -8, 3) + "\nexit")
prog("enc_jmp_k_src", "socket_filter", "r0 = 0\n" + raw(0x15, 0, 1, 0, 0) + "\nexit")
prog("enc_jmp_x_imm", "socket_filter", "r0 = 0\n" + raw(0x1d, 0, 0, 0, 4) + "\nexit")
prog("enc_ja_src", "socket_filter", "r0 = 0\n" + raw(0x05, 0, 1, 0, 0) + "\nexit")
prog("enc_exit_imm", "socket_filter", "r0 = 0\n" + raw(0x95, 0, 0, 0, 1))
prog("enc_call_dst", "socket_filter", raw(0x85, 1, 0, 0, 5) + "\nexit")
prog("enc_ldimm64_truncated", "socket_filter", "r0 = 0\nexit\n" + raw(0x18, 0, 0, 0, 1))
prog("enc_ldimm64_bad_second", "socket_filter", raw(0x18, 0, 0, 0, 1) + "\n" + raw(0x07, 0, 0, 0, 0) + "\nexit")
prog("enc_ldimm64_bad_src", "socket_filter", raw(0x18, 0, 9, 0, 1) + "\n" + raw(0, 0, 0, 0, 0) + "\nexit")
prog("enc_ldimm64_bad_off", "socket_filter", raw(0x18, 0, 0, 2, 1) + "\n" + raw(0, 0, 0, 0, 0) + "\nexit")
prog("enc_reg_out_of_range_dst", "socket_filter", "r0 = 0\n" + raw(0xb7, 11, 0, 0, 1) + "\nexit")
prog("enc_reg_out_of_range_src", "socket_filter", "r0 = 0\n" + raw(0xbf, 0, 12, 0, 0) + "\nexit")
prog("enc_map_value_hash", "socket_filter", "ld_pseudo r1, 2, 0\nr0 = 0\nexit", maps=[HASH])
prog("enc_map_value_array", "socket_filter", "ld_pseudo r1, 2, 0\nr0 = *(u64 *)(r1 + 8)\nexit", maps=[ARRAY])
prog("enc_map_value_array_oob", "socket_filter", "ld_pseudo r1, 2, 0\nr0 = *(u64 *)(r1 + 16)\nexit", maps=[ARRAY])
prog("enc_ld_abs_dw", "socket_filter", "r6 = r1\n" + raw(0x38, 0, 0, 0, 0) + "\nexit")

# --- registers ---------------------------------------------------------------------------------------------------
for r in range(2, 10):
    prog("reg_uninit_read_r%d" % r, "socket_filter", "r0 = r%d\nexit" % r)
prog("reg_r0_uninit_exit", "socket_filter", "r1 = 0\nexit")
prog("reg_r0_uninit_after_call", "socket_filter", "r0 = 1\nr1 = r0\nexit")
prog("reg_fp_write_mov", "socket_filter", "r10 = 0\nr0 = 0\nexit")
prog("reg_fp_write_add", "socket_filter", "r10 += 8\nr0 = 0\nexit")
prog("reg_fp_load_into", "socket_filter", "r1 = 0\n*(u64 *)(r10 - 8) = r1\nr10 = *(u64 *)(r10 - 8)\nr0 = 0\nexit")
prog("reg_uninit_in_alu", "socket_filter", "r0 = 0\nr0 += r3\nexit")
prog("reg_uninit_dst_alu", "socket_filter", "r4 += 1\nr0 = 0\nexit")
prog("reg_uninit_cmp", "socket_filter", "r0 = 0\nif r5 > 3 goto +1\nexit\nexit")
prog("reg_uninit_store", "socket_filter", "*(u64 *)(r10 - 8) = r7\nr0 = 0\nexit")
prog("reg_callee_clobbered", "socket_filter", "r2 = 1\ncall 7\nr0 = r2\nexit")
prog("reg_callee_saved_kept", "socket_filter", "r6 = 1\ncall 7\nr0 = r6\nexit")

# --- scalar ALU (accepted unless the check says otherwise) -------------------------------------------------------
alu_progs = {
    "add_sub": "r0 = 5\nr0 += 7\nr0 -= 2\nexit",
    "mul_div": "r0 = 6\nr0 *= 7\nr0 /= 3\nexit",
    "mod_and_or": "r0 = 100\nr0 %= 7\nr0 &= 3\nr0 |= 8\nexit",
    "xor_shifts": "r0 = 1\nr0 <<= 10\nr0 >>= 3\nr0 ^= 0xff\nr0 s>>= 1\nexit",
    "alu32": "w0 = -1\nw0 += 2\nw0 *= 3\nw0 >>= 1\nexit",
    "neg": "r0 = 5\nr0 = -r0\nw0 = -w0\nexit",
    "endian": "r0 = 0x1234\nr0 = be16 r0\nr0 = le32 r0\nr0 = bswap64 r0\nexit",
    "movsx": "r1 = 0xff\nr0 = (s8)r1\nw0 = (s16)w1\nr0 = (s32)r1\nexit",
    "sdiv_smod": "r0 = -20\nr0 s/= 3\nr0 s%= 4\nexit",
    "unknown_ops": "r0 = *(u32 *)(r1 + 0)\nr0 *= r0\nr0 /= r0\nr0 <<= 3\nr0 &= 0xffff\nexit",
    "var_shift": "r0 = *(u32 *)(r1 + 0)\nr2 = 1\nr2 <<= r0\nr0 = r2\nexit",
    "div_by_zero_reg": "r0 = 9\nr1 = 0\nr0 /= r1\nexit",
    "mod_by_zero_reg32": "w0 = 9\nw1 = 0\nw0 %= w1\nexit",
    "imm64": "r0 = 0x123456789abcdef0 ll\nr0 >>= 60\nexit",
    "many": "r0 = 1\n" + "r0 += 1\nr0 *= 3\n" * 20 + "exit",
}
for k, v in alu_progs.items():
    prog("alu_" + k, "socket_filter", v)
prog("alu_div_zero_imm", "socket_filter", "r0 = 1\nr0 /= 0\nexit")
prog("alu_mod_zero_imm", "socket_filter", "r0 = 1\nr0 %= 0\nexit")
prog("alu_div_zero_imm32", "socket_filter", "w0 = 1\nw0 /= 0\nexit")
prog("alu_sdiv_zero_imm", "socket_filter", "r0 = 1\nr0 s/= 0\nexit")
for sh, w in ((64, "r0"), (65, "r0"), (32, "w0"), (-1, "r0"), (40, "w0")):
    prog("alu_bad_shift_%s_%d" % (w, sh if sh >= 0 else 99), "socket_filter",
         "%s = 1\n%s <<= %d\nexit" % (w, w, sh) if sh >= 0 else "r0 = 1\n" + raw(0x67, 0, 0, 0, -1) + "\nexit")
prog("alu_bad_arsh_64", "socket_filter", "r0 = 1\nr0 s>>= 64\nexit")
prog("alu_bad_rsh_32", "socket_filter", "w0 = 1\nw0 >>= 32\nexit")

# --- pointer arithmetic ------------------------------------------------------------------------------------------
for op in ("*=", "/=", "%=", "<<=", ">>=", "s>>="):
    tag = {"*=": "mul", "/=": "div", "%=": "mod", "<<=": "lsh", ">>=": "rsh", "s>>=": "arsh"}[op]
    prog("ptr_ctx_" + tag, "socket_filter", "r1 %s 2\nr0 = 0\nexit" % op)
for op in ("&=", "|=", "^="):
    tag = {"&=": "and", "|=": "or", "^=": "xor"}[op]
    prog("ptr_ctx_" + tag, "socket_filter", "r1 %s 2\nr0 = 0\nexit" % op)
prog("ptr_ctx_neg", "socket_filter", "r1 = -r1\nr0 = 0\nexit")
prog("ptr_ctx_bswap", "socket_filter", "r1 = be64 r1\nr0 = 0\nexit")
prog("ptr_ctx_alu32", "socket_filter", "w1 += 4\nr0 = 0\nexit")
prog("ptr_ctx_mov32", "socket_filter", "w2 = w1\nr0 = r2\nexit")
prog("ptr_ctx_movsx", "socket_filter", "r2 = (s32)r1\nr0 = 0\nexit")
prog("ptr_fp_mul", "socket_filter", "r2 = r10\nr2 *= 2\nr0 = 0\nexit")
prog("ptr_fp_and", "socket_filter", "r2 = r10\nr2 &= -8\nr0 = 0\nexit")
prog("ptr_ctx_modified_load", "socket_filter", "r1 += 4\nr0 = *(u32 *)(r1 + 0)\nexit")
prog("ptr_ctx_modified_load_neg", "socket_filter", "r1 += -4\nr0 = *(u32 *)(r1 + 4)\nexit")
prog("ptr_ctx_var_add", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr1 += r2\nr0 = *(u32 *)(r1 + 0)\nexit")
prog("ptr_scalar_minus_ptr", "socket_filter", "r2 = 5\nr2 -= r1\nr0 = 0\nexit")
prog("ptr_plus_ptr", "socket_filter", "r2 = r10\nr1 += r2\nr0 = 0\nexit")
prog("ptr_minus_ptr_ctx", "socket_filter", "r2 = r1\nr2 -= r1\nr0 = r2\nexit")
prog("ptr_minus_ptr_fp", "socket_filter", "r2 = r10\nr2 += -8\nr3 = r10\nr3 -= r2\nr0 = r3\nexit")
prog("ptr_map_ptr_add", "socket_filter", "ld_pseudo r1, 1, 0\nr1 += 8\nr0 = 0\nexit", maps=[HASH])
prog("ptr_map_ptr_load", "socket_filter", "ld_pseudo r1, 1, 0\nr0 = *(u64 *)(r1 + 0)\nexit", maps=[HASH])
prog("ptr_or_null_add", "socket_filter", LOOKUP + "\nr0 += 4\nr0 = 0\nexit", maps=[HASH])
prog("ptr_or_null_add_then_check", "socket_filter", LOOKUP + "\nr0 += 4\nif r0 == 0 goto +0\nr0 = 0\nexit", maps=[HASH])
prog("ptr_fp_large_const", "socket_filter", "r2 = r10\nr2 += 0x40000000\nr0 = 0\nexit")
prog("ptr_fp_large_neg_const", "socket_filter", "r2 = r10\nr2 += -0x20000001\nr0 = 0\nexit")
prog("ptr_fp_unbounded_add", "socket_filter", "r3 = *(u32 *)(r1 + 0)\nr2 = r10\nr2 += r3\nr0 = 0\nexit")
prog("ptr_fp_sub_const", "socket_filter", "r2 = r10\nr2 -= 16\nr1 = 0\n*(u64 *)(r2 + 0) = r1\nr0 = *(u64 *)(r2 + 0)\nexit")
prog("ptr_compare_ok", "socket_filter", "r2 = r10\nr0 = 0\nif r2 == r1 goto +1\nr0 = 1\nexit")
prog("ptr_ctx_const_cmp", "socket_filter", "r0 = 0\nif r1 != 0 goto +1\nr0 = 1\nexit")
prog("ptr_leak_return", "socket_filter", "r0 = r10\nexit")
prog("ptr_leak_return_ctx", "socket_filter", "r0 = r1\nexit")
prog("ptr_store_to_stack_fill", "socket_filter", "*(u64 *)(r10 - 8) = r1\nr2 = *(u64 *)(r10 - 8)\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("ptr_store_partial_fill", "socket_filter", "*(u64 *)(r10 - 8) = r1\nr2 = *(u32 *)(r10 - 8)\nr0 = 0\nexit")
prog("ptr_store_partial_fill_use", "socket_filter", "*(u64 *)(r10 - 8) = r1\nr2 = *(u32 *)(r10 - 8)\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("ptr_spill_32", "socket_filter", "*(u32 *)(r10 - 8) = r1\nr0 = 0\nexit")
prog("ptr_spill_overwrite_byte", "socket_filter", "*(u64 *)(r10 - 8) = r1\nr2 = 0\n*(u8 *)(r10 - 8) = r2\nr3 = *(u64 *)(r10 - 8)\nr0 = *(u32 *)(r3 + 0)\nexit")

# --- stack ------------------------------------------------------------------------------------------------------
for off, size in ((8, "u64"), (4, "u32"), (2, "u16"), (1, "u8"), (512, "u64"), (16, "u32"), (7, "u8")):
    prog("stack_rw_%d_%s" % (off, size), "socket_filter",
         "r1 = 7\n*(%s *)(r10 - %d) = r1\nr0 = *(%s *)(r10 - %d)\nexit" % (size, off, size, off))
for off, size in ((8, "u64"), (4, "u32"), (16, "u8"), (256, "u16")):
    prog("stack_uninit_read_%d_%s" % (off, size), "socket_filter", "r0 = *(%s *)(r10 - %d)\nexit" % (size, off))
prog("stack_partial_init_read", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 8) = r1\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("stack_partial_init_read_hi", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr0 = *(u64 *)(r10 - 8)\nexit")
for off, size in ((0, "u64"), (8, "u64"), (-4, "u64"), (-520, "u64"), (-513, "u8"), (-1, "u16")):
    o = "r10 + %d" % off if off >= 0 else "r10 - %d" % -off
    prog("stack_write_oob_%s_%s" % (str(off).replace("-", "m"), size), "socket_filter",
         "r1 = 0\n*(%s *)(%s) = r1\nr0 = 0\nexit" % (size, o))
for off, size in ((0, "u64"), (-516, "u32"), (8, "u8")):
    o = "r10 + %d" % off if off >= 0 else "r10 - %d" % -off
    prog("stack_read_oob_%s_%s" % (str(off).replace("-", "m"), size), "socket_filter",
         "r0 = *(%s *)(%s)\nexit" % (size, o))
prog("stack_st_imm", "socket_filter", "*(u64 *)(r10 - 8) = 42\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("stack_st_imm_oob", "socket_filter", "*(u32 *)(r10 + 0) = 42\nr0 = 0\nexit")
prog("stack_via_reg", "socket_filter", "r2 = r10\nr2 += -16\nr1 = 3\n*(u64 *)(r2 + 8) = r1\nr0 = *(u64 *)(r2 + 8)\nexit")
prog("stack_via_reg_oob", "socket_filter", "r2 = r10\nr2 += -16\nr1 = 3\n*(u64 *)(r2 + 16) = r1\nr0 = 0\nexit")
prog("stack_var_off_write", "socket_filter",
     "r3 = *(u32 *)(r1 + 0)\nr3 &= 7\nr2 = r10\nr2 += -16\nr2 += r3\nr1 = 0\n*(u8 *)(r2 + 0) = r1\nr0 = 0\nexit")
prog("stack_var_off_read", "socket_filter",
     "r1 = 0\n*(u64 *)(r10 - 16) = r1\n*(u64 *)(r10 - 8) = r1\nr3 = *(u32 *)(r1 + 0)\nr0 = 0\nexit")
prog("stack_var_off_read_uninit", "socket_filter",
     "r3 = *(u32 *)(r1 + 0)\nr3 &= 7\nr2 = r10\nr2 += -16\nr2 += r3\nr0 = *(u8 *)(r2 + 0)\nexit")
prog("stack_var_off_unbounded_write", "socket_filter",
     "r3 = *(u32 *)(r1 + 0)\nr2 = r10\nr2 += -16\nr2 += r3\nr1 = 0\n*(u8 *)(r2 + 0) = r1\nr0 = 0\nexit")
prog("stack_spill_fill_scalar", "socket_filter", "r1 = 77\n*(u64 *)(r10 - 8) = r1\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("stack_zero_byte_read", "socket_filter", "r1 = 0\n*(u64 *)(r10 - 8) = r1\nr0 = *(u8 *)(r10 - 3)\nexit")
prog("stack_many_slots", "socket_filter", "r1 = 1\n" + "".join("*(u64 *)(r10 - %d) = r1\n" % (8 * i) for i in range(1, 20)) + "r0 = *(u64 *)(r10 - 80)\nexit")
prog("stack_atomic_add", "socket_filter", "r1 = 1\n*(u64 *)(r10 - 8) = r1\nlock *(u64 *)(r10 - 8) += r1\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("stack_atomic_uninit", "socket_filter", "r1 = 1\nlock *(u64 *)(r10 - 8) += r1\nr0 = 0\nexit")
prog("stack_atomic_fetch", "socket_filter", "r1 = 1\n*(u64 *)(r10 - 8) = r1\nr1 = atomic_fetch_add((u64 *)(r10 - 8), r1)\nr0 = r1\nexit")
prog("stack_xchg", "socket_filter", "r1 = 1\n*(u32 *)(r10 - 8) = r1\nw1 = xchg32_32(r10 - 8, w1)\nr0 = r1\nexit")
prog("stack_cmpxchg", "socket_filter", "r1 = 1\n*(u64 *)(r10 - 8) = r1\nr0 = 1\nr0 = cmpxchg_64(r10 - 8, r0, r1)\nexit")
prog("stack_cmpxchg_r0_uninit", "socket_filter", "r1 = 1\n*(u64 *)(r10 - 8) = r1\nr0 = cmpxchg_64(r10 - 8, r0, r1)\nexit")
prog("stack_atomic_ptr_operand", "socket_filter", "r2 = 1\n*(u64 *)(r10 - 8) = r2\nlock *(u64 *)(r10 - 8) += r1\nr0 = 0\nexit")

# --- context ----------------------------------------------------------------------------------------------------
def ctx_read(t, name, off, size, write=False, extra="", val="r0"):
    o = "r1 + %d" % off if off >= 0 else "r1 - %d" % -off
    if write:
        body = "r2 = 1\n*(%s *)(%s) = r2\nr0 = 0\n%sexit" % (size, o, extra)
    else:
        body = "%s = *(%s *)(%s)\n%sr0 = 0\nexit" % (val, size, o, extra) if val != "r0" else "r0 = *(%s *)(%s)\n%sexit" % (size, o, extra)
    prog(name, t, body)

for off, size in ((0, "u32"), (4, "u32"), (8, "u32"), (0, "u8"), (0, "u16"), (2, "u16"), (48, "u32"), (16, "u32"),
                  (76, "u32"), (80, "u32"), (1, "u32"), (0, "u64"), (200, "u32"), (-4, "u32"), (140, "u32"),
                  (168, "u64"), (152, "u64"), (92, "u32"), (36, "u32")):
    ctx_read("socket_filter", "ctx_skb_rd_%d_%s" % (off, size) if off >= 0 else "ctx_skb_rd_m%d_%s" % (-off, size),
             off, size, val="r3" if off in (168, 152) else "r0")
for off, size in ((48, "u32"), (8, "u32"), (0, "u32"), (52, "u32"), (48, "u64"), (64, "u32"), (47, "u8")):
    ctx_read("socket_filter", "ctx_skb_wr_%d_%s" % (off, size), off, size, write=True)
for off, size in ((0, "u32"), (4, "u32"), (8, "u32"), (12, "u32"), (16, "u32"), (20, "u32"), (24, "u32"), (0, "u64"),
                  (2, "u16"), (12, "u8")):
    ctx_read("xdp", "ctx_xdp_rd_%d_%s" % (off, size), off, size, val="r2")
ctx_read("xdp", "ctx_xdp_wr_0", 0, "u32", write=True)
ctx_read("xdp", "ctx_xdp_wr_12", 12, "u32", write=True)
for off, size in ((8, "u64"), (16, "u32"), (0, "u64"), (4, "u32"), (12, "u64"), (2040, "u64"), (2048, "u64"),
                  (9, "u8"), (8184, "u64"), (8192, "u64"), (8188, "u64")):
    ctx_read("tracepoint", "ctx_tp_rd_%d_%s" % (off, size), off, size)
ctx_read("tracepoint", "ctx_tp_wr_8", 8, "u64", write=True)
for off, size in ((0, "u64"), (160, "u64"), (168, "u64"), (164, "u32"), (4, "u64"), (80, "u32"), (112, "u8")):
    ctx_read("kprobe", "ctx_kp_rd_%d_%s" % (off, size), off, size)
ctx_read("kprobe", "ctx_kp_wr_0", 0, "u64", write=True)
for off, size in ((0, "u32"), (8, "u32"), (76, "u32"), (80, "u32"), (140, "u32"), (16, "u32")):
    ctx_read("sched_cls", "ctx_cls_rd_%d_%s" % (off, size), off, size, val="r2")
for off, size in ((8, "u32"), (0, "u32"), (32, "u32"), (48, "u32"), (36, "u32"), (16, "u16")):
    ctx_read("sched_cls", "ctx_cls_wr_%d_%s" % (off, size), off, size, write=True)
for off, size in ((0, "u32"), (76, "u32"), (8, "u32")):
    ctx_read("cgroup_skb", "ctx_cgskb_rd_%d_%s" % (off, size), off, size, val="r2", extra="r0 = 1\n")
ctx_read("cgroup_skb", "ctx_cgskb_wr_8", 8, "u32", write=True, extra="r0 = 1\n")
for off, size in ((0, "u64"), (168, "u64"), (176, "u64"), (184, "u64"), (172, "u32")):
    ctx_read("perf_event", "ctx_perf_rd_%d_%s" % (off, size), off, size, val="r2")
prog("ctx_skb_st_imm", "socket_filter", "*(u32 *)(r1 + 48) = 5\nr0 = 0\nexit")
prog("ctx_atomic", "socket_filter", "r2 = 1\nlock *(u32 *)(r1 + 48) += r2\nr0 = 0\nexit")
prog("ctx_store_ptr", "socket_filter", "*(u32 *)(r1 + 48) = r10\nr0 = 0\nexit")
prog("ctx_r1_after_call", "socket_filter", "call 7\nr0 = *(u32 *)(r1 + 0)\nexit")
prog("ctx_saved_after_call", "socket_filter", "r6 = r1\ncall 7\nr0 = *(u32 *)(r6 + 0)\nexit")

# --- map values -------------------------------------------------------------------------------------------------
def map_prog(name, after, maps=(HASH,), ptype="socket_filter", check="if r0 == 0 goto +%d", before=""):
    lines = after.strip().splitlines()
    body = before + LOOKUP + "\n"
    if check:
        body += (check % (len(lines) + 0 if "%d" in check else 0)) + "\n" if "%d" in check else check + "\n"
    body += "\n".join(lines) + "\nr0 = 0\nexit"
    prog(name, ptype, body, maps=list(maps))

map_prog("map_lookup_noop", "", check="")
map_prog("map_null_unchecked_read", "r1 = *(u64 *)(r0 + 0)", check="")
map_prog("map_null_unchecked_write", "r1 = 1\n*(u64 *)(r0 + 0) = r1", check="")
for off, size in ((0, "u64"), (4, "u32"), (7, "u8"), (8, "u8"), (4, "u64"), (6, "u16"), (-1, "u8"), (-8, "u64")):
    o = "r0 + %d" % off if off >= 0 else "r0 - %d" % -off
    map_prog("map_rd_%s_%s" % (str(off).replace("-", "m"), size), "r1 = *(%s *)(%s)" % (size, o))
for off, size in ((0, "u64"), (8, "u32"), (12, "u32"), (14, "u32")):
    map_prog("map_arr_wr_%d_%s" % (off, size), "r1 = 9\n*(%s *)(r0 + %d) = r1" % (size, off), maps=(ARRAY,))
map_prog("map_wr_imm", "*(u32 *)(r0 + 4) = 1")
map_prog("map_null_check_ne", "", check="if r0 != 0 goto +0")
prog("map_null_check_inverted", "socket_filter", LOOKUP + "\nif r0 != 0 goto +2\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_null_check_copy", "socket_filter", LOOKUP + "\nr6 = r0\nif r0 == 0 goto +1\nr1 = *(u64 *)(r6 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_null_check_copy_after", "socket_filter", LOOKUP + "\nif r0 == 0 goto +2\nr6 = r0\nr1 = *(u64 *)(r6 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_ptr_arith_after_check", "socket_filter", LOOKUP + "\nif r0 == 0 goto +2\nr0 += 4\nr1 = *(u32 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_ptr_arith_oob", "socket_filter", LOOKUP + "\nif r0 == 0 goto +2\nr0 += 6\nr1 = *(u32 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_bounded", "socket_filter", LOOKUP + "\nif r0 == 0 goto +5\nr1 = *(u32 *)(r0 + 0)\nr1 &= 7\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_too_big", "socket_filter", LOOKUP + "\nif r0 == 0 goto +5\nr1 = *(u32 *)(r0 + 0)\nr1 &= 15\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_unbounded", "socket_filter", LOOKUP + "\nif r0 == 0 goto +4\nr1 = *(u32 *)(r0 + 0)\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_signed", "socket_filter", LOOKUP + "\nif r0 == 0 goto +5\nr1 = *(u64 *)(r0 + 0)\nif r1 s> 4 goto +3\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_checked_jlt", "socket_filter", LOOKUP + "\nif r0 == 0 goto +5\nr1 = *(u64 *)(r0 + 0)\nif r1 > 7 goto +3\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_var_off_checked_off_by_one", "socket_filter", LOOKUP + "\nif r0 == 0 goto +5\nr1 = *(u64 *)(r0 + 0)\nif r1 > 8 goto +3\nr0 += r1\nr1 = *(u8 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_key_uninit", "socket_filter", "r2 = r10\nr2 += -4\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_key_partly_init", "socket_filter", "r1 = 0\n*(u16 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_key_scalar", "socket_filter", "r2 = 0\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_key_ctx", "socket_filter", "r2 = r1\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_key_stack_oob", "socket_filter", "r2 = r10\nr2 += -2\nr1 = 0\n*(u16 *)(r10 - 2) = r1\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_key_at_fp", "socket_filter", "r2 = r10\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_r1_not_map", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_r1_uninit", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nr1 = r9\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_value_as_key", "socket_filter", LOOKUP + "\nif r0 == 0 goto +4\nr2 = r0\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("map_update_ok", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\n*(u64 *)(r10 - 16) = r1\nr2 = r10\nr2 += -4\nr3 = r10\nr3 += -16\nr4 = 0\nld_pseudo r1, 1, 0\ncall 2\nr0 = 0\nexit", maps=[HASH])
prog("map_update_value_uninit", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nr3 = r10\nr3 += -16\nr4 = 0\nld_pseudo r1, 1, 0\ncall 2\nr0 = 0\nexit", maps=[HASH])
prog("map_update_r4_uninit", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\n*(u64 *)(r10 - 16) = r1\nr2 = r10\nr2 += -4\nr3 = r10\nr3 += -16\nld_pseudo r1, 1, 0\ncall 2\nr0 = 0\nexit", maps=[HASH])
prog("map_delete_ok", "socket_filter", "r1 = 0\n*(u32 *)(r10 - 4) = r1\nr2 = r10\nr2 += -4\nld_pseudo r1, 1, 0\ncall 3\nexit", maps=[HASH])
prog("map_array_lookup", "socket_filter", LOOKUP + "\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 8)\nr0 = 0\nexit", maps=[ARRAY])
prog("map_percpu_lookup", "socket_filter", LOOKUP + "\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit", maps=["percpu_array:4:8:4"])
prog("map_two_maps", "socket_filter", LOOKUP + "\nif r0 == 0 goto +6\nr2 = r10\nr2 += -4\nld_pseudo r1, 1, 1\ncall 1\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 12)\nr0 = 0\nexit", maps=[HASH, ARRAY])
prog("map_two_maps_oob", "socket_filter", LOOKUP + "\nif r0 == 0 goto +6\nr2 = r10\nr2 += -4\nld_pseudo r1, 1, 1\ncall 1\nif r0 == 0 goto +1\nr1 = *(u64 *)(r0 + 12)\nr0 = 0\nexit", maps=[ARRAY, HASH])
prog("map_ringbuf_lookup", "socket_filter", LOOKUP + "\nr0 = 0\nexit", maps=["ringbuf:0:0:4096"])
prog("map_value_return", "socket_filter", LOOKUP + "\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 0)\nexit", maps=[HASH])
prog("map_value_atomic", "socket_filter", LOOKUP + "\nif r0 == 0 goto +2\nr1 = 1\nlock *(u64 *)(r0 + 0) += r1\nr0 = 0\nexit", maps=[HASH])
prog("map_value_store_ptr", "socket_filter", LOOKUP + "\nif r0 == 0 goto +1\n*(u64 *)(r0 + 0) = r10\nr0 = 0\nexit", maps=[HASH])
prog("map_value_after_null_use_r0", "socket_filter", LOOKUP + "\nif r0 == 0 goto +1\ngoto +1\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("map_jeq_nonzero_const", "socket_filter", LOOKUP + "\nif r0 == 1 goto +1\nr1 = *(u64 *)(r0 + 0)\nr0 = 0\nexit", maps=[HASH])

# --- helpers ----------------------------------------------------------------------------------------------------
prog("helper_ktime", "socket_filter", "call 5\nexit")
prog("helper_prandom", "socket_filter", "call 7\nr0 &= 1\nexit")
prog("helper_unknown_id", "socket_filter", "call 9999\nexit")
prog("helper_unknown_id_neg", "socket_filter", raw(0x85, 0, 0, 0, -5) + "\nexit")
prog("helper_pid_tgid_socket", "socket_filter", "call 14\nexit")
prog("helper_pid_tgid_tp", "tracepoint", "call 14\nexit")
prog("helper_uid_gid_kp", "kprobe", "call 15\nexit")
prog("helper_current_task_tp", "tracepoint", "call 35\nr0 = 0\nexit")
prog("helper_comm_ok", "tracepoint", "r1 = r10\nr1 += -16\nr2 = 16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_size_too_big", "tracepoint", "r1 = r10\nr1 += -16\nr2 = 32\ncall 16\nr0 = 0\nexit")
prog("helper_comm_size_zero", "tracepoint", "r1 = r10\nr1 += -16\nr2 = 0\ncall 16\nr0 = 0\nexit")
prog("helper_comm_size_unknown", "tracepoint", "r2 = *(u64 *)(r1 + 8)\nr1 = r10\nr1 += -16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_size_masked", "tracepoint", "r2 = *(u64 *)(r1 + 8)\nr2 &= 15\nr1 = r10\nr1 += -16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_size_negative", "tracepoint", "r2 = *(u64 *)(r1 + 8)\nif r2 s> 16 goto +3\nr1 = r10\nr1 += -16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_buf_scalar", "tracepoint", "r1 = 0\nr2 = 16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_buf_ctx", "tracepoint", "r2 = 16\ncall 16\nr0 = 0\nexit")
prog("helper_comm_socket", "socket_filter", "r1 = r10\nr1 += -16\nr2 = 16\ncall 16\nr0 = 0\nexit")
prog("helper_probe_read_kernel", "kprobe", "r3 = *(u64 *)(r1 + 0)\nr1 = r10\nr1 += -8\nr2 = 8\ncall 113\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("helper_probe_read_kernel_oob", "kprobe", "r3 = *(u64 *)(r1 + 0)\nr1 = r10\nr1 += -8\nr2 = 16\ncall 113\nr0 = 0\nexit")
prog("helper_probe_read_user_str", "kprobe", "r3 = *(u64 *)(r1 + 0)\nr1 = r10\nr1 += -32\nr2 = 32\ncall 114\nr0 = 0\nexit")
prog("helper_probe_read_socket", "socket_filter", "r3 = 0\nr1 = r10\nr1 += -8\nr2 = 8\ncall 113\nr0 = 0\nexit")
prog("helper_probe_read_legacy", "kprobe", "r3 = *(u64 *)(r1 + 0)\nr1 = r10\nr1 += -8\nr2 = 8\ncall 4\nr0 = 0\nexit")
prog("helper_trace_printk", "tracepoint", "r1 = 0x0a6968\n*(u64 *)(r10 - 8) = r1\nr1 = r10\nr1 += -8\nr2 = 8\ncall 6\nr0 = 0\nexit")
prog("helper_trace_printk_uninit", "tracepoint", "r1 = r10\nr1 += -8\nr2 = 8\ncall 6\nr0 = 0\nexit")
prog("helper_perf_output", "tracepoint", "r2 = 0\n*(u64 *)(r10 - 8) = r2\nr4 = r10\nr4 += -8\nr5 = 8\nr3 = 0xffffffff ll\nld_pseudo r2, 1, 0\ncall 25\nr0 = 0\nexit", maps=["perf_event_array:4:4:4"])
prog("helper_perf_output_wrong_map", "tracepoint", "r2 = 0\n*(u64 *)(r10 - 8) = r2\nr4 = r10\nr4 += -8\nr5 = 8\nr3 = 0\nld_pseudo r2, 1, 0\ncall 25\nr0 = 0\nexit", maps=[HASH])
prog("helper_lookup_wrong_map", "socket_filter", LOOKUP + "\nr0 = 0\nexit", maps=["perf_event_array:4:4:4"])
prog("helper_tail_call", "socket_filter", "r2 = 0\nld_pseudo r2, 1, 0\nr3 = 0\ncall 12\nr0 = 0\nexit", maps=["prog_array:4:4:4"])
prog("helper_tail_call_wrong_map", "socket_filter", "ld_pseudo r2, 1, 0\nr3 = 0\ncall 12\nr0 = 0\nexit", maps=[HASH])
prog("helper_skb_load_bytes", "socket_filter", "r2 = 0\nr3 = r10\nr3 += -8\nr4 = 8\ncall 26\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("helper_skb_load_bytes_r1", "socket_filter", "r6 = r1\nr1 = 0\nr2 = 0\nr3 = r10\nr3 += -8\nr4 = 8\ncall 26\nr0 = 0\nexit")
prog("helper_redirect_xdp", "xdp", "r1 = 1\nr2 = 0\ncall 23\nexit")
prog("helper_redirect_socket", "socket_filter", "r1 = 1\nr2 = 0\ncall 23\nexit")
prog("helper_get_smp_id", "socket_filter", "call 8\nexit")
prog("helper_ringbuf_output", "socket_filter", "r2 = 0\n*(u64 *)(r10 - 8) = r2\nr2 = r10\nr2 += -8\nr3 = 8\nr4 = 0\nld_pseudo r1, 1, 0\ncall 130\nr0 = 0\nexit", maps=["ringbuf:0:0:4096"])
prog("helper_ringbuf_output_hash", "socket_filter", "r2 = 0\n*(u64 *)(r10 - 8) = r2\nr2 = r10\nr2 += -8\nr3 = 8\nr4 = 0\nld_pseudo r1, 1, 0\ncall 130\nr0 = 0\nexit", maps=[HASH])
prog("helper_args_uninit_r2", "socket_filter", "ld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=[HASH])
prog("helper_loop_ok", "socket_filter", "r1 = 4\nld_pseudo r2, 4, 6\nr3 = 0\nr4 = 0\ncall 181\nr0 = 0\nexit\nr0 = 0\nexit")
# helpers the type's get_func_proto does not offer, among those the simulator has no prototype for: refused by
# name before any argument is looked at
ZERO_ARGS = "r1 = 0\nr2 = 0\nr3 = 0\nr4 = 0\nr5 = 0\n"
for name, ptype, helper in [("bind", "socket_filter", 64), ("skb_store_bytes", "tracepoint", 9),
                            ("override_return", "xdp", 58), ("xdp_adjust_head", "sched_cls", 44),
                            ("get_stackid", "cgroup_skb", 27), ("msg_redirect_map", "kprobe", 60)]:
    prog("helper_unoffered_%s_%s" % (name, ptype), ptype, ZERO_ARGS + "call %d\nr0 = 0\nexit" % helper)

# --- ring buffer references --------------------------------------------------------------------------------------
RB = ["ringbuf:0:0:4096"]
RES = "ld_pseudo r1, 1, 0\nr2 = 8\nr3 = 0\ncall 131"
prog("rb_reserve_submit", "socket_filter", RES + "\nif r0 == 0 goto +4\nr1 = 5\n*(u64 *)(r0 + 0) = r1\nr1 = r0\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_reserve_discard", "socket_filter", RES + "\nif r0 == 0 goto +3\nr1 = r0\nr2 = 0\ncall 133\nr0 = 0\nexit", maps=RB)
prog("rb_reserve_leak", "socket_filter", RES + "\nr0 = 0\nexit", maps=RB)
prog("rb_reserve_leak_checked", "socket_filter", RES + "\nif r0 == 0 goto +1\nr0 = 0\nr0 = 0\nexit", maps=RB)
prog("rb_submit_unchecked", "socket_filter", RES + "\nr1 = r0\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_write_oob", "socket_filter", RES + "\nif r0 == 0 goto +4\nr1 = 5\n*(u64 *)(r0 + 8) = r1\nr1 = r0\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_size_unknown", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nld_pseudo r1, 1, 0\nr3 = 0\ncall 131\nif r0 == 0 goto +3\nr1 = r0\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_wrong_map", "socket_filter", RES + "\nr0 = 0\nexit", maps=[HASH])
prog("rb_double_submit", "socket_filter", RES + "\nif r0 == 0 goto +6\nr6 = r0\nr1 = r0\nr2 = 0\ncall 132\nr1 = r6\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_submit_stack", "socket_filter", "r1 = r10\nr1 += -8\nr2 = 0\ncall 132\nr0 = 0\nexit", maps=RB)
prog("rb_use_after_submit", "socket_filter", RES + "\nif r0 == 0 goto +5\nr6 = r0\nr1 = r0\nr2 = 0\ncall 132\nr1 = *(u64 *)(r6 + 0)\nr0 = 0\nexit", maps=RB)
prog("rb_reserve_flags_nonzero", "socket_filter", "ld_pseudo r1, 1, 0\nr2 = 8\nr3 = 1\ncall 131\nif r0 == 0 goto +3\nr1 = r0\nr2 = 0\ncall 133\nr0 = 0\nexit", maps=RB)

# --- packets ----------------------------------------------------------------------------------------------------
XDP_PKT = "r2 = *(u32 *)(r1 + 0)\nr3 = *(u32 *)(r1 + 4)"
for n, chk, acc, ok in (("ok", 8, "r0 = *(u64 *)(r2 + 0)", 1), ("nocheck", None, "r0 = *(u8 *)(r2 + 0)", 0),
                        ("short", 4, "r0 = *(u64 *)(r2 + 0)", 0), ("edge", 8, "r0 = *(u8 *)(r2 + 7)", 1),
                        ("past", 8, "r0 = *(u8 *)(r2 + 8)", 0), ("neg", 8, "r0 = *(u8 *)(r2 - 1)", 0),
                        ("write", 4, "*(u32 *)(r2 + 0) = 1\nr0 = 0", 1), ("write_past", 4, "*(u32 *)(r2 + 2) = 1\nr0 = 0", 0)):
    body = XDP_PKT + "\n"
    if chk is not None:
        body += "r4 = r2\nr4 += %d\nif r4 > r3 goto +%d\n" % (chk, len(acc.splitlines()) + 1)
    body += acc + "\nexit\nr0 = 1\nexit" if chk is not None else acc + "\nexit"
    prog("pkt_xdp_" + n, "xdp", body)
prog("pkt_xdp_check_lt", "xdp", XDP_PKT + "\nr4 = r2\nr4 += 4\nr0 = 1\nif r3 < r4 goto +1\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("pkt_xdp_check_ge_wrongway", "xdp", XDP_PKT + "\nr4 = r2\nr4 += 4\nr0 = 1\nif r4 <= r3 goto +1\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("pkt_xdp_var_off", "xdp", XDP_PKT + "\nr4 = *(u8 *)(r2 + 0)\nr0 = 1\nexit")
prog("pkt_xdp_var_off_checked", "xdp", XDP_PKT + "\nr4 = r2\nr4 += 1\nr0 = 1\nif r4 > r3 goto +8\nr5 = *(u8 *)(r2 + 0)\nr5 &= 15\nr2 += r5\nr4 = r2\nr4 += 2\nif r4 > r3 goto +1\nr0 = *(u16 *)(r2 + 0)\nexit")
prog("pkt_xdp_end_arith", "xdp", XDP_PKT + "\nr3 += 4\nr0 = 1\nexit")
prog("pkt_xdp_end_read", "xdp", XDP_PKT + "\nr0 = *(u8 *)(r3 + 0)\nexit")
prog("pkt_xdp_meta", "xdp", "r2 = *(u32 *)(r1 + 8)\nr3 = *(u32 *)(r1 + 0)\nr4 = r2\nr4 += 4\nr0 = 1\nif r4 > r3 goto +1\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("pkt_xdp_meta_nocheck", "xdp", "r2 = *(u32 *)(r1 + 8)\nr0 = *(u32 *)(r2 + 0)\nexit")
prog("pkt_cls_read", "sched_cls", "r2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 80)\nr4 = r2\nr4 += 14\nr0 = 0\nif r4 > r3 goto +1\nr0 = *(u16 *)(r2 + 12)\nexit")
prog("pkt_cls_write", "sched_cls", "r2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 80)\nr4 = r2\nr4 += 14\nr0 = 0\nif r4 > r3 goto +1\n*(u16 *)(r2 + 12) = 0\nexit")
prog("pkt_cls_nocheck", "sched_cls", "r2 = *(u32 *)(r1 + 76)\nr0 = *(u16 *)(r2 + 12)\nexit")
prog("pkt_cgskb_write", "cgroup_skb", "r2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 80)\nr4 = r2\nr4 += 14\nr0 = 1\nif r4 > r3 goto +1\n*(u16 *)(r2 + 12) = 0\nexit")
prog("pkt_cgskb_read", "cgroup_skb", "r2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 80)\nr4 = r2\nr4 += 14\nr0 = 1\nif r4 > r3 goto +2\nr0 = *(u16 *)(r2 + 12)\nr0 &= 1\nexit")
prog("pkt_ptr_alu32", "xdp", XDP_PKT + "\nw2 += 1\nr0 = 1\nexit")
prog("pkt_ptr_sub_end", "xdp", XDP_PKT + "\nr3 -= r2\nr0 = r3\nexit")
prog("pkt_ld_abs", "socket_filter", "r6 = r1\nr0 = *(u8 *)skb[12]\nexit")
prog("pkt_ld_ind", "socket_filter", "r6 = r1\nr7 = 2\n" + raw(0x48, 0, 7, 0, 12) + "\nexit")
prog("pkt_ld_abs_xdp", "xdp", "r6 = r1\nr0 = *(u8 *)skb[12]\nexit")
prog("pkt_ld_abs_no_r6", "socket_filter", "r6 = 0\nr0 = *(u8 *)skb[12]\nexit")
prog("pkt_ld_abs_clobbers", "socket_filter", "r6 = r1\nr2 = 1\nr0 = *(u8 *)skb[12]\nr0 = r2\nexit")

# --- exit and return values --------------------------------------------------------------------------------------
for v in (0, 1, 2, 3, -1):
    prog("ret_cgskb_%s" % str(v).replace("-", "m"), "cgroup_skb", "r0 = %d\nexit" % v)
prog("ret_cgskb_unknown", "cgroup_skb", "r0 = *(u32 *)(r1 + 0)\nexit")
prog("ret_cgskb_masked", "cgroup_skb", "r0 = *(u32 *)(r1 + 0)\nr0 &= 1\nexit")
prog("ret_cgskb_ptr", "cgroup_skb", "r0 = r1\nexit")
prog("ret_cgskb_32bit", "cgroup_skb", "r0 = 0x100000000 ll\nexit")
prog("ret_cgskb_branch", "cgroup_skb", "r0 = *(u32 *)(r1 + 0)\nif r0 > 1 goto +1\nexit\nr0 = 2\nexit")
prog("ret_cgskb_egress_2", "cgroup_skb", "r0 = 2\nexit", attach="cgroup_inet_egress")
prog("ret_cgskb_egress_4", "cgroup_skb", "r0 = 4\nexit", attach="cgroup_inet_egress")
prog("ret_cgsock_2", "cgroup_sock", "r0 = 2\nexit", attach="cgroup_inet_sock_create")
prog("ret_cgsock_1", "cgroup_sock", "r0 = 1\nexit", attach="cgroup_inet_sock_create")
prog("ret_xdp_any", "xdp", "r0 = 12345\nexit")
prog("ret_tp_ptr", "tracepoint", "r0 = r10\nexit")
prog("ret_kprobe_neg", "kprobe", "r0 = -1\nexit")
prog("ret_cls_unknown", "sched_cls", "r0 = *(u32 *)(r1 + 0)\nexit")
prog("ret_socket_map_value", "socket_filter", LOOKUP + "\nexit", maps=[HASH])
prog("ret_cgdev_2", "cgroup_device", "r0 = 2\nexit")

# --- branches and state pruning -----------------------------------------------------------------------------------
prog("br_dead_branch", "socket_filter", "r0 = 0\nif r0 == 1 goto +1\nexit\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("br_live_branch_bad", "socket_filter", "r0 = *(u32 *)(r1 + 0)\nif r0 == 1 goto +1\nexit\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("br_diamond", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr0 = 0\nif r2 > 10 goto +2\nr0 = 1\ngoto +1\nr0 = 2\nr0 += 1\nexit")
prog("br_diamond_chain", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr0 = 0\n" + "".join(
    "if r2 > %d goto +1\nr0 += 1\n" % i for i in range(8)) + "exit")
prog("br_diamond_chain_const", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr0 = 0\n" + "".join(
    "if r2 > %d goto +1\nr3 = %d\n" % (i, i) for i in range(8)) + "exit")
prog("br_jset", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr0 = 0\nif r2 & 4 goto +1\nr0 = 1\nexit")
prog("br_jmp32", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr0 = 0\nif w2 s> 5 goto +1\nr0 = 1\nexit")
prog("br_signed_refine", "socket_filter", LOOKUP + "\nif r0 == 0 goto +6\nr1 = *(u64 *)(r0 + 0)\nif r1 s< 0 goto +4\nif r1 s> 4 goto +3\nr0 += r1\nr1 = *(u32 *)(r0 + 0)\nr0 = 0\nr0 = 0\nexit", maps=[HASH])
prog("br_refine_from_both", "socket_filter", LOOKUP + "\nif r0 == 0 goto +6\nr1 = *(u64 *)(r0 + 0)\nr2 = 4\nif r1 > r2 goto +3\nr0 += r1\nr1 = *(u32 *)(r0 + 0)\nr0 = 0\nr0 = 0\nexit", maps=[HASH])
prog("br_both_unreachable_paths", "socket_filter", "r0 = 3\nif r0 > 2 goto +1\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("br_loop_bounded", "socket_filter", "r0 = 0\nr1 = 10\nl:\nr0 += r1\nr1 -= 1\nif r1 != 0 goto l\nexit")
prog("br_loop_bounded_100", "socket_filter", "r0 = 0\nr1 = 0\nl:\nr0 += 2\nr1 += 1\nif r1 < 100 goto l\nexit")
prog("br_loop_unknown_count", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr2 &= 15\nr0 = 0\nl:\nr0 += 1\nr2 -= 1\nif r2 s> 0 goto l\nexit")
prog("br_loop_stack_bad", "socket_filter", "r0 = 0\nr1 = 4\nl:\nr1 -= 1\nif r1 != 0 goto l\nr0 = *(u64 *)(r10 - 8)\nexit")
prog("br_ptr_null_twice", "socket_filter", LOOKUP + "\nr6 = r0\nif r6 == 0 goto +3\nr1 = *(u64 *)(r6 + 0)\nif r6 == 0 goto +1\nr1 = *(u64 *)(r6 + 0)\nr0 = 0\nexit", maps=[HASH])
prog("br_may_goto", "socket_filter", "r0 = 0\nl:\nr0 += 1\nmay_goto +1\ngoto l\nexit")
prog("br_prune_same_paths", "socket_filter", "r2 = *(u32 *)(r1 + 0)\nr3 = *(u32 *)(r1 + 4)\nr0 = 0\nif r2 == 0 goto +1\nr4 = 1\nif r3 == 0 goto +1\nr5 = 1\nexit")

# --- bpf-to-bpf calls ---------------------------------------------------------------------------------------------
prog("sub_simple", "socket_filter", "r1 = 1\ncall f\nexit\nf:\nr0 = r1\nr0 += 1\nexit")
prog("sub_r1_ctx_passed", "socket_filter", "call f\nexit\nf:\nr0 = *(u32 *)(r1 + 0)\nexit")
prog("sub_uninit_arg", "socket_filter", "call f\nexit\nf:\nr0 = r2\nexit")
prog("sub_r0_uninit", "socket_filter", "r1 = 1\ncall f\nexit\nf:\nexit")
prog("sub_caller_stack", "socket_filter", "r1 = 5\n*(u64 *)(r10 - 8) = r1\nr1 = r10\nr1 += -8\ncall f\nexit\nf:\nr0 = *(u64 *)(r1 + 0)\nexit")
prog("sub_caller_stack_uninit", "socket_filter", "r1 = r10\nr1 += -8\ncall f\nexit\nf:\nr0 = *(u64 *)(r1 + 0)\nexit")
prog("sub_callee_saved", "socket_filter", "r6 = 3\nr1 = 1\ncall f\nr0 += r6\nexit\nf:\nr6 = 9\nr0 = r6\nexit")
prog("sub_clobbers_args", "socket_filter", "r1 = 1\nr2 = 2\ncall f\nr0 = r2\nexit\nf:\nr0 = 1\nexit")
depth = 9
body = "r1 = 1\ncall f1\nexit\n"
for i in range(1, depth):
    body += "f%d:\nr1 = 1\ncall f%d\nexit\n" % (i, i + 1)
body += "f%d:\nr0 = 0\nexit" % depth
prog("sub_too_deep", "socket_filter", body)
body = "call f1\nexit\n"
for i in range(1, 8):
    body += "f%d:\ncall f%d\nexit\n" % (i, i + 1)
body += "f8:\nr0 = 0\nexit"
prog("sub_depth_8", "socket_filter", body)
prog("sub_recursive", "socket_filter", "call f\nexit\nf:\ncall f\nexit")
prog("sub_stack_too_big", "socket_filter", "r1 = 0\n*(u64 *)(r10 - 512) = r1\ncall f\nexit\nf:\nr1 = 0\n*(u64 *)(r10 - 512) = r1\nr0 = 0\nexit")
prog("sub_stack_ok", "socket_filter", "r1 = 0\n*(u64 *)(r10 - 256) = r1\ncall f\nexit\nf:\nr1 = 0\n*(u64 *)(r10 - 256) = r1\nr0 = 0\nexit")
prog("sub_call_out_of_range", "socket_filter", raw(0x85, 0, 1, 0, 40) + "\nexit")
prog("sub_call_into_middle_fallthrough", "socket_filter", "r0 = 0\ncall f\nf:\nr0 = 1\nexit")
prog("sub_returns_stack_ptr", "socket_filter", "call f\nr0 = *(u64 *)(r0 + 0)\nexit\nf:\nr0 = r10\nr0 += -8\nexit")
prog("sub_jump_across", "socket_filter", "r0 = 0\nif r0 == 0 goto +2\ncall f\nexit\nexit\nf:\nr0 = 1\nexit")
prog("sub_two_calls", "socket_filter", "r1 = 1\ncall f\nr1 = r0\ncall f\nexit\nf:\nr0 = r1\nr0 *= 3\nexit")
prog("sub_map_in_callee", "socket_filter", "call f\nr0 = 0\nexit\nf:\n" + LOOKUP + "\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 0)\nexit", maps=[HASH])
prog("sub_callee_map_nocheck", "socket_filter", "call f\nr0 = 0\nexit\nf:\n" + LOOKUP + "\nr0 = *(u64 *)(r0 + 0)\nexit", maps=[HASH])


# --- found by the random generator: quirks the simulator must share ------------------------------------------------
prog("quirk_tp_ctx_negative_off", "tracepoint", "r0 = *(u64 *)(r1 - 8)\nr0 = 0\nexit")
prog("quirk_tp_ctx_negative_off_u32", "tracepoint", "r0 = *(u32 *)(r1 - 4)\nr0 = 0\nexit")
prog("quirk_kp_ctx_negative_off", "kprobe", "r0 = *(u64 *)(r1 - 8)\nr0 = 0\nexit")
prog("quirk_smp_id_bounds", "socket_filter", "call 8\nr1 = r10\nr1 += -16\nr1 += r0\nr2 = 0\n*(u8 *)(r1 + 0) = r2\nr0 = 0\nexit")
prog("quirk_smp_id_ptr_oob", "socket_filter", "call 8\nr7 = -39\nw7 -= w0\nr7 <<= r6\nr0 = 0\nexit")
prog("quirk_smp_id_ctx_math", "socket_filter", "r6 = r1\ncall 8\nr7 = -39\nw7 -= w0\nr7 += r6\nr0 = 0\nexit")
prog("quirk_same_reg_cmp32", "socket_filter", "r7 = *(u32 *)(r1 + 0)\nw7 -= 5\nr0 = 0\nif w7 s>= w7 goto +1\nr0 = 1\nexit")
prog("quirk_ldabs_with_ref", "socket_filter", "r6 = r1\nld_pseudo r1, 1, 0\nr2 = 8\nr3 = 0\ncall 131\nr7 = r0\nr0 = *(u8 *)skb[1]\nr0 = 0\nexit", maps=["ringbuf:0:0:4096"])
prog("quirk_subprog_exit_with_ref", "socket_filter", "call f\nr0 = 0\nexit\nf:\nld_pseudo r1, 1, 0\nr2 = 8\nr3 = 0\ncall 131\nr0 = 0\nexit", maps=["ringbuf:0:0:4096"])
prog("quirk_jne_tnum_overlap", "socket_filter", "r8 = *(u32 *)(r1 + 0)\nr8 |= 1\nif r8 != 0xfe goto +1\nr0 = *(u64 *)(r10 + 8)\nr0 = 0\nexit")
prog("quirk_jeq_tnum_overlap", "socket_filter", "r8 = *(u32 *)(r1 + 0)\nr8 |= 1\nif r8 == 0xfe goto +2\nr0 = 0\nexit\nr0 = *(u64 *)(r10 + 8)\nexit")
prog("quirk_jeq_tnum_overlap_32", "socket_filter", "r8 = *(u32 *)(r1 + 0)\nw8 |= 2\nif w8 == 0x1 goto +2\nr0 = 0\nexit\nr0 = *(u64 *)(r10 + 8)\nexit")
prog("quirk_probe_str_retval", "kprobe", "r3 = *(u64 *)(r1 + 0)\nr1 = r10\nr1 += -16\nr2 = 16\ncall 115\nif r0 s< 0 goto +4\nr1 = r10\nr1 += -16\nr1 += r0\nr0 = *(u8 *)(r1 + 0)\nr0 = 0\nexit")

# --- socket references (bpf_sk_lookup_*, bpf_sk_release, struct bpf_sock) ----------------------------------------
# TUPLE: a zeroed 36-byte struct bpf_sock_tuple at fp-40, r6 = ctx; LOOKUP_SK(id, size) calls a lookup helper.
TUPLE = """r6 = r1
r2 = 0
*(u64 *)(r10 - 8) = r2
*(u64 *)(r10 - 16) = r2
*(u64 *)(r10 - 24) = r2
*(u64 *)(r10 - 32) = r2
*(u64 *)(r10 - 40) = r2"""


def lookup_sk(helper=84, size=12, again=False):
    return (TUPLE.split("\n", 1)[1] if again else TUPLE) + "\nr1 = r6\nr2 = r10\nr2 += -40\nr3 = %d\nr4 = 0\nr5 = 0\ncall %d" % (size, helper)


RELEASE = "r1 = r0\ncall 86"
for t in ("sched_cls", "xdp", "cgroup_skb"):
    prog("sock_lookup_release_" + t, t, lookup_sk() + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_lookup_udp_release", "sched_cls", lookup_sk(85) + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_skc_lookup_release", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_lookup_ipv6_release", "xdp", lookup_sk(84, 36) + "\nif r0 != 0 goto +2\nr0 = 2\nexit\n" + RELEASE + "\nr0 = 2\nexit")
prog("sock_lookup_not_in_socket_filter", "socket_filter", lookup_sk() + "\nr0 = 0\nexit")
prog("sock_lookup_not_in_tracepoint", "tracepoint", lookup_sk() + "\nr0 = 0\nexit")
prog("sock_leak_exit", "sched_cls", lookup_sk() + "\nr0 = 0\nexit")
prog("sock_leak_nonnull_path", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +2\nr0 = 0\nexit\nr0 = 1\nexit")
prog("sock_leak_two", "sched_cls", lookup_sk() + "\nr7 = r0\n" + lookup_sk(85, again=True) + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_leak_deep_branch", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +10\nr7 = r0\nr1 = *(u32 *)(r6 + 0)\nif r1 > 100 goto +4\nr1 = r7\ncall 86\nr0 = 0\nexit\nr1 = *(u32 *)(r7 + 4)\nr0 = 0\nexit\nr0 = 0\nexit")
prog("sock_release_in_both_branches", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +11\nr7 = r0\nr1 = *(u32 *)(r6 + 0)\nif r1 > 100 goto +4\nr1 = r7\ncall 86\nr0 = 0\nexit\nr1 = r7\ncall 86\nr0 = 0\nexit\nr0 = 0\nexit")
prog("sock_leak_ld_abs", "sched_cls", lookup_sk() + "\nr7 = r0\nr0 = *(u8 *)skb[1]\nif r7 == 0 goto +2\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_leak_tail_call", "sched_cls", lookup_sk() + "\nr7 = r0\nr1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 12\nif r7 == 0 goto +2\nr1 = r7\ncall 86\nr0 = 0\nexit", maps=["prog_array:4:4:4"])
prog("sock_release_unchecked", "sched_cls", lookup_sk() + "\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_release_twice", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +4\nr7 = r0\nr1 = r0\ncall 86\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_release_scalar", "sched_cls", "r1 = 0\ncall 86\nr0 = 0\nexit")
prog("sock_release_ctx", "sched_cls", "call 86\nr0 = 0\nexit")
prog("sock_release_skb_sk", "sched_cls", "r1 = *(u64 *)(r1 + 168)\nif r1 == 0 goto +1\ncall 86\nr0 = 0\nexit")
prog("sock_release_map_value", "sched_cls", LOOKUP + "\nif r0 == 0 goto +2\nr1 = r0\ncall 86\nr0 = 0\nexit", maps=[HASH])
prog("sock_use_after_release", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +4\nr7 = r0\n" + RELEASE + "\nr0 = *(u32 *)(r7 + 4)\nr0 = 0\nexit")
prog("sock_copy_released_too", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +5\nr7 = r0\nr8 = r0\nr1 = r7\ncall 86\nr0 = *(u32 *)(r8 + 4)\nr0 = 0\nexit")
prog("sock_spill_fill_release", "sched_cls", lookup_sk() + "\n*(u64 *)(r10 - 48) = r0\nr1 = *(u64 *)(r10 - 48)\nif r1 == 0 goto +1\ncall 86\nr0 = 0\nexit")
prog("sock_null_check_copy", "sched_cls", lookup_sk() + "\nr7 = r0\nif r7 == 0 goto +3\nr0 = *(u32 *)(r0 + 4)\nr1 = r7\ncall 86\nr0 = 0\nexit")
# struct bpf_sock fields through PTR_TO_SOCKET: bpf_sock_is_valid_access
for name, ld in (("family", "r1 = *(u32 *)(r0 + 4)"), ("type_u16", "r1 = *(u16 *)(r0 + 8)"),
                 ("protocol_u8", "r1 = *(u8 *)(r0 + 12)"), ("mark", "r1 = *(u32 *)(r0 + 16)"),
                 ("priority", "r1 = *(u32 *)(r0 + 20)"), ("src_ip6_2", "r1 = *(u32 *)(r0 + 36)"),
                 ("src_ip6_u8", "r1 = *(u8 *)(r0 + 29)"), ("dst_port_u16", "r1 = *(u16 *)(r0 + 48)"),
                 ("dst_port_u32", "r1 = *(u32 *)(r0 + 48)"), ("dst_port_hi_u8", "r1 = *(u8 *)(r0 + 49)"),
                 ("dst_port_pad", "r1 = *(u16 *)(r0 + 50)"), ("state", "r1 = *(u32 *)(r0 + 72)"),
                 ("rx_queue", "r1 = *(u32 *)(r0 + 76)"), ("end", "r1 = *(u32 *)(r0 + 80)"),
                 ("u64", "r1 = *(u64 *)(r0 + 0)"), ("family_hi_u8", "r1 = *(u8 *)(r0 + 5)"),
                 ("misaligned", "r1 = *(u32 *)(r0 + 2)"), ("src_port_u16", "r1 = *(u16 *)(r0 + 44)"),
                 ("negative", "r1 = *(u32 *)(r0 - 4)"), ("bound_dev_if_u8", "r1 = *(u8 *)(r0 + 0)"),
                 ("dst_ip4_u16", "r1 = *(u16 *)(r0 + 54)")):
    prog("sock_field_" + name, "sched_cls", lookup_sk() + "\nif r0 == 0 goto +3\n" + ld + "\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_field_or_null", "sched_cls", lookup_sk() + "\nr1 = *(u32 *)(r0 + 4)\nif r0 == 0 goto +1\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_field_write", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +4\nr1 = 1\n*(u32 *)(r0 + 16) = r1\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_field_store_imm", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +3\n*(u32 *)(r0 + 16) = 1\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_field_atomic", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +4\nr1 = 1\nlock *(u32 *)(r0 + 16) += r1\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_ptr_add", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +3\nr0 += 4\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_or_null_ptr_add", "sched_cls", lookup_sk() + "\nr0 += 4\nr0 = 0\nexit")
prog("sock_ptr_alu32", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +3\nw0 += 4\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_return_ptr", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +2\nr1 = r0\ncall 86\nexit")
prog("sock_skc_field_family", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +3\nr1 = *(u32 *)(r0 + 4)\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_skc_field_mark", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +3\nr1 = *(u32 *)(r0 + 16)\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_skc_field_type", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +3\nr1 = *(u32 *)(r0 + 8)\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_skc_field_state", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +3\nr1 = *(u32 *)(r0 + 72)\n" + RELEASE + "\nr0 = 0\nexit")
# lookup arguments
prog("sock_lookup_tuple_null", "sched_cls", "r2 = 0\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nr0 = 0\nexit")
prog("sock_lookup_tuple_short_stack", "sched_cls", TUPLE + "\nr1 = r6\nr2 = r10\nr2 += -8\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nr0 = 0\nexit")
prog("sock_lookup_size_var", "sched_cls", TUPLE + "\nr3 = *(u32 *)(r6 + 0)\nr1 = r6\nr2 = r10\nr2 += -40\nr4 = 0\nr5 = 0\ncall 84\nr0 = 0\nexit")
prog("sock_lookup_size_zero", "sched_cls", TUPLE + "\nr1 = r6\nr2 = r10\nr2 += -40\nr3 = 0\nr4 = 0\nr5 = 0\ncall 84\nr0 = 0\nexit")
prog("sock_lookup_ctx_not_ctx", "sched_cls", TUPLE + "\nr1 = r10\nr2 = r10\nr2 += -40\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nr0 = 0\nexit")
prog("sock_lookup_pkt_tuple_tc", "sched_cls", "r6 = r1\nr2 = *(u32 *)(r1 + 76)\nr3 = *(u32 *)(r1 + 80)\nr4 = r2\nr4 += 12\nif r4 > r3 goto +8\nr1 = r6\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_lookup_pkt_tuple_xdp", "xdp", "r6 = r1\nr2 = *(u32 *)(r1 + 0)\nr3 = *(u32 *)(r1 + 4)\nr4 = r2\nr4 += 12\nif r4 > r3 goto +8\nr1 = r6\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 2\nexit")
# bpf_sk_fullsock / bpf_tcp_sock (PTR_TO_SOCK_COMMON arguments, ref_obj_id carried over)
SKB_SK = "r6 = r1\nr1 = *(u64 *)(r6 + 168)\nif r1 == 0 goto +%d"
prog("sock_fullsock_skb_sk", "sched_cls", SKB_SK % 3 + "\ncall 95\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 4)\nr0 = 0\nexit")
prog("sock_fullsock_cgroup_skb", "cgroup_skb", SKB_SK % 3 + "\ncall 95\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 72)\nr0 = 1\nexit")
prog("sock_tcp_sock_field", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 0)\nr0 = 1\nexit")
prog("sock_tcp_sock_bad_off", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 200)\nr0 = 1\nexit")
prog("sock_tcp_sock_u64", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 8)\nr0 = 1\nexit")
prog("sock_tcp_sock_bytes_acked", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 88)\nr0 = 1\nexit")
prog("sock_tcp_sock_bytes_received_u32", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 80)\nr0 = 1\nexit")
prog("sock_tcp_sock_end", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 112)\nr0 = 1\nexit")
prog("sock_tcp_sock_u64_lo", "cgroup_skb", SKB_SK % 3 + "\ncall 96\nif r0 == 0 goto +1\nr0 = *(u32 *)(r0 + 8)\nr0 = 1\nexit")
prog("sock_tcp_sock_or_null", "cgroup_skb", SKB_SK % 2 + "\ncall 96\nr0 = *(u32 *)(r0 + 0)\nr0 = 1\nexit")
prog("sock_fullsock_unchecked_sk", "sched_cls", "r6 = r1\nr1 = *(u64 *)(r6 + 168)\ncall 95\nr0 = 0\nexit")
prog("sock_fullsock_scalar", "sched_cls", "r1 = 0\ncall 95\nr0 = 0\nexit")
prog("sock_skb_sk_field", "sched_cls", SKB_SK % 1 + "\nr0 = *(u32 *)(r1 + 4)\nr0 = 0\nexit")
prog("sock_skb_sk_bad_field", "sched_cls", SKB_SK % 1 + "\nr0 = *(u32 *)(r1 + 8)\nr0 = 0\nexit")
prog("sock_skb_sk_write", "sched_cls", SKB_SK % 2 + "\nr0 = 0\n*(u32 *)(r1 + 4) = r0\nr0 = 0\nexit")
prog("sock_fullsock_of_lookup", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +8\nr7 = r0\nr1 = r0\ncall 95\nif r0 == 0 goto +1\nr1 = *(u32 *)(r0 + 72)\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_fullsock_release_derived", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +8\nr7 = r0\nr1 = r0\ncall 95\nif r0 == 0 goto +3\n" + RELEASE + "\nr0 = 0\nexit\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_fullsock_leak_null_branch", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +6\nr1 = r0\ncall 95\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")
prog("sock_fullsock_use_after_release", "sched_cls", lookup_sk(99) + "\nif r0 == 0 goto +7\nr7 = r0\nr1 = r0\ncall 95\nr8 = r0\nr1 = r7\ncall 86\nr0 = *(u32 *)(r8 + 4)\nr0 = 0\nexit")
prog("sock_tcp_sock_of_lookup", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +8\nr7 = r0\nr1 = r0\ncall 96\nif r0 == 0 goto +1\nr1 = *(u32 *)(r0 + 4)\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_release_tcp_sock", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +8\nr7 = r0\nr1 = r0\ncall 96\nif r0 == 0 goto +3\n" + RELEASE + "\nr0 = 0\nexit\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_in_subprog_release", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +2\nr1 = r0\ncall f\nr0 = 0\nexit\nf:\ncall 86\nr0 = 0\nexit")
prog("sock_cmp_two_socks", "sched_cls", lookup_sk() + "\nr7 = r0\n" + lookup_sk(85, again=True) + "\nif r0 == r7 goto +0\nif r0 == 0 goto +2\n" + RELEASE + "\nif r7 == 0 goto +2\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_loop_lookups", "sched_cls", "r9 = 0\n" + lookup_sk() + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr9 += 1\nif r9 < 3 goto -18\nr0 = 0\nexit")

# joins and pruning with a reference held
JOIN = "\nif r0 == 0 goto +%d\nr7 = r0\nr1 = *(u32 *)(r6 + 0)\nif r1 > 100 goto +2\nr8 = 1\ngoto +1\nr8 = 2\n"
prog("sock_join_then_release", "sched_cls", lookup_sk() + JOIN % 11 + "r1 = *(u32 *)(r7 + 4)\nr1 = r7\ncall 86\nr0 = 0\nexit\nr0 = 0\nexit")
prog("sock_join_leak_one_path", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +9\nr7 = r0\nr1 = *(u32 *)(r6 + 0)\nif r1 > 100 goto +3\nr1 = r7\ncall 86\ngoto +1\nr8 = 2\nr0 = 0\nexit\nr0 = 0\nexit")
prog("sock_to_subprog_field", "sched_cls", lookup_sk() + "\nif r0 == 0 goto +5\nr7 = r0\nr1 = r0\ncall f\nr1 = r7\ncall 86\nr0 = 0\nexit\nf:\nr0 = *(u32 *)(r1 + 4)\nexit")
prog("sock_subprog_leaks", "sched_cls", "call f\nr0 = 0\nexit\nf:\n" + lookup_sk() + "\nr0 = 0\nexit")
prog("sock_tcp_sock_in_xdp", "xdp", lookup_sk() + "\nif r0 == 0 goto +5\nr7 = r0\nr1 = r0\ncall 96\nr1 = r7\ncall 86\nr0 = 2\nexit")
prog("sock_release_skb_sk_cgroup", "cgroup_skb", "r1 = *(u64 *)(r1 + 168)\nif r1 == 0 goto +1\ncall 86\nr0 = 1\nexit")
prog("sock_two_refs_release_both", "sched_cls", lookup_sk() + "\nr7 = r0\n" + lookup_sk(99, again=True) + "\nif r0 == 0 goto +2\n" + RELEASE + "\nif r7 == 0 goto +2\nr1 = r7\ncall 86\nr0 = 0\nexit")
prog("sock_two_refs_release_wrong", "sched_cls", lookup_sk() + "\nr7 = r0\n" + lookup_sk(99, again=True) + "\nif r0 == 0 goto +2\n" + RELEASE + "\nr0 = 0\nexit")

# --- PTR_TO_BTF_ID: tp_btf context arguments typed by the kernel's BTF, loads walking kernel structs --------------
# Offsets are those of this kernel's BTF (Linux 6.18.44, x86_64): task_struct (size 3264) pid 1264, comm 1752,
# mm 1136, real_parent 1280, parent 1288, group_leader 1328, cpus_ptr 800, cgroups 2376, se 128 (on_rq +88),
# usage 40, stack 32, a hole at 76, bitfields at 1188; mm_struct pgd 120, owner 1296; linux_binprm file 64,
# filename 96, mm 24; pt_regs ip 128.
def tp_btf(name, event, body, maps=()):
    progs_head = "# type: tracing; attach: trace_raw_tp; attach_btf: " + event
    if maps:
        progs_head += "; maps: " + ", ".join(maps)
    lines = [l.strip() for l in body.strip().splitlines()]
    assert name not in progs, name
    progs[name] = progs_head + "\n" + "\n".join(("\t" + l if not l.endswith(":") else l) for l in lines) + "\n"


PREV = "r2 = *(u64 *)(r1 + 8)"
for name, body in (
        ("ctx_prev_pid", PREV + "\nr0 = *(u32 *)(r2 + 1264)"),
        ("ctx_next_tgid", "r2 = *(u64 *)(r1 + 16)\nr0 = *(u32 *)(r2 + 1268)"),
        ("ctx_preempt_u8", "r0 = *(u8 *)(r1 + 0)"),
        ("ctx_preempt_u64", "r0 = *(u64 *)(r1 + 0)"),
        ("ctx_prev_state_u32", "r0 = *(u32 *)(r1 + 24)"),
        ("ctx_fifth_arg", "r0 = *(u64 *)(r1 + 32)"),
        ("ctx_arg_far", "r0 = *(u64 *)(r1 + 88)"),
        ("ctx_arg_beyond_limit", "r0 = *(u64 *)(r1 + 96)"),
        ("ctx_off_not_mult8", "r0 = *(u32 *)(r1 + 4)"),
        ("ctx_ptr_size4", "r0 = *(u32 *)(r1 + 8)"),
        ("ctx_ptr_size2_misaligned", "r0 = *(u16 *)(r1 + 10)"),
        ("ctx_write", "r2 = 0\n*(u64 *)(r1 + 8) = r2"),
        ("ctx_negative", "r0 = *(u64 *)(r1 - 8)"),
        ("ctx_ptr_add_load", "r1 += 8\nr0 = *(u64 *)(r1 + 0)"),
        ("task_comm_u8", PREV + "\nr0 = *(u8 *)(r2 + 1755)"),
        ("task_comm_u64", PREV + "\nr0 = *(u64 *)(r2 + 1752)"),
        ("task_comm_u64_end", PREV + "\nr0 = *(u64 *)(r2 + 1760)"),
        ("task_comm_beyond_member", PREV + "\nr0 = *(u64 *)(r2 + 1764)"),
        ("task_beyond_struct", PREV + "\nr0 = *(u32 *)(r2 + 3264)"),
        ("task_last_bytes", PREV + "\nr0 = *(u64 *)(r2 + 3256)"),
        ("task_hole", PREV + "\nr0 = *(u32 *)(r2 + 76)"),
        ("task_usage_struct", PREV + "\nr0 = *(u32 *)(r2 + 40)"),
        ("task_se_on_rq", PREV + "\nr0 = *(u8 *)(r2 + 216)"),
        ("task_se_u64", PREV + "\nr0 = *(u64 *)(r2 + 168)"),
        ("task_bitfield_u32", PREV + "\nr0 = *(u32 *)(r2 + 1188)"),
        ("task_bitfield_u8_inside", PREV + "\nr0 = *(u8 *)(r2 + 1189)"),
        ("task_mm", PREV + "\nr3 = *(u64 *)(r2 + 1136)\nr0 = *(u64 *)(r3 + 1296)"),
        ("task_mm_pgd", PREV + "\nr3 = *(u64 *)(r2 + 1136)\nr4 = *(u64 *)(r3 + 120)\nr0 = *(u64 *)(r4 + 0)"),
        ("task_mm_u32", PREV + "\nr0 = *(u32 *)(r2 + 1136)"),
        ("task_mm_misaligned", PREV + "\nr0 = *(u64 *)(r2 + 1140)"),
        ("task_mm_owner_pid", PREV + "\nr3 = *(u64 *)(r2 + 1136)\nr4 = *(u64 *)(r3 + 1296)\nr0 = *(u32 *)(r4 + 1264)"),
        ("task_real_parent", PREV + "\nr3 = *(u64 *)(r2 + 1280)\nr0 = *(u32 *)(r3 + 1264)"),
        ("task_parent", PREV + "\nr3 = *(u64 *)(r2 + 1288)\nr0 = *(u32 *)(r3 + 1264)"),
        ("task_group_leader", PREV + "\nr3 = *(u64 *)(r2 + 1328)\nr0 = *(u32 *)(r3 + 1264)"),
        ("task_cpus_ptr", PREV + "\nr3 = *(u64 *)(r2 + 800)\nr0 = *(u64 *)(r3 + 0)"),
        ("task_cgroups", PREV + "\nr3 = *(u64 *)(r2 + 2376)"),
        ("task_stack_void", PREV + "\nr3 = *(u64 *)(r2 + 32)\nr0 = *(u64 *)(r3 + 0)"),
        ("task_parent_of_parent", PREV + "\nr3 = *(u64 *)(r2 + 1288)\nr4 = *(u64 *)(r3 + 1280)\nr0 = *(u32 *)(r4 + 1264)"),
        ("task_write", PREV + "\nr3 = 0\n*(u32 *)(r2 + 1264) = r3"),
        ("task_store_imm", PREV + "\n*(u32 *)(r2 + 1264) = 0"),
        ("task_atomic", PREV + "\nr3 = 1\nlock *(u32 *)(r2 + 1264) += r3"),
        ("task_ptr_add", PREV + "\nr2 += 1264\nr0 = *(u32 *)(r2 + 0)"),
        ("task_ptr_add_comm", PREV + "\nr2 += 1752\nr0 = *(u64 *)(r2 + 8)"),
        ("task_var_off", PREV + "\nr3 = *(u32 *)(r2 + 1264)\nr3 &= 8\nr2 += r3\nr0 = *(u32 *)(r2 + 0)"),
        ("task_negative", PREV + "\nr0 = *(u32 *)(r2 - 8)"),
        ("task_ptr_sub_negative", PREV + "\nr2 += -16\nr0 = *(u32 *)(r2 + 8)"),
        ("task_null_check", PREV + "\nif r2 == 0 goto +1\nr0 = *(u32 *)(r2 + 1264)"),
        ("task_spill_fill", PREV + "\n*(u64 *)(r10 - 8) = r2\nr3 = *(u64 *)(r10 - 8)\nr0 = *(u32 *)(r3 + 1264)"),
        ("task_deep_path_bad", PREV + "\nr3 = *(u32 *)(r2 + 1264)\nif r3 > 100 goto +2\nr0 = *(u32 *)(r2 + 1268)\ngoto +1\nr0 = *(u32 *)(r2 + 3300)"),
        ("task_deep_path_ok", PREV + "\nr3 = *(u32 *)(r2 + 1264)\nif r3 > 100 goto +2\nr0 = *(u32 *)(r2 + 1268)\ngoto +1\nr0 = *(u32 *)(r2 + 1264)"),
        ("task_ldsx", PREV + "\nr0 = *(s32 *)(r2 + 1264)"),
        ("task_to_helper_mem", PREV + "\nr1 = r10\nr1 += -16\nr3 = r2\nr2 = 16\ncall 113"),
        ("current_task", "call 158\nr0 = *(u32 *)(r0 + 1264)"),
        ("current_task_comm", "call 158\nr1 = r10\nr1 += -16\nr2 = 16\nr3 = r0\nr3 += 1752\ncall 113"),
        ("current_task_mm_owner", "call 158\nr1 = *(u64 *)(r0 + 1136)\nif r1 == 0 goto +1\nr0 = *(u64 *)(r1 + 1296)"),
        ("task_pt_regs", "call 158\nr1 = r0\ncall 175\nr0 = *(u64 *)(r0 + 128)"),
        ("task_pt_regs_prev", PREV + "\nr1 = r2\ncall 175\nr0 = *(u64 *)(r0 + 128)"),
        ("task_pt_regs_scalar", "r1 = 0\ncall 175"),
        ("task_pt_regs_ctx", "call 175"),
        ("task_pt_regs_mm", PREV + "\nr1 = *(u64 *)(r2 + 1136)\ncall 175"),
        ("task_pt_regs_off", PREV + "\nr1 = r2\nr1 += 8\ncall 175"),
        ("task_pt_regs_parent", PREV + "\nr1 = *(u64 *)(r2 + 1288)\ncall 175"),
        ("task_pt_regs_rcu_parent", PREV + "\nr1 = *(u64 *)(r2 + 1280)\ncall 175"),
        ("task_pt_regs_write", "call 158\nr1 = r0\ncall 175\nr1 = 0\n*(u64 *)(r0 + 128) = r1"),
        ("trace_printk_task", PREV + "\nr1 = r2\nr2 = 8\nr3 = 0\ncall 6"),
        ("trace_printk_task_beyond", PREV + "\nr1 = r2\nr2 = 4000\nr3 = 0\ncall 6"),
        ("trace_printk_task_member", PREV + "\nr1 = r2\nr1 += 1264\nr2 = 8\nr3 = 0\ncall 6"),
        ("trace_printk_parent", PREV + "\nr1 = *(u64 *)(r2 + 1288)\nr2 = 8\nr3 = 0\ncall 6"),
        ("probe_read_kernel_to_task", PREV + "\nr1 = r2\nr2 = 8\nr3 = 0\ncall 113"),
        ("release_task", PREV + "\nr1 = r2\ncall 86"),
        ("task_or_null_compare", PREV + "\nr3 = *(u64 *)(r2 + 1280)\nif r3 == r2 goto +1\nr0 = 1"),
        ("get_task_stack", PREV + "\nr1 = r2\nr2 = r10\nr2 += -64\nr3 = 64\nr4 = 0\ncall 141"),
        ("get_task_stack_scalar", "r1 = 0\nr2 = r10\nr2 += -64\nr3 = 64\nr4 = 0\ncall 141"),
        ("get_task_stack_retval", PREV + "\nr1 = r2\nr2 = r10\nr2 += -64\nr3 = 64\nr4 = 0\ncall 141\nif r0 s< 0 goto +4\nr1 = r10\nr1 += -64\nr1 += r0\nr0 = *(u8 *)(r1 + 0)"),
):
    tp_btf("btf_" + name, "sched_switch", body + "\nr0 = 0\nexit")
tp_btf("btf_task_as_map_key", "sched_switch", PREV + "\nld_pseudo r1, 1, 0\ncall 1\nr0 = 0\nexit", maps=["hash:8:8:4"])
tp_btf("btf_loop_parents", "sched_switch", PREV + "\nr6 = 0\nr2 = *(u64 *)(r2 + 1288)\nr0 = *(u32 *)(r2 + 1264)\nr6 += 1\nif r6 < 4 goto -4\nr0 = 0\nexit")
tp_btf("btf_join_trust", "sched_switch", PREV + "\nr3 = r2\nr4 = *(u32 *)(r2 + 1264)\nif r4 > 10 goto +1\nr3 = *(u64 *)(r2 + 1288)\nr0 = *(u32 *)(r3 + 1264)\nr1 = r3\ncall 175\nr0 = 0\nexit")
tp_btf("btf_join_trust_bad", "sched_switch", PREV + "\nr3 = r2\nr4 = *(u32 *)(r2 + 1264)\nif r4 > 10 goto +1\nr3 = *(u64 *)(r2 + 1288)\nr1 = r3\nr2 = 8\nr3 = 0\ncall 6\nr0 = 0\nexit")
tp_btf("btf_subprog_walk", "sched_switch", PREV + "\nr1 = r2\ncall f\nexit\nf:\nr0 = *(u32 *)(r1 + 1264)\nexit")
tp_btf("btf_subprog_ctx", "sched_switch", "call f\nexit\nf:\nr0 = *(u64 *)(r1 + 8)\nr0 = *(u32 *)(r0 + 1264)\nexit")
tp_btf("btf_map_value_from_task", "sched_switch", PREV + "\nr3 = *(u32 *)(r2 + 1264)\n*(u32 *)(r10 - 4) = r3\nr2 = r10\nr2 += -4\nld_pseudo r1, 1, 0\ncall 1\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 0)\nr0 = 0\nexit", maps=["hash:4:8:16"])
tp_btf("btf_ringbuf_output_comm", "sched_switch", PREV + "\nr2 += 1752\nr3 = 16\nr4 = 0\nr1 = r2\nr2 = r1\nld_pseudo r1, 1, 0\ncall 130\nr0 = 0\nexit", maps=["ringbuf:0:0:4096"])
tp_btf("btf_exec_old_pid", "sched_process_exec", "r0 = *(u32 *)(r1 + 8)\nr0 = 0\nexit")
tp_btf("btf_exec_bprm_file", "sched_process_exec", "r2 = *(u64 *)(r1 + 16)\nr3 = *(u64 *)(r2 + 64)\nr0 = 0\nexit")
tp_btf("btf_exec_bprm_filename", "sched_process_exec", "r2 = *(u64 *)(r1 + 16)\nr3 = *(u64 *)(r2 + 96)\nr0 = *(u8 *)(r3 + 0)\nr0 = 0\nexit")
tp_btf("btf_exec_bprm_mm", "sched_process_exec", "r2 = *(u64 *)(r1 + 16)\nr3 = *(u64 *)(r2 + 24)\nr0 = 0\nexit")
tp_btf("btf_exec_fourth_arg", "sched_process_exec", "r0 = *(u64 *)(r1 + 24)\nr0 = 0\nexit")
tp_btf("btf_sys_enter_regs", "sys_enter", "r2 = *(u64 *)(r1 + 0)\nr0 = *(u64 *)(r2 + 128)\nr0 = 0\nexit")
tp_btf("btf_sys_enter_id", "sys_enter", "r0 = *(u64 *)(r1 + 8)\nr0 = 0\nexit")
tp_btf("btf_fork_child_comm", "sched_process_fork", "r2 = *(u64 *)(r1 + 8)\nr0 = *(u8 *)(r2 + 1752)\nr0 = 0\nexit")
tp_btf("btf_no_exit_value", "sched_switch", "r0 = *(u64 *)(r1 + 8)\nexit")
prog("btf_current_task_kprobe", "kprobe", "call 158\nr0 = *(u32 *)(r0 + 1264)\nr0 = 0\nexit")
prog("btf_current_task_tracepoint_mm", "tracepoint", "call 158\nr0 = *(u64 *)(r0 + 1136)\nr0 = 0\nexit")
prog("btf_current_task_socket_filter", "socket_filter", "call 158\nr0 = 0\nexit")
prog("btf_current_task_write_kprobe", "kprobe", "call 158\nr1 = 1\n*(u32 *)(r0 + 1264) = r1\nr0 = 0\nexit")
prog("btf_tracing_no_attach_btf", "tracing", "r0 = 0\nexit", attach="trace_raw_tp")

# the same walks ending in an unknown helper, so that the log shows every register type on the way
for base in ("ctx_prev_pid", "task_mm_pgd", "task_real_parent", "task_parent_of_parent", "task_cpus_ptr",
             "task_cgroups", "task_stack_void", "task_pt_regs", "task_ptr_add", "task_null_check",
             "task_spill_fill", "current_task_mm_owner", "task_usage_struct", "task_to_helper_mem",
             "get_task_stack", "task_ldsx"):
    text = progs["btf_" + base]
    progs["btf_" + base + "_log"] = text.replace("\tr0 = 0\n\texit\n", "\tcall 2000\n\tr0 = 0\n\texit\n")
for ev, base in (("sched_process_exec", "exec_bprm_file"), ("sched_process_exec", "exec_bprm_filename"),
                 ("sched_process_exec", "exec_bprm_mm"), ("sys_enter", "sys_enter_regs")):
    text = progs["btf_" + base]
    progs["btf_" + base + "_log"] = text.replace("\tr0 = 0\n\texit\n", "\tcall 2000\n\tr0 = 0\n\texit\n")

# --- helpers simulated from the prototype table (DerivedHelpers): accepted calls and each refusal path ------------
# Zeroed stack -64..-8 so that memory arguments read initialized bytes; r6 keeps the context.
ZSTACK = "r6 = r1\nr0 = 0\n" + "".join("*(u64 *)(r10 - %d) = r0\n" % k for k in range(8, 72, 8))
# a bounds-checked packet pointer in r7 (14 bytes), r8 = data_end; "out" returns
TC_PKT = ZSTACK + "r7 = *(u32 *)(r6 + 76)\nr8 = *(u32 *)(r6 + 80)\nr1 = r7\nr1 += 14\nif r1 > r8 goto out\n"
XDP_PKT = ZSTACK + "r7 = *(u32 *)(r6 + 0)\nr8 = *(u32 *)(r6 + 4)\nr1 = r7\nr1 += 14\nif r1 > r8 goto out\n"
PKT_END = "\nr0 = 0\nexit\nout:\nr0 = 0\nexit"
STK = "r%d = r10\nr%d += %d\n"


def hd(name, ptype, body, maps=(), attach=None):
    prog("hd_" + name, ptype, ZSTACK + body + "\nr0 = 0\nexit", maps=maps, attach=attach)


# scalar-only and context-only helpers, per program type
for t, calls in (
        ("socket_filter", ((46, "r1 = r6"), (47, "r1 = r6"), (80, ""), (42, ""), (118, ""), (160, ""),
                           (122, "r1 = r6"), (122, "r1 = 0"), (123, "r1 = 1"), (109, "r1 = 0"))),
        ("sched_cls", ((34, "r1 = r6"), (48, "r1 = r6\nr2 = 7"), (79, "r1 = r6"), (97, "r1 = r6"), (24, "r1 = r6"),
                       (17, "r1 = r6"), (40, "r1 = r6\nr2 = 0"), (135, "r1 = r6\nr2 = 0"), (83, "r1 = r6\nr2 = 1"),
                       (152, "r1 = 1\nr2 = 0\nr3 = 0\nr4 = 0"), (155, "r1 = 1\nr2 = 0"), (192, "r1 = r6\nr2 = 0\nr3 = 0"))),
        ("xdp", ((188, "r1 = r6"), (44, "r1 = r6\nr2 = 4"), (65, "r1 = r6\nr2 = -4"), (54, "r1 = r6\nr2 = -8"))),
        ("kprobe", ((173, "r1 = r6"), (174, "r1 = r6"), (110, "r1 = 9"))),
        ("tracepoint", ((174, "r1 = r6"), (125, ""), (208, ""))),
        ("cgroup_sock", ((46, "r1 = r6"), (186, ""), (187, "r1 = 0"))),
        ("cgroup_skb", ((79, "r1 = r6"), (83, "r1 = r6\nr2 = 0"), (47, "r1 = r6"))),
        ("cgroup_device", ((186, ""), (14, ""))),
):
    for i, (h, args) in enumerate(calls):
        attach = {"cgroup_sock": "cgroup_inet_sock_create", "cgroup_skb": "cgroup_inet_ingress",
                  "cgroup_device": "cgroup_device"}.get(t)
        hd("scalar_%s_%d_%d" % (t, h, i), t, args + "\ncall %d" % h, attach=attach)

# memory arguments: read-only, uninit (written), written, or NULL; sizes constant, zero, unknown, negative
hd("mem_probe_read_str_range", "tracepoint", STK % (1, 1, -32) + "r2 = 32\nr3 = 0\ncall 45\nif r0 s< 0 goto +4\n"
   "r1 = r10\nr1 += -32\nr1 += r0\nr0 = *(u8 *)(r1 - 1)")
hd("mem_probe_read_str_past", "tracepoint", STK % (1, 1, -32) + "r2 = 32\nr3 = 0\ncall 45\nif r0 s< 0 goto +4\n"
   "r1 = r10\nr1 += -32\nr1 += r0\nr0 = *(u8 *)(r1 + 0)")
hd("mem_get_stack_range", "tracepoint", "r1 = r6\n" + STK % (2, 2, -64) + "r3 = 64\nr4 = 0\ncall 67\n"
   "if r0 s< 1 goto +4\nr1 = r10\nr1 += -64\nr1 += r0\nr0 = *(u8 *)(r1 - 1)")
hd("mem_get_stack_size_var", "tracepoint", "r3 = *(u64 *)(r6 + 8)\nr1 = r6\n" + STK % (2, 2, -64) + "r4 = 0\ncall 67")
hd("mem_get_stack_size_masked", "tracepoint", "r3 = *(u64 *)(r6 + 8)\nr3 &= 63\nr1 = r6\n" + STK % (2, 2, -64) + "r4 = 0\ncall 67")
hd("mem_get_stack_size_neg", "tracepoint", "r1 = r6\n" + STK % (2, 2, -64) + "r3 = -8\nr4 = 0\ncall 67")
hd("mem_get_stack_too_big", "tracepoint", "r1 = r6\n" + STK % (2, 2, -64) + "r3 = 72\nr4 = 0\ncall 67")
hd("mem_get_stack_uninit_ok", "tracepoint", "r1 = r6\n" + STK % (2, 2, -128) + "r3 = 64\nr4 = 0\ncall 67\nr0 = *(u64 *)(r10 - 128)")
hd("mem_get_stack_ctx_buf", "tracepoint", "r1 = r6\nr2 = r6\nr3 = 8\nr4 = 0\ncall 67")
hd("mem_perf_prog_read_value", "perf_event", "r1 = r6\n" + STK % (2, 2, -24) + "r3 = 24\ncall 56")
hd("mem_perf_prog_read_value_zero", "perf_event", "r1 = r6\n" + STK % (2, 2, -24) + "r3 = 0\ncall 56")
hd("mem_get_current_cgroup_ancestor", "kprobe", "r1 = 2\ncall 123")
hd("mem_tunnel_key_get", "sched_cls", "r1 = r6\n" + STK % (2, 2, -48) + "r3 = 44\nr4 = 0\ncall 20")
hd("mem_tunnel_key_set", "sched_cls", "r1 = r6\n" + STK % (2, 2, -48) + "r3 = 44\nr4 = 0\ncall 21")
hd("mem_tunnel_key_set_uninit", "sched_cls", "r1 = r6\n" + STK % (2, 2, -128) + "r3 = 44\nr4 = 0\ncall 21")
hd("mem_tunnel_key_set_zero", "sched_cls", "r1 = r6\n" + STK % (2, 2, -48) + "r3 = 0\nr4 = 0\ncall 21")
hd("mem_fib_lookup", "sched_cls", "r1 = r6\n" + STK % (2, 2, -64) + "r3 = 64\nr4 = 0\ncall 69")
hd("mem_fib_lookup_uninit", "sched_cls", "r1 = r6\n" + STK % (2, 2, -128) + "r3 = 64\nr4 = 0\ncall 69")
hd("mem_load_bytes_relative", "sched_cls", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 16\nr5 = 1\ncall 68")
hd("mem_load_bytes_relative_oob", "sched_cls", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 24\nr5 = 1\ncall 68")
hd("mem_xdp_load_bytes", "xdp", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 16\ncall 189")
hd("mem_xdp_store_bytes", "xdp", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 16\ncall 190")
hd("mem_csum_diff_null_from", "xdp", "r1 = 0\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 16\nr5 = 0\ncall 28")
hd("mem_csum_diff_null_nonzero", "xdp", "r1 = 0\nr2 = 4\n" + STK % (3, 3, -16) + "r4 = 16\nr5 = 0\ncall 28")
hd("mem_csum_diff_scalar", "xdp", "r1 = 5\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 16\nr5 = 0\ncall 28")
hd("mem_csum_diff_ctx", "sched_cls", "r1 = r6\nr2 = 4\n" + STK % (3, 3, -16) + "r4 = 16\nr5 = 0\ncall 28")
hd("mem_redirect_neigh_params", "sched_cls", "r1 = 1\n" + STK % (2, 2, -24) + "r3 = 20\nr4 = 0\ncall 152")
hd("mem_ns_pid_tgid", "kprobe", "r1 = 0\nr2 = 0\n" + STK % (3, 3, -8) + "r4 = 8\ncall 120")
hd("mem_ns_pid_tgid_short_stack", "kprobe", "r1 = 0\nr2 = 0\n" + STK % (3, 3, -4) + "r4 = 8\ncall 120")
hd("mem_trace_vprintk", "kprobe", STK % (1, 1, -16) + "r2 = 8\nr3 = 0\nr4 = 0\ncall 177")
hd("mem_btf_find_by_name", "kprobe", STK % (1, 1, -16) + "r2 = 8\nr3 = 1\nr4 = 0\ncall 167")
hd("mem_copy_from_user", "kprobe", STK % (1, 1, -16) + "r2 = 8\nr3 = 0\ncall 148")
hd("mem_get_func_ip_tracepoint", "tracepoint", "r1 = r6\ncall 173")
hd("mem_get_func_ip_perf_event", "perf_event", "r1 = r6\ncall 173")

# the context argument: another pointer, a modified context, NULL where allowed
hd("ctx_arg_fp", "sched_cls", "r1 = r10\ncall 39")
hd("ctx_arg_modified", "sched_cls", "r1 = r6\nr1 += 8\nr2 = 0\ncall 39")
hd("ctx_arg_scalar", "xdp", "r1 = 0\nr2 = 4\ncall 44")
hd("ctx_or_null_scalar", "socket_filter", "r1 = 5\ncall 122")
hd("ctx_or_null_fp", "socket_filter", "r1 = r10\ncall 122")
hd("arg_uninit_r2", "sched_cls", "r1 = r6\ncall 39")
hd("arg_pointer_as_anything", "sched_cls", "r1 = r6\nr2 = r10\ncall 39")

# packet pointers: only helpers whose prototype has pkt_access take them
for name, ptype, pre, body in (
        ("store_bytes_from_pkt", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\nr3 = r7\nr4 = 4\nr5 = 0\ncall 9"),
        ("csum_diff_pkt", "sched_cls", TC_PKT, "r1 = r7\nr2 = 8\nr3 = 0\nr4 = 0\nr5 = 0\ncall 28"),
        ("csum_diff_pkt_oob", "xdp", XDP_PKT, "r1 = r7\nr2 = 16\nr3 = 0\nr4 = 0\nr5 = 0\ncall 28"),
        ("csum_diff_pkt_xdp", "xdp", XDP_PKT, "r1 = r7\nr2 = 12\nr3 = 0\nr4 = 0\nr5 = 0\ncall 28"),
        ("perf_output_pkt", "xdp", XDP_PKT, "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\nr4 = r7\nr5 = 8\ncall 25"),
        ("ringbuf_output_pkt", "sched_cls", TC_PKT, "ld_pseudo r1, 1, 1\nr2 = r7\nr3 = 8\nr4 = 0\ncall 130"),
        ("map_update_pkt_key", "xdp", XDP_PKT, "ld_pseudo r1, 1, 2\nr2 = r7\nr3 = r10\nr3 += -16\nr4 = 0\ncall 2"),
        ("fib_lookup_pkt", "xdp", XDP_PKT, "r1 = r6\nr2 = r7\nr3 = 8\nr4 = 0\ncall 69"),
        ("load_bytes_into_pkt", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\nr3 = r7\nr4 = 8\ncall 26"),
        ("lookup_tcp_pkt_cgroup_skb", "cgroup_skb", TC_PKT, "r1 = r6\nr2 = r7\nr3 = 12\nr4 = 0\nr5 = 0\ncall 84\nif r0 == 0 goto out\nr1 = r0\ncall 86"),
):
    prog("hd_pkt_" + name, ptype, pre + body + PKT_END,
         maps=["perf_event_array:4:4:4", "ringbuf:0:0:4096", "hash:4:8:16"],
         attach="cgroup_inet_ingress" if ptype == "cgroup_skb" else None)

# helpers that change the packet invalidate every packet pointer (a spilled one too: DISAGREEMENTS.md)
for name, ptype, pre, call in (
        ("pull_data", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\ncall 39"),
        ("store_bytes", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\nr3 = r10\nr3 += -8\nr4 = 4\nr5 = 0\ncall 9"),
        ("vlan_push", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\nr3 = 0\ncall 18"),
        ("l3_csum", "sched_cls", TC_PKT, "r1 = r6\nr2 = 0\nr3 = 0\nr4 = 0\nr5 = 2\ncall 10"),
        ("adjust_head", "xdp", XDP_PKT, "r1 = r6\nr2 = 4\ncall 44"),
        ("adjust_tail", "xdp", XDP_PKT, "r1 = r6\nr2 = -4\ncall 65"),
        ("tail_call", "sched_cls", TC_PKT, "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 12"),
        ("no_change_hash", "sched_cls", TC_PKT, "r1 = r6\ncall 34"),
        ("no_change_load_bytes", "xdp", XDP_PKT, "r1 = r6\nr2 = 0\nr3 = r10\nr3 += -8\nr4 = 8\ncall 189"),
):
    maps = ["prog_array:4:4:4"] if "tail" in name else ()
    prog("hd_pktchg_" + name, ptype, pre + "*(u64 *)(r10 - 72) = r7\n" + call + "\nr0 = *(u8 *)(r7 + 0)" + PKT_END, maps=maps)
prog("hd_pktchg_reload", "sched_cls", TC_PKT + "r1 = r6\nr2 = 0\ncall 39\nr7 = *(u32 *)(r6 + 76)\nr8 = *(u32 *)(r6 + 80)\nr1 = r7\nr1 += 1\nif r1 > r8 goto out\nr0 = *(u8 *)(r7 + 0)" + PKT_END)

# map helpers with their map types (check_map_func_compatibility, both ways), record_func_map's read-only rule
QUEUE = "queue:0:8:16"
MAPK = STK % (2, 2, -8)
MAPV = STK % (2, 2, -16)
for name, ptype, maps, body in (
        ("push_queue", "socket_filter", [QUEUE], "ld_pseudo r1, 1, 0\n" + MAPV + "r3 = 0\ncall 87"),
        ("pop_queue", "socket_filter", [QUEUE], "ld_pseudo r1, 1, 0\n" + STK % (2, 2, -128) + "call 88\nr0 = *(u64 *)(r10 - 128)"),
        ("peek_stack", "socket_filter", ["stack:0:8:16"], "ld_pseudo r1, 1, 0\n" + STK % (2, 2, -128) + "call 89\nr0 = *(u64 *)(r10 - 128)"),
        ("peek_bloom", "socket_filter", ["bloom_filter:0:8:16"], "ld_pseudo r1, 1, 0\n" + MAPV + "call 89"),
        ("peek_bloom_uninit", "socket_filter", ["bloom_filter:0:8:16"], "ld_pseudo r1, 1, 0\n" + STK % (2, 2, -128) + "call 89"),
        ("push_bloom", "socket_filter", ["bloom_filter:0:8:16"], "ld_pseudo r1, 1, 0\n" + MAPV + "r3 = 0\ncall 87"),
        ("pop_bloom", "socket_filter", ["bloom_filter:0:8:16"], "ld_pseudo r1, 1, 0\n" + MAPV + "call 88"),
        ("pop_hash", "socket_filter", [HASH], "ld_pseudo r1, 1, 0\n" + MAPV + "call 88"),
        ("push_array", "socket_filter", [ARRAY], "ld_pseudo r1, 1, 0\n" + STK % (2, 2, -32) + "r3 = 0\ncall 87"),
        ("lookup_queue", "socket_filter", [QUEUE], "ld_pseudo r1, 1, 0\n" + MAPK + "call 1"),
        ("pop_queue_short", "socket_filter", [QUEUE], "ld_pseudo r1, 1, 0\n" + STK % (2, 2, -4) + "call 88"),
        ("pop_queue_ctx", "socket_filter", [QUEUE], "ld_pseudo r1, 1, 0\nr2 = r6\ncall 88"),
        ("pop_queue_rdonly", "socket_filter", [QUEUE + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPV + "call 88"),
        ("push_queue_rdonly", "socket_filter", [QUEUE + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPV + "r3 = 0\ncall 87"),
        ("peek_queue_rdonly", "socket_filter", [QUEUE + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPV + "call 89"),
        ("update_rdonly", "socket_filter", [HASH + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = r10\nr3 += -16\nr4 = 0\ncall 2"),
        ("delete_rdonly", "socket_filter", [HASH + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 3"),
        ("lookup_rdonly", "socket_filter", [HASH + ":0x80"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 1"),
        ("percpu_lookup", "socket_filter", ["percpu_hash:4:8:16"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = 0\ncall 195\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 0)"),
        ("percpu_lookup_oob", "socket_filter", ["percpu_array:4:8:16"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = 0\ncall 195\nif r0 == 0 goto +1\nr0 = *(u64 *)(r0 + 4)"),
        ("percpu_lookup_lru", "socket_filter", ["lru_percpu_hash:4:8:16"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = 0\ncall 195\nr0 = *(u64 *)(r0 + 0)"),
        ("percpu_lookup_array", "socket_filter", [ARRAY], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = 0\ncall 195"),
        ("stackid", "tracepoint", ["stack_trace:4:64:16"], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 27"),
        ("stackid_hash", "tracepoint", [HASH], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 27"),
        ("stackid_pe", "perf_event", ["stack_trace:4:64:16"], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 27"),
        ("stackid_not_map", "kprobe", [], "r1 = r6\nr2 = r10\nr3 = 0\ncall 27"),
        ("lookup_stack_trace", "kprobe", ["stack_trace:4:64:16"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 1"),
        ("perf_read", "kprobe", ["perf_event_array:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 22"),
        ("perf_read_hash", "kprobe", [HASH], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 22"),
        ("perf_read_value", "kprobe", ["perf_event_array:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\n" + STK % (3, 3, -24) + "r4 = 24\ncall 55"),
        ("perf_read_value_short", "kprobe", ["perf_event_array:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\n" + STK % (3, 3, -16) + "r4 = 24\ncall 55"),
        ("task_under_cgroup", "kprobe", ["cgroup_array:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 37"),
        ("task_under_cgroup_array", "kprobe", [ARRAY], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 37"),
        ("update_cgroup_array", "kprobe", ["cgroup_array:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = r10\nr3 += -16\nr4 = 0\ncall 2"),
        ("skb_under_cgroup", "sched_cls", ["cgroup_array:4:4:4"], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 19"),
        ("skb_under_cgroup_perf", "sched_cls", ["perf_event_array:4:4:4"], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 19"),
        ("redirect_devmap", "xdp", ["devmap:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\ncall 51"),
        ("redirect_devmap_hash", "xdp", ["devmap_hash:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\ncall 51"),
        ("redirect_cpumap", "xdp", ["cpumap:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\ncall 51"),
        ("redirect_xskmap", "xdp", ["xskmap:4:4:4"], "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\ncall 51"),
        ("redirect_array", "xdp", [ARRAY], "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\ncall 51"),
        ("update_devmap", "xdp", ["devmap:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "r3 = r10\nr3 += -16\nr4 = 0\ncall 2"),
        ("delete_cpumap", "xdp", ["cpumap:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 3"),
        ("lookup_cpumap", "xdp", ["cpumap:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 1"),
        ("delete_sockmap_tc", "sched_cls", ["sockmap:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 3"),
        ("delete_sockmap_kprobe", "kprobe", ["sockmap:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 3"),
        ("delete_sockhash_cgroup_skb", "cgroup_skb", ["sockhash:4:4:4"], "ld_pseudo r1, 1, 0\n" + MAPK + "call 3"),
        ("ringbuf_query", "kprobe", ["ringbuf:0:0:4096"], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 134"),
        ("ringbuf_query_hash", "kprobe", [HASH], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 134"),
        ("tail_call_in_xdp", "xdp", ["prog_array:4:4:4"], "r1 = r6\nld_pseudo r2, 1, 0\nr3 = 0\ncall 12"),
):
    hd("map_" + name, ptype, body, maps=maps, attach="cgroup_inet_ingress" if ptype == "cgroup_skb" else None)

# fixed-size memory (strtol's result, check_mtu's length, the syncookie headers), sockets as BTF sock_common
STRTOL = STK % (1, 1, -16) + "r2 = 4\nr3 = 0\n"
for name, ptype, body in (
        ("strtol", "socket_filter", STRTOL + STK % (4, 4, -8) + "call 105\nr0 = *(u64 *)(r10 - 8)"),
        ("strtoul_uninit_result", "kprobe", STRTOL + STK % (4, 4, -128) + "call 106\nr0 = *(u64 *)(r10 - 128)"),
        ("strtol_misaligned", "socket_filter", STRTOL + STK % (4, 4, -12) + "call 105"),
        ("strtol_short_stack", "socket_filter", STRTOL + STK % (4, 4, -4) + "call 105"),
        ("strtol_ctx_result", "socket_filter", STRTOL + "r4 = r6\ncall 105"),
        ("strtol_var_size", "socket_filter", "r2 = *(u32 *)(r6 + 0)\nr2 &= 15\n" + STK % (1, 1, -16) + "r3 = 0\n" + STK % (4, 4, -8) + "call 105"),
        ("check_mtu_len", "xdp", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -8) + "r4 = 0\nr5 = 0\ncall 163\nr0 = *(u32 *)(r10 - 8)"),
        ("check_mtu_len_uninit", "sched_cls", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -128) + "r4 = 0\nr5 = 0\ncall 163"),
        ("check_mtu_len_misaligned", "sched_cls", "r1 = r6\nr2 = 0\n" + STK % (3, 3, -6) + "r4 = 0\nr5 = 0\ncall 163"),
        ("raw_syncookie_check", "xdp", STK % (1, 1, -48) + STK % (2, 2, -24) + "call 206"),
        ("raw_syncookie_check_uninit", "xdp", STK % (1, 1, -128) + STK % (2, 2, -24) + "call 206"),
        ("raw_syncookie_gen6_short", "sched_cls", STK % (1, 1, -32) + STK % (2, 2, -64) + "r3 = 20\ncall 205"),
):
    hd("fixed_" + name, ptype, body)

SK_COMMON = "r7 = *(u64 *)(r6 + 168)\nif r7 == 0 goto out\n"
for name, ptype, body in (
        ("sk_cgroup_id_skb_sk", "cgroup_skb", SK_COMMON + "r1 = r7\ncall 128"),
        ("sk_ancestor_cgroup_id", "cgroup_skb", SK_COMMON + "r1 = r7\nr2 = 1\ncall 129"),
        ("sk_cgroup_id_or_null", "cgroup_skb", "r1 = *(u64 *)(r6 + 168)\ncall 128"),
        ("sk_cgroup_id_ctx", "cgroup_skb", "r1 = r6\ncall 128"),
        ("sk_cgroup_id_fullsock", "cgroup_skb", SK_COMMON + "r1 = r7\ncall 95\nif r0 == 0 goto out\nr1 = r0\ncall 128"),
        ("listener_sock", "sched_cls", SK_COMMON + "r1 = r7\ncall 98\nif r0 == 0 goto out\nr0 = *(u32 *)(r0 + 4)"),
        ("listener_sock_unchecked", "sched_cls", SK_COMMON + "r1 = r7\ncall 98\nr0 = *(u32 *)(r0 + 4)"),
        ("listener_sock_or_null_arg", "cgroup_skb", "r1 = *(u64 *)(r6 + 168)\ncall 98"),
        ("listener_sock_write", "sched_cls", SK_COMMON + "r1 = r7\ncall 98\nif r0 == 0 goto out\nr1 = 0\n*(u32 *)(r0 + 16) = r1"),
):
    prog("hd_sk_" + name, ptype, ZSTACK + body + (PKT_END if "goto out" in body else "\nr0 = 0\nexit"),
         attach="cgroup_inet_ingress" if ptype == "cgroup_skb" else None)
for name, body in (
        ("syncookie_lookup_sock", "r7 = r0\nr1 = r0\n" + STK % (2, 2, -64) + "r3 = 20\n" + STK % (4, 4, -48) + "r5 = 20\ncall 100"),
        ("syncookie_gen_lookup_sock", "r7 = r0\nr1 = r0\n" + STK % (2, 2, -64) + "r3 = 20\n" + STK % (4, 4, -48) + "r5 = 20\ncall 110"),
        ("syncookie_header_oob", "r7 = r0\nr1 = r0\n" + STK % (2, 2, -8) + "r3 = 20\n" + STK % (4, 4, -48) + "r5 = 20\ncall 100"),
        ("sk_assign_lookup_sock", "r7 = r0\nr1 = r6\nr2 = r0\nr3 = 0\ncall 124"),
        ("sk_assign_offset_sock", "r7 = r0\nr1 = r6\nr2 = r0\nr2 += 4\nr3 = 0\ncall 124"),
):
    prog("hd_sk_" + name, "sched_cls", ZSTACK + lookup_sk() + "\nif r0 == 0 goto out\n" + body
         + "\nr1 = r7\ncall 86" + PKT_END)
prog("hd_sk_syncookie_unchecked_sock", "sched_cls", ZSTACK + lookup_sk() + "\nr7 = r0\nr1 = r0\n" + STK % (2, 2, -64)
     + "r3 = 20\n" + STK % (4, 4, -48) + "r5 = 20\ncall 100\nif r7 == 0 goto out\nr1 = r7\ncall 86" + PKT_END)

# bpf_get_local_storage: a map value that is never NULL, only from a cgroup storage map, only with flags 0
CGS = "cgroup_storage:8:16:0"
for name, ptype, maps, body in (
        ("local_storage", "cgroup_skb", [CGS], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 81\nr1 = *(u64 *)(r0 + 8)\n*(u64 *)(r0 + 0) = r1"),
        ("local_storage_oob", "cgroup_skb", [CGS], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 81\nr1 = *(u64 *)(r0 + 16)"),
        ("local_storage_flags", "cgroup_sock", [CGS], "ld_pseudo r1, 1, 0\nr2 = 1\ncall 81"),
        ("local_storage_flags_var", "cgroup_skb", [CGS], "ld_pseudo r1, 1, 0\nr2 = *(u32 *)(r6 + 0)\ncall 81"),
        ("local_storage_hash", "cgroup_device", [HASH], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 81"),
        ("local_storage_percpu", "cgroup_skb", ["percpu_cgroup_storage:8:16:0"], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 81\nr0 = *(u64 *)(r0 + 8)"),
        ("local_storage_lookup", "cgroup_skb", [CGS], "ld_pseudo r1, 1, 0\n" + MAPK + "call 1"),
        ("local_storage_socket_filter", "socket_filter", [CGS], "ld_pseudo r1, 1, 0\nr2 = 0\ncall 81"),
        ("branch_records_null", "perf_event", [], "r1 = r6\nr2 = 0\nr3 = 0\nr4 = 1\ncall 119"),
        ("branch_records_buf", "perf_event", [], "r1 = r6\n" + STK % (2, 2, -64) + "r3 = 64\nr4 = 0\ncall 119"),
        ("branch_records_null_size", "perf_event", [], "r1 = r6\nr2 = 0\nr3 = 8\nr4 = 0\ncall 119"),
        ("branch_records_uninit", "perf_event", [], "r1 = r6\n" + STK % (2, 2, -128) + "r3 = 64\nr4 = 0\ncall 119"),
):
    hd("storage_" + name, ptype, body, maps=maps, attach={"cgroup_skb": "cgroup_inet_ingress",
       "cgroup_sock": "cgroup_inet_sock_create", "cgroup_device": "cgroup_device"}.get(ptype))

# derived helpers in tp_btf: arguments typed by the kernel's BTF (xdp_buff, sk_buff), a sleeping helper
PREV_TASK = "r2 = *(u64 *)(r1 + 8)\n"
for name, body, maps in (
        ("hd_xdp_buff_len_task", PREV_TASK + "r1 = r2\ncall 188", ()),
        ("hd_skb_output_task", PREV_TASK + "r1 = r2\nld_pseudo r2, 1, 0\nr3 = 0\nr4 = r10\nr4 += -8\nr5 = 0\ncall 111", ["perf_event_array:4:4:4"]),
        ("hd_copy_from_user_task", PREV_TASK + "r4 = r2\nr1 = r10\nr1 += -8\nr2 = 8\nr3 = 0\nr5 = 0\ncall 191", ()),
        ("hd_stackid", "ld_pseudo r2, 1, 0\nr3 = 0\ncall 27", ["stack_trace:4:64:16"]),
        ("hd_stackid_hash", "ld_pseudo r2, 1, 0\nr3 = 0\ncall 27", [HASH]),
        ("hd_probe_read_str", PREV_TASK + "r3 = r2\nr3 += 1752\nr1 = r10\nr1 += -16\nr2 = 16\ncall 45", ()),
):
    tp_btf("btf_" + name, "sched_switch", body + "\nr0 = 0\nexit", maps=maps)

# helpers that need a storage map type the simulator does not model: refused for every map it knows
prog("hd_sk_storage_delete_hash", "sched_cls", ZSTACK + lookup_sk() + "\nif r0 == 0 goto out\nr7 = r0\n"
     "ld_pseudo r1, 1, 0\nr2 = r0\ncall 108\nr1 = r7\ncall 86" + PKT_END, maps=[HASH])
prog("hd_sk_storage_delete_skb_sk", "cgroup_skb", ZSTACK + SK_COMMON + "ld_pseudo r1, 1, 0\nr2 = r7\ncall 108"
     + PKT_END, maps=[ARRAY], attach="cgroup_inet_ingress")
hd("cgrp_storage_delete_ctx", "kprobe", "ld_pseudo r1, 1, 0\nr2 = r6\ncall 211", maps=[HASH])

# the skc_to_* casts (BTF-typed returns, simulated with the kernel's BTF): a socket from a lookup keeps its reference
CAST = ZSTACK + lookup_sk() + "\nif r0 == 0 goto out\nr7 = r0\nr1 = r0\n"
for name, body in (
        ("skc_to_tcp_sock", CAST + "call 137\nif r0 == 0 goto +1\nr1 = *(u32 *)(r0 + 0)\nr1 = r7\ncall 86"),
        ("skc_to_tcp_sock_unchecked", CAST + "call 137\nr1 = *(u32 *)(r0 + 0)\nr1 = r7\ncall 86"),
        ("skc_to_tcp_sock_release_cast", CAST + "call 137\nif r0 == 0 goto +3\nr1 = r0\ncall 86\ngoto out\nr1 = r7\ncall 86"),
        ("skc_to_tcp_sock_use_after_release", CAST + "call 137\nif r0 == 0 goto +5\nr8 = r0\nr1 = r7\ncall 86\nr1 = *(u32 *)(r8 + 0)\ngoto out\nr1 = r7\ncall 86"),
        ("skc_to_tcp_sock_write", CAST + "call 137\nif r0 == 0 goto +2\nr1 = 0\n*(u32 *)(r0 + 0) = r1\nr1 = r7\ncall 86"),
        ("skc_to_udp6_sock_leak", CAST + "call 140"),
        ("skc_to_unix_sock", CAST + "call 178\nr1 = r7\ncall 86"),
        ("skc_to_tcp6_sock_ctx", "r1 = r6\ncall 136\nr1 = 0\nif r1 == 0 goto out"),
        ("skc_to_tcp_timewait_skb_sk", "r1 = *(u64 *)(r6 + 168)\nif r1 == 0 goto out\ncall 138\nif r0 == 0 goto out\nr0 = *(u32 *)(r0 + 0)"),
        ("skc_to_mptcp_sock_skb_sk", "r1 = *(u64 *)(r6 + 168)\nif r1 == 0 goto out\ncall 196\nif r0 == 0 goto out\nr0 = *(u32 *)(r0 + 0)"),
):
    prog("btf_hd_" + name, "sched_cls", (name.endswith("_ctx") or name.endswith("skb_sk")) and ZSTACK + body + PKT_END or body + PKT_END)

# storage helpers (their map types are not modelled, so every map here is the wrong one, after the arguments)
for name, ptype, body in (
        ("task_storage_delete_hash", "kprobe", "call 158\nld_pseudo r1, 1, 0\nr2 = r0\ncall 157"),
        ("task_storage_get_null_task", "kprobe", "ld_pseudo r1, 1, 0\nr2 = 0\nr3 = 0\nr4 = 0\ncall 156"),
        ("task_storage_get_uninit_value", "kprobe", "call 158\nld_pseudo r1, 1, 0\nr2 = r0\nr3 = r10\nr3 += -128\nr4 = 0\ncall 156"),
        ("task_storage_get_scalar_task", "kprobe", "ld_pseudo r1, 1, 0\nr2 = 5\nr3 = 0\nr4 = 0\ncall 156"),
        ("task_storage_get_value", "tracepoint", "call 158\nld_pseudo r1, 1, 0\nr2 = r0\nr3 = r10\nr3 += -8\nr4 = 0\ncall 156"),
        ("cgrp_storage_get_ctx", "kprobe", "ld_pseudo r1, 1, 0\nr2 = r6\nr3 = 0\nr4 = 0\ncall 210"),
):
    prog("btf_hd_" + name, ptype, ZSTACK + body + "\nr0 = 0\nexit", maps=[HASH])
prog("btf_hd_sk_storage_get_lookup_sock", "sched_cls", ZSTACK + lookup_sk() + "\nif r0 == 0 goto out\nr7 = r0\n"
     "ld_pseudo r1, 1, 0\nr2 = r0\nr3 = 0\nr4 = 0\ncall 107\nr1 = r7\ncall 86" + PKT_END, maps=[HASH])

# bpf_strncmp's constant string: a frozen read-only array only (the maps here are writable or not frozen)
STRN = STK % (1, 1, -16) + "r2 = 8\n"
for name, maps, body in (
        ("strncmp_hash_value", [HASH], MAPK.replace("r2", "r9") + "ld_pseudo r1, 1, 0\nr2 = r9\ncall 1\nif r0 == 0 goto +4\nr3 = r0\n" + STRN + "call 182"),
        ("strncmp_stack", [], STRN + "r3 = r10\nr3 += -32\ncall 182"),
        ("strncmp_rdonly_not_frozen", ["array:4:8:1:0x80"], STRN + "ld_pseudo r3, 2, 0\ncall 182"),
        ("strncmp_array_value", ["array:4:8:1"], STRN + "ld_pseudo r3, 2, 0\ncall 182"),
        ("strncmp_or_null", [HASH], MAPK.replace("r2", "r9") + "ld_pseudo r1, 1, 0\nr2 = r9\ncall 1\nr3 = r0\n" + STRN + "call 182"),
):
    hd("str_" + name, "kprobe", body, maps=maps)

os.makedirs(OUT, exist_ok=True)
for name, text in progs.items():
    with open(os.path.join(OUT, name + ".s"), "w") as f:
        f.write(text)
print(len(progs), "programs")
