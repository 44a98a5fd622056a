# type: socket_filter
	r1 = 1
	call f1
	exit
f1:
	r1 = 1
	call f2
	exit
f2:
	r1 = 1
	call f3
	exit
f3:
	r1 = 1
	call f4
	exit
f4:
	r1 = 1
	call f5
	exit
f5:
	r1 = 1
	call f6
	exit
f6:
	r1 = 1
	call f7
	exit
f7:
	r1 = 1
	call f8
	exit
f8:
	r1 = 1
	call f9
	exit
f9:
	r0 = 0
	exit
