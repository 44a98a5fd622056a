# type: sched_cls
	r6 = r1
	r0 = 0
	*(u64 *)(r10 - 8) = r0
	*(u64 *)(r10 - 16) = r0
	*(u64 *)(r10 - 24) = r0
	*(u64 *)(r10 - 32) = r0
	*(u64 *)(r10 - 40) = r0
	*(u64 *)(r10 - 48) = r0
	*(u64 *)(r10 - 56) = r0
	*(u64 *)(r10 - 64) = r0
	r1 = r6
	call 136
	r1 = 0
	if r1 == 0 goto out
	r0 = 0
	exit
out:
	r0 = 0
	exit
