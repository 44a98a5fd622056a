# type: cgroup_skb
	r0 = *(u32 *)(r1 + 0)
	if r0 > 1 goto +1
	exit
	r0 = 2
	exit
