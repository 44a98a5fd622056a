# type: sched_cls; maps: hash:4:8:16
	r1 = 0
	*(u32 *)(r10 - 4) = r1
	r2 = r10
	r2 += -4
	ld_pseudo r1, 1, 0
	call 1
	if r0 == 0 goto +2
	r1 = r0
	call 86
	r0 = 0
	exit
