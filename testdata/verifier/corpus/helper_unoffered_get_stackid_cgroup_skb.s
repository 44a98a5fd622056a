# type: cgroup_skb
	r1 = 0
	r2 = 0
	r3 = 0
	r4 = 0
	r5 = 0
	call 27
	r0 = 0
	exit
