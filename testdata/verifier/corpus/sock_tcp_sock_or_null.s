# type: cgroup_skb
	r6 = r1
	r1 = *(u64 *)(r6 + 168)
	if r1 == 0 goto +2
	call 96
	r0 = *(u32 *)(r0 + 0)
	r0 = 1
	exit
