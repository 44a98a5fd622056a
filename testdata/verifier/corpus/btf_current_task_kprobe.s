# type: kprobe
	call 158
	r0 = *(u32 *)(r0 + 1264)
	r0 = 0
	exit
