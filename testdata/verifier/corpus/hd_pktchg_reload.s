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
	r7 = *(u32 *)(r6 + 76)
	r8 = *(u32 *)(r6 + 80)
	r1 = r7
	r1 += 14
	if r1 > r8 goto out
	r1 = r6
	r2 = 0
	call 39
	r7 = *(u32 *)(r6 + 76)
	r8 = *(u32 *)(r6 + 80)
	r1 = r7
	r1 += 1
	if r1 > r8 goto out
	r0 = *(u8 *)(r7 + 0)
	r0 = 0
	exit
out:
	r0 = 0
	exit
