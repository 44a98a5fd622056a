# Every instruction form of the bpf4j model that llvm-mc-19 -triple bpfel -mcpu=v4 assembles, plus the
# directives clang -S writes. AssemblerDifferentialTest assembles it with llvm-mc-19 and with bpf4j and
# compares section bytes and relocations. Forms newer than LLVM 19 are in beyond-llvm19.expect.
	.text
	.file	"all-forms.c"
	.globl	forms
	.p2align	3
	.type	forms,@function
forms:
.Lfunc_begin0:
	r1 += r2
	r3 += 7
	r1 -= r2
	r3 -= 7
	r1 *= r2
	r3 *= 7
	r1 /= r2
	r3 /= 7
	r1 |= r2
	r3 |= 7
	r1 &= r2
	r3 &= 7
	r1 <<= r2
	r3 <<= 7
	r1 >>= r2
	r3 >>= 7
	r1 s>>= r2
	r3 s>>= 7
	r1 %= r2
	r3 %= 7
	r1 ^= r2
	r3 ^= 7
	r1 s/= r2
	r3 s/= 7
	r1 s%= r2
	r3 s%= 7
	r4 = r5
	r4 = -1
	r4 = 0x7fffffff
	r6 = -r6
	r7 = (s8)r8
	r7 = (s16)r8
	w1 += w2
	w3 += 7
	w1 -= w2
	w3 -= 7
	w1 *= w2
	w3 *= 7
	w1 /= w2
	w3 /= 7
	w1 |= w2
	w3 |= 7
	w1 &= w2
	w3 &= 7
	w1 <<= w2
	w3 <<= 7
	w1 >>= w2
	w3 >>= 7
	w1 s>>= w2
	w3 s>>= 7
	w1 %= w2
	w3 %= 7
	w1 ^= w2
	w3 ^= 7
	w1 s/= w2
	w3 s/= 7
	w1 s%= w2
	w3 s%= 7
	w4 = w5
	w4 = -1
	w4 = 0x7fffffff
	w6 = -w6
	w7 = (s8)w8
	w7 = (s16)w8
	r7 = (s32)r8
	r1 = addr_space_cast(r2, 1, 0)
	r1 = addr_space_cast(r2, 0, 1)
	r0 -= -2147483648
	r0 += 0xffffffff
	r9 = be16 r9
	r9 = be32 r9
	r9 = be64 r9
	r9 = le16 r9
	r9 = le32 r9
	r9 = le64 r9
	r9 = bswap16 r9
	r9 = bswap32 r9
	r9 = bswap64 r9
	if r1 == r2 goto .LBB0_1
	if r3 == -5 goto +1
	if r1 != r2 goto .LBB0_1
	if r3 != -5 goto +1
	if r1 > r2 goto .LBB0_1
	if r3 > -5 goto +1
	if r1 >= r2 goto .LBB0_1
	if r3 >= -5 goto +1
	if r1 < r2 goto .LBB0_1
	if r3 < -5 goto +1
	if r1 <= r2 goto .LBB0_1
	if r3 <= -5 goto +1
	if r1 s> r2 goto .LBB0_1
	if r3 s> -5 goto +1
	if r1 s>= r2 goto .LBB0_1
	if r3 s>= -5 goto +1
	if r1 s< r2 goto .LBB0_1
	if r3 s< -5 goto +1
	if r1 s<= r2 goto .LBB0_1
	if r3 s<= -5 goto +1
	if r1 & r2 goto .LBB0_1
	if r3 & -5 goto +1
	if w1 == w2 goto .LBB0_1
	if w3 == -5 goto +1
	if w1 != w2 goto .LBB0_1
	if w3 != -5 goto +1
	if w1 > w2 goto .LBB0_1
	if w3 > -5 goto +1
	if w1 >= w2 goto .LBB0_1
	if w3 >= -5 goto +1
	if w1 < w2 goto .LBB0_1
	if w3 < -5 goto +1
	if w1 <= w2 goto .LBB0_1
	if w3 <= -5 goto +1
	if w1 s> w2 goto .LBB0_1
	if w3 s> -5 goto +1
	if w1 s>= w2 goto .LBB0_1
	if w3 s>= -5 goto +1
	if w1 s< w2 goto .LBB0_1
	if w3 s< -5 goto +1
	if w1 s<= w2 goto .LBB0_1
	if w3 s<= -5 goto +1
	if w1 & w2 goto .LBB0_1
	if w3 & -5 goto +1
.LBB0_1:
	goto .LBB0_2
	goto +0
	goto -1
	gotol .LBB0_2
	gotol +2
	may_goto .LBB0_2
	may_goto +0
