# type: kprobe
	call 15
	exit
