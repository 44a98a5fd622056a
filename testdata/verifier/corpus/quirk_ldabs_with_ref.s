# type: socket_filter; maps: ringbuf:0:0:4096
	r6 = r1
	ld_pseudo r1, 1, 0
	r2 = 8
	r3 = 0
	call 131
	r7 = r0
	r0 = *(u8 *)skb[1]
	r0 = 0
	exit
