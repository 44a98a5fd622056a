# type: cgroup_skb
	r6 = r1
	r1 = *(u64 *)(r6 + 168)
	if r1 == 0 goto +3
	call 96
	if r0 == 0 goto +1
	r0 = *(u64 *)(r0 + 88)
	r0 = 1
	exit
