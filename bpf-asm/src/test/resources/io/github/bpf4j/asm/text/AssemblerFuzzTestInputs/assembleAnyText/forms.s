	lock *(u32 *)(r1 - 8) ^= w2
	w0 = cmpxchg32_32(r1 + 0, w0, w2)
	r0 = *(u8 *)skb[r3]
	r1 = bswap64 r1 /* c */ ; gotol +2
