	.bpf_map	events, perf_event_array, 4, 4, 0
	.section	"tracepoint/syscalls/sys_enter_execve","ax",@progbits
f:
	r3 += core(task_struct, real_parent)
	r3 = *(u64 *)(r6 + core(trace_event_raw_sys_enter, args[0]))
	w2 = core_field_size(struct sk_buff, cb[2])
	r1 = core_enum_value(enum pid_type, PIDTYPE_TGID) ll
	r1 = core_type_exists(task_struct___v2)
	r1 = core(missing, x)
	exit
