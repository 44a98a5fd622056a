# A raw syscall program with an arena map, for the addr_space_cast forms (Linux 6.9). capture.sh loads it with
# testdata/disasm/tools/arenaload, which creates the arena and puts its fd into the ld_imm64 (src 1, imm 0).
	.text
	.globl	arena
arena:
	.byte 0x18, 0x11, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 # r1 = the arena
	r1 = 0
	r1 = addr_space_cast(r1, 0, 1)
	r2 = addr_space_cast(r1, 1, 0)
	r0 = 0
	exit
