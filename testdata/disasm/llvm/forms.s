# Every instruction form LLVM 19 can write, for bpf4j's llvm-objdump-19 differential test (LlvmObjdumpTest).
	.text
	.globl	forms
	.type	forms,@function
forms:
	r0 = 0
	w0 = 0
	r1 = 5
	r1 = -5
	w1 = -5
	r1 += r2
	w1 += w2
	r1 -= 3
	r1 *= r2
	r1 /= r2
	r1 s/= r2
	w1 s/= 7
	r1 %= r2
	r1 s%= r2
	r1 |= 0xff
	r1 &= r2
	r1 <<= 3
	r1 >>= r2
	r1 s>>= 3
	w1 s>>= w3
	r1 = -r1
	w1 = -w1
	r1 ^= r2
	r1 = r2
	w1 = w2
	r1 = (s8)r2
	r1 = (s16)r2
	r1 = (s32)r2
	w1 = (s8)w2
	w1 = (s16)w2
	r1 = be16 r1
	r1 = be32 r1
	r1 = be64 r1
	r1 = le16 r1
	r1 = le32 r1
	r1 = le64 r1
	r1 = bswap16 r1
	r1 = bswap32 r1
	r1 = bswap64 r1
	r1 = addr_space_cast(r2, 0, 1)
	r1 = addr_space_cast(r2, 1, 0)
	r2 = *(u8 *)(r1 + 0)
	r2 = *(u16 *)(r1 - 4)
	r2 = *(u32 *)(r1 + 8)
	r2 = *(u64 *)(r1 + 16)
	w2 = *(u8 *)(r1 + 0)
	r2 = *(s8 *)(r1 + 0)
	r2 = *(s16 *)(r1 + 0)
	r2 = *(s32 *)(r1 + 0)
	*(u8 *)(r10 - 8) = r1
	*(u16 *)(r10 - 8) = r1
	*(u32 *)(r10 - 8) = r1
	*(u64 *)(r10 - 8) = r1
	*(u8 *)(r10 - 8) = 1
	*(u16 *)(r10 - 8) = -1
	*(u32 *)(r10 - 8) = 0x12345
	*(u64 *)(r10 - 8) = 7
	lock *(u32 *)(r1 + 0) += w2
	lock *(u64 *)(r1 + 0) += r2
	lock *(u64 *)(r1 + 0) |= r2
	lock *(u64 *)(r1 + 0) &= r2
	lock *(u64 *)(r1 + 0) ^= r2
	r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)
	w2 = atomic_fetch_add((u32 *)(r1 + 0), w2)
	r2 = atomic_fetch_or((u64 *)(r1 + 0), r2)
	r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)
	r2 = atomic_fetch_xor((u64 *)(r1 + 0), r2)
	r2 = xchg_64(r1 + 0, r2)
	w2 = xchg32_32(r1 + 0, w2)
	r0 = cmpxchg_64(r1 + 0, r0, r2)
	w0 = cmpxchg32_32(r1 + 0, w0, w2)
	r1 = 0x123456789 ll
	r1 = -1 ll
	r0 = *(u8 *)skb[12]
	r0 = *(u16 *)skb[12]
	r0 = *(u32 *)skb[r2]
	if r1 == 5 goto +1
	if r1 != r2 goto -1
	if w1 > 5 goto +1
	if w1 s< w2 goto +1
	if r1 & 0x10 goto +1
	if r1 s>= -1 goto +1
	if w1 <= -1 goto +1
	goto +2
	gotol +2
	may_goto +1
	call 1
	call 12
	callx r2
	exit
