# type: socket_filter
	r7 = *(u32 *)(r1 + 0)
	w7 -= 5
	r0 = 0
	if w7 s>= w7 goto +1
	r0 = 1
	exit
