# type: cgroup_skb; attach: cgroup_inet_egress
	r0 = 2
	exit
