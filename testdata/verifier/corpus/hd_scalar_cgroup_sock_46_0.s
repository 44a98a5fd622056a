# type: cgroup_sock; attach: cgroup_inet_sock_create
	r6 = r1
	r0 = 0
	*(u64 *)(r10 - 8) = r0
	*(u64 *)(r10 - 16) = r0
	*(u64 *)(r10 - 24) = r0
	*(u64 *)(r10 - 32) = r0
	*(u64 *)(r10 - 40) = r0
	*(u64 *)(r10 - 48) = r0
	*(u64 *)(r10 - 56) = r0
	*(u64 *)(r10 - 64) = r0
	r1 = r6
	call 46
	r0 = 0
	exit
