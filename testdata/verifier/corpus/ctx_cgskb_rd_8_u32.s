# type: cgroup_skb
	r2 = *(u32 *)(r1 + 8)
	r0 = 1
	r0 = 0
	exit
