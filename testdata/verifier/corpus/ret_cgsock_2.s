# type: cgroup_sock; attach: cgroup_inet_sock_create
	r0 = 2
	exit
