# type: socket_filter
	r0 = 0
l:
	r0 += 1
	may_goto +1
	goto l
	exit
