# type: cgroup_skb; attach: cgroup_inet_ingress
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
	r7 = *(u64 *)(r6 + 168)
	if r7 == 0 goto out
	r1 = r7
	r2 = 1
	call 129
	r0 = 0
	exit
out:
	r0 = 0
	exit
