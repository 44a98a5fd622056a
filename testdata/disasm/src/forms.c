// Programs that exercise every instruction form the kernel accepts, one family per program, so that the
// verifier log of each load (level 2) prints each form once. Written for bpf4j's disassembler goldens
// (testdata/disasm/capture.sh); each body is hand-written assembly in a naked function.
// Built with: clang-19 -O2 -g -target bpf -mcpu=v4 -c forms.c
#define SEC(name) __attribute__((section(name), used))
#define NAKED __attribute__((naked))

char _license[] SEC("license") = "GPL";

SEC("socket") NAKED int alu64_imm(void)
{
	asm volatile(
	"r0 = 7;"
	"r0 += 3;"
	"r0 -= -2;"
	"r0 *= 5;"
	"r0 /= 3;"
	"r0 s/= -3;"
	"r0 |= 0x100;"
	"r0 &= 0xfff;"
	"r0 <<= 4;"
	"r0 >>= 1;"
	"r0 s>>= 2;"
	"r0 %%= 1000;"
	"r0 s%%= -7;"
	"r0 ^= 0x5a5a;"
	"r0 = -r0;"
	"r0 = -2147483648;"
	"r0 = 2147483647;"
	"r0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int alu64_reg(void)
{
	asm volatile(
	"r0 = 7;"
	"r1 = 3;"
	"r2 = r1;"
	"r0 += r1;"
	"r0 -= r2;"
	"r0 *= r1;"
	"r0 /= r1;"
	"r0 s/= r1;"
	"r0 |= r1;"
	"r0 &= r1;"
	"r0 <<= r1;"
	"r0 >>= r1;"
	"r0 s>>= r1;"
	"r0 %%= r1;"
	"r0 s%%= r1;"
	"r0 ^= r1;"
	"r3 = (s8)r1;"
	"r4 = (s16)r1;"
	"r5 = (s32)r1;"
	"r0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int alu32_imm(void)
{
	asm volatile(
	"w0 = 7;"
	"w0 += 3;"
	"w0 -= -2;"
	"w0 *= 5;"
	"w0 /= 3;"
	"w0 s/= -3;"
	"w0 |= 0x100;"
	"w0 &= 0xfff;"
	"w0 <<= 4;"
	"w0 >>= 1;"
	"w0 s>>= 2;"
	"w0 %%= 1000;"
	"w0 s%%= -7;"
	"w0 ^= 0x5a5a;"
	"w0 = -w0;"
	"w0 = -1;"
	"w0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int alu32_reg(void)
{
	asm volatile(
	"w0 = 7;"
	"w1 = 3;"
	"w2 = w1;"
	"w0 += w1;"
	"w0 -= w2;"
	"w0 *= w1;"
	"w0 /= w1;"
	"w0 s/= w1;"
	"w0 |= w1;"
	"w0 &= w1;"
	"w0 <<= w1;"
	"w0 >>= w1;"
	"w0 s>>= w1;"
	"w0 %%= w1;"
	"w0 s%%= w1;"
	"w0 ^= w1;"
	"w3 = (s8)w1;"
	"w4 = (s16)w1;"
	"w0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int endian(void)
{
	asm volatile(
	"r0 = 0x12345678;"
	"r0 = be16 r0;"
	"r0 = be32 r0;"
	"r0 = be64 r0;"
	"r0 = le16 r0;"
	"r0 = le32 r0;"
	"r0 = le64 r0;"
	"r0 = bswap16 r0;"
	"r0 = bswap32 r0;"
	"r0 = bswap64 r0;"
	"r0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int memory(void)
{
	asm volatile(
	"*(u8 *)(r10 - 1) = 1;"
	"*(u16 *)(r10 - 4) = -2;"
	"*(u32 *)(r10 - 8) = 0x7fffffff;"
	"*(u64 *)(r10 - 16) = -1;"
	"r1 = 0x55;"
	"*(u8 *)(r10 - 17) = r1;"
	"*(u16 *)(r10 - 20) = r1;"
	"*(u32 *)(r10 - 24) = r1;"
	"*(u64 *)(r10 - 32) = r1;"
	"r2 = *(u8 *)(r10 - 1);"
	"r2 = *(u16 *)(r10 - 4);"
	"r2 = *(u32 *)(r10 - 8);"
	"r2 = *(u64 *)(r10 - 16);"
	"r3 = *(s8 *)(r10 - 17);"
	"r3 = *(s16 *)(r10 - 20);"
	"r3 = *(s32 *)(r10 - 24);"
	"r0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int atomics(void)
{
	asm volatile(
	"r1 = 0;"
	"*(u64 *)(r10 - 8) = r1;"
	"*(u64 *)(r10 - 16) = r1;"
	"r2 = r10;"
	"r2 += -16;"
	"r3 = 1;"
	"lock *(u32 *)(r2 + 0) += w3;"
	"lock *(u32 *)(r2 + 0) |= w3;"
	"lock *(u32 *)(r2 + 0) &= w3;"
	"lock *(u32 *)(r2 + 0) ^= w3;"
	"lock *(u64 *)(r10 - 8) += r3;"
	"lock *(u64 *)(r10 - 8) |= r3;"
	"lock *(u64 *)(r10 - 8) &= r3;"
	"lock *(u64 *)(r10 - 8) ^= r3;"
	"w3 = atomic_fetch_add((u32 *)(r2 + 4), w3);"
	"w3 = atomic_fetch_or((u32 *)(r2 + 4), w3);"
	"w3 = atomic_fetch_and((u32 *)(r2 + 4), w3);"
	"w3 = atomic_fetch_xor((u32 *)(r2 + 4), w3);"
	"r4 = r3;"
	"r4 = atomic_fetch_add((u64 *)(r10 - 8), r4);"
	"r4 = atomic_fetch_or((u64 *)(r10 - 8), r4);"
	"r4 = atomic_fetch_and((u64 *)(r10 - 8), r4);"
	"r4 = atomic_fetch_xor((u64 *)(r10 - 8), r4);"
	"w5 = 6;"
	"w5 = xchg32_32(r2 + 0, w5);"
	"r5 = xchg_64(r10 - 8, r5);"
	"w0 = 0;"
	"w0 = cmpxchg32_32(r2 + 0, w0, w3);"
	"r0 = cmpxchg_64(r10 - 8, r0, r4);"
	/* load-acquire and store-release (kernel 6.15) have no LLVM 19 syntax: their bytes, registers fixed.
	   code 0xd3/0xcb/0xc3/0xdb (STX|ATOMIC|B/H/W/DW), regs 0x21 (dst r1, src r2), off -16, imm 0x100/0x110. */
	"r2 = r10;"
	".byte 0xd3, 0x21, 0xf0, 0xff, 0x00, 0x01, 0x00, 0x00;" /* r1 = load_acquire((u8 *)(r2 -16)) */
	".byte 0xcb, 0x21, 0xf0, 0xff, 0x00, 0x01, 0x00, 0x00;" /* r1 = load_acquire((u16 *)(r2 -16)) */
	".byte 0xc3, 0x21, 0xf0, 0xff, 0x00, 0x01, 0x00, 0x00;" /* r1 = load_acquire((u32 *)(r2 -16)) */
	".byte 0xdb, 0x21, 0xf0, 0xff, 0x00, 0x01, 0x00, 0x00;" /* r1 = load_acquire((u64 *)(r2 -16)) */
	"r1 = r10;"
	"r2 = 9;"
	".byte 0xd3, 0x21, 0xf0, 0xff, 0x10, 0x01, 0x00, 0x00;" /* store_release((u8 *)(r1 -16), r2) */
	".byte 0xcb, 0x21, 0xf0, 0xff, 0x10, 0x01, 0x00, 0x00;" /* store_release((u16 *)(r1 -16), r2) */
	".byte 0xc3, 0x21, 0xf0, 0xff, 0x10, 0x01, 0x00, 0x00;" /* store_release((u32 *)(r1 -16), r2) */
	".byte 0xdb, 0x21, 0xf0, 0xff, 0x10, 0x01, 0x00, 0x00;" /* store_release((u64 *)(r1 -16), r2) */
	"r0 = 0;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int jumps(void)
{
	asm volatile(
	"r2 = *(u32 *)(r1 + 0);"   /* skb->len: unknown to the verifier */
	"r3 = *(u32 *)(r1 + 4);"   /* skb->pkt_type */
	"if r2 == 1 goto +0;"
	"if r2 != 2 goto +0;"
	"if r2 > 3 goto +0;"
	"if r2 >= 4 goto +0;"
	"if r2 < 5 goto +0;"
	"if r2 <= 6 goto +0;"
	"if r2 s> -7 goto +0;"
	"if r2 s>= 8 goto +0;"
	"if r2 s< -9 goto +0;"
	"if r2 s<= 10 goto +0;"
	"if r2 & 0x80 goto +0;"
	"if r2 == r3 goto +0;"
	"if r2 != r3 goto +0;"
	"if r2 > r3 goto +0;"
	"if r2 >= r3 goto +0;"
	"if r2 < r3 goto +0;"
	"if r2 <= r3 goto +0;"
	"if r2 s> r3 goto +0;"
	"if r2 s>= r3 goto +0;"
	"if r2 s< r3 goto +0;"
	"if r2 s<= r3 goto +0;"
	"if r2 & r3 goto +0;"
	"if w2 == 1 goto +0;"
	"if w2 != -1 goto +0;"
	"if w2 > 3 goto +0;"
	"if w2 >= 4 goto +0;"
	"if w2 < 5 goto +0;"
	"if w2 <= 6 goto +0;"
	"if w2 s> -7 goto +0;"
	"if w2 s>= 8 goto +0;"
	"if w2 s< -9 goto +0;"
	"if w2 s<= 10 goto +0;"
	"if w2 & 0x80 goto +0;"
	"if w2 == w3 goto +0;"
	"if w2 != w3 goto +0;"
	"if w2 > w3 goto +0;"
	"if w2 >= w3 goto +0;"
	"if w2 < w3 goto +0;"
	"if w2 <= w3 goto +0;"
	"if w2 s> w3 goto +0;"
	"if w2 s>= w3 goto +0;"
	"if w2 s< w3 goto +0;"
	"if w2 s<= w3 goto +0;"
	"if w2 & w3 goto +0;"
	"r0 = 1;"
	"if r2 > 100 goto +2;"
	"r0 = 2;"
	"goto +2;"
	"r0 = 3;"
	"gotol +0;"
	"may_goto +1;"
	"r0 = 4;"
	"exit;"
	::: "memory");
}

SEC("socket") NAKED int packet(void)
{
	asm volatile(
	"r6 = r1;"
	"r0 = *(u8 *)skb[12];"
	"r0 = *(u16 *)skb[12];"
	"r0 = *(u32 *)skb[0];"
	"r7 = 2;"
	/* indirect loads: LLVM 19 writes no immediate (skb[r7]); bytes give the offset 14 */
	".byte 0x50, 0x70, 0x00, 0x00, 0x0e, 0x00, 0x00, 0x00;" /* r0 = *(u8 *)skb[r7 + 14] */
	".byte 0x48, 0x70, 0x00, 0x00, 0x0e, 0x00, 0x00, 0x00;" /* r0 = *(u16 *)skb[r7 + 14] */
	".byte 0x40, 0x70, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00;" /* r0 = *(u32 *)skb[r7 + 0] */
	"r0 = 0;"
	"exit;"
	::: "memory");
}
