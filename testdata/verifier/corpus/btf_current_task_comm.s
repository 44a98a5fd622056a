# type: tracing; attach: trace_raw_tp; attach_btf: sched_switch
	call 158
	r1 = r10
	r1 += -16
	r2 = 16
	r3 = r0
	r3 += 1752
	call 113
	r0 = 0
	exit
