# type: cgroup_skb; maps: array:4:16:4; attach: cgroup_inet_ingress
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
	ld_pseudo r1, 1, 0
	r2 = r7
	call 108
	r0 = 0
	exit
out:
	r0 = 0
	exit
