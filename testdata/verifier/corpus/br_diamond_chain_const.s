# type: socket_filter
	r2 = *(u32 *)(r1 + 0)
	r0 = 0
	if r2 > 0 goto +1
	r3 = 0
	if r2 > 1 goto +1
	r3 = 1
	if r2 > 2 goto +1
	r3 = 2
	if r2 > 3 goto +1
	r3 = 3
	if r2 > 4 goto +1
	r3 = 4
	if r2 > 5 goto +1
	r3 = 5
	if r2 > 6 goto +1
	r3 = 6
	if r2 > 7 goto +1
	r3 = 7
	exit