.LBB0_2:
LBB0_3:
	call 1
	call 212
	call helper_by_symbol
	call local_func
	call global_func
	callx r5
	r1 = 0x123456789abcdef0 ll
	r1 = -1 ll
	r2 = my_map ll
	r3 = my_map + 16 ll
	r4 = .Lstr ll
	r5 = local_obj + 4 ll
	r6 = extern_var ll
	ld_pseudo r1, 1, 7
	ld_pseudo r2, 2, 14
	ld_pseudo r3, 3, 21
	ld_pseudo r4, 4, 28
	ld_pseudo r5, 5, 35
	ld_pseudo r6, 6, 42
	r0 = *(u8 *)skb[12]
	r0 = *(u8 *)skb[r3]
	r0 = *(u16 *)skb[12]
	r0 = *(u16 *)skb[r3]
	r0 = *(u32 *)skb[12]
	r0 = *(u32 *)skb[r3]
	r1 = *(u8 *)(r2 + 8)
	r1 = *(u8 *)(r10 - 32768)
	*(u8 *)(r10 - 8) = r3
	*(u8 *)(r1 + 32767) = -7
	r1 = *(u16 *)(r2 + 8)
	r1 = *(u16 *)(r10 - 32768)
	*(u16 *)(r10 - 8) = r3
	*(u16 *)(r1 + 32767) = -7
	r1 = *(u32 *)(r2 + 8)
	r1 = *(u32 *)(r10 - 32768)
	*(u32 *)(r10 - 8) = r3
	*(u32 *)(r1 + 32767) = -7
	r1 = *(u64 *)(r2 + 8)
	r1 = *(u64 *)(r10 - 32768)
	*(u64 *)(r10 - 8) = r3
	*(u64 *)(r1 + 32767) = -7
	w1 = *(u8 *)(r2 + 0)
	*(u8 *)(r10 - 4) = w3
	w1 = *(u16 *)(r2 + 0)
	*(u16 *)(r10 - 4) = w3
	w1 = *(u32 *)(r2 + 0)
	*(u32 *)(r10 - 4) = w3
	r1 = *(s8 *)(r2 - 2)
	r1 = *(s16 *)(r2 - 2)
	r1 = *(s32 *)(r2 - 2)
	lock *(u64 *)(r1 + 8) += r2
	lock *(u32 *)(r1 - 8) += w2
	lock *(u64 *)(r1 + 8) |= r2
	lock *(u32 *)(r1 - 8) |= w2
	lock *(u64 *)(r1 + 8) &= r2
	lock *(u32 *)(r1 - 8) &= w2
	lock *(u64 *)(r1 + 8) ^= r2
	lock *(u32 *)(r1 - 8) ^= w2
	r2 = atomic_fetch_add((u64 *)(r1 + 0), r2)
	w2 = atomic_fetch_add((u32 *)(r1 + 4), w2)
	r2 = atomic_fetch_or((u64 *)(r1 + 0), r2)
	w2 = atomic_fetch_or((u32 *)(r1 + 4), w2)
	r2 = atomic_fetch_and((u64 *)(r1 + 0), r2)
	w2 = atomic_fetch_and((u32 *)(r1 + 4), w2)
	r2 = atomic_fetch_xor((u64 *)(r1 + 0), r2)
	w2 = atomic_fetch_xor((u32 *)(r1 + 4), w2)
	r2 = xchg_64(r1 + 0, r2)
	w2 = xchg32_32(r1 + 4, w2)
	r0 = cmpxchg_64(r1 + 0, r0, r2)
	w0 = cmpxchg32_32(r1 - 4, w0, w2)
	r0 = 0 ; r1 = 1 // two statements on a line, a C++ comment
	exit
.Lfunc_end0:
	.size	forms, .Lfunc_end0-forms

	.p2align	3
	.type	local_func,@function
local_func:
	r0 = 1
	exit
	.globl	global_func
global_func:
	call local_func
	call forms
	exit

	.section	"tp/syscalls/sys_enter_x","ax",@progbits
	.globl	prog
prog:
.Ltmp0:
	call local_func
	call global_func
	r1 = prog ll
	if r1 == 0 goto .Ltmp0
	exit
	.section	uprobe/x,"ax",@progbits
	exit

	.section	.maps,"aw",@progbits
	.globl	my_map
	.p2align	3
my_map:
	.zero	32
	.size	my_map, 32
	.type	my_map,@object
	.data
	.p2align	2
local_obj:
	.long	7
	.long	local_obj
	.quad	my_map+8
	.quad	local_obj
	.long	.Lfunc_begin0
	.long	.Lfunc_end0-.Lfunc_begin0
	.byte	1, 2, -1, 255
	.short	-2, 65535
	.long	0xffffffff, -2147483648
	.quad	-1, 0x8000000000000000
	.uleb128	624485
	.sleb128	-123456
	.p2align	3, 0xcc
	.space	3, 0x41
	.zero	2
	.p2align	2
	.size	local_obj, 12
	.section	.rodata.str1.1,"aMS",@progbits,1
.Lstr:
	.asciz	"hello %d\n"
	.ascii	"tab\there \"q\" back\\slash \101\x42"
	.string	"z"
	.section	.bss,"aw",@nobits
	.p2align	3
zeros:
	.zero	16
	.section	license,"aw",@progbits
	.asciz	"GPL"
	.section	.BTF,"",@progbits
	.short	60319
	.long	local_obj
	.long	my_map
	.section	.BTF.ext,"",@progbits
	.long	.Lfunc_begin0
	.long	.Ltmp0
	.long	.LBB0_2
	.section	.debug_abbrev,"",@progbits
	.byte	1
	.long	.Lfunc_begin0
	.weak	weak_fn
	.text
	call weak_fn
	exit
	.addrsig
	.addrsig_sym	my_map
