# type: cgroup_skb
	r0 = 3
	exit
