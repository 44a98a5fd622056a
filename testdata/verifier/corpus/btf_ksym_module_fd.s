# type: raw_tracepoint
	.quad 0x0001a7c800003118
	.quad 0x0000303900000000
	r0 = 0
	exit
