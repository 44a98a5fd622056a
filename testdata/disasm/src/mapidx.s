# A raw socket-filter program whose maps are named by index into the fd array (ld_imm64 src 5 and 6),
# a form libbpf 1.1 never emits. capture.sh loads it with loadlog raw --map array:4:16:1 (map index 0).
# The ld_imm64 forms are written as bytes: LLVM 19 has no syntax for them.
	.text
	.globl	mapidx
mapidx:
	.byte 0x18, 0x51, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 # r1 = map_idx(0)
	.byte 0x18, 0x62, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00 # r2 = map_idx_value(0) + 8
	r0 = *(u64 *)(r2 + 0)
	r3 = 0
	*(u32 *)(r10 - 4) = r3
	r2 = r10
	r2 += -4
	call 1
	if r0 == 0 goto +1
	r0 = *(u64 *)(r0 + 0)
	r0 = 0
	exit
