# type: socket_filter
	r2 = *(u32 *)(r1 + 0)
	r2 &= 15
	r0 = 0
l:
	r0 += 1
	r2 -= 1
	if r2 s> 0 goto l
	exit
