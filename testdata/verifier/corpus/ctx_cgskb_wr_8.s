# type: cgroup_skb
	r2 = 1
	*(u32 *)(r1 + 8) = r2
	r0 = 0
	r0 = 1
	exit
