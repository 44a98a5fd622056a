# type: socket_filter
	r0 = *(u32 *)(r1 + 0)
	r0 *= r0
	r0 /= r0
	r0 <<= 3
	r0 &= 0xffff
	exit
