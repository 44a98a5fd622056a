# type: cgroup_device
	r0 = 2
	exit
