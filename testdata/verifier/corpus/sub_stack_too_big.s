# type: socket_filter
	r1 = 0
	*(u64 *)(r10 - 512) = r1
	call f
	exit
f:
	r1 = 0
	*(u64 *)(r10 - 512) = r1
	r0 = 0
	exit
