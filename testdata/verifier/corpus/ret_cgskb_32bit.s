# type: cgroup_skb
	r0 = 0x100000000 ll
	exit
