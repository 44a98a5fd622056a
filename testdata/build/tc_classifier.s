	.text
	.file	"tc_classifier.c"
	.file	0 "." "src/tc_classifier.c" md5 0xca434b1908b94a72ba55c2d3d6f5a92f
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	tc,"ax",@progbits
	.globl	classify                        # -- Begin function classify
	.p2align	3
	.type	classify,@function
classify:                               # @classify
.Lfunc_begin0:
	.loc	0 46 0                          # src/tc_classifier.c:46:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: classify:skb <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 47 22 prologue_end            # src/tc_classifier.c:47:22
.Ltmp2:
.Ltmp3:
	w1 = *(u32 *)(r6 + 40)
	.loc	0 47 30 is_stmt 0               # src/tc_classifier.c:47:30
.Ltmp4:
	w1 &= 3
	.loc	0 47 8                          # src/tc_classifier.c:47:8
.Ltmp5:
	*(u32 *)(r10 - 8) = w1
	r2 = r10
	r2 += -8
	.loc	0 48 19 is_stmt 1               # src/tc_classifier.c:48:19
.Ltmp6:
	r1 = buckets ll
	call 1
.Ltmp7:
	r7 = r0
.Ltmp8:
.Ltmp9:
	#DEBUG_VALUE: classify:counters <- $r7
	.loc	0 0 19 is_stmt 0                # src/tc_classifier.c:0:19
	w0 = 0
	.loc	0 49 6 is_stmt 1                # src/tc_classifier.c:49:6
.Ltmp10:
	if r7 == 0 goto LBB0_16
.Ltmp11:
.Ltmp12:
# %bb.1:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6 is_stmt 0                 # src/tc_classifier.c:0:6
	w1 = 0
	*(u32 *)(r10 - 4) = w1
.Ltmp13:
.Ltmp14:
	#DEBUG_VALUE: bump:by <- 1
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
	r2 += -4
.Ltmp15:
	.loc	0 39 13 is_stmt 1               # src/tc_classifier.c:39:13
.Ltmp16:
.Ltmp17:
	r1 = r7
	call 1
.Ltmp18:
.Ltmp19:
	#DEBUG_VALUE: bump:v <- $r0
	.loc	0 40 6                          # src/tc_classifier.c:40:6
.Ltmp20:
	if r0 == 0 goto LBB0_3
.Ltmp21:
.Ltmp22:
# %bb.2:
	#DEBUG_VALUE: bump:v <- $r0
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:by <- 1
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6 is_stmt 0                 # src/tc_classifier.c:0:6
	r1 = 1
.Ltmp23:
	.loc	0 41 3 is_stmt 1                # src/tc_classifier.c:41:3
.Ltmp24:
.Ltmp25:
	lock *(u64 *)(r0 + 0) += r1
.Ltmp26:
.Ltmp27:
LBB0_3:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 53 33                         # src/tc_classifier.c:53:33
.Ltmp28:
.Ltmp29:
	w8 = *(u32 *)(r6 + 0)
	w1 = 1
	*(u32 *)(r10 - 4) = w1
.Ltmp30:
.Ltmp31:
	#DEBUG_VALUE: bump:by <- undef
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	.loc	0 0 33 is_stmt 0                # src/tc_classifier.c:0:33
	r2 = r10
	r2 += -4
.Ltmp32:
	.loc	0 39 13 is_stmt 1               # src/tc_classifier.c:39:13
.Ltmp33:
.Ltmp34:
	r1 = r7
	call 1
.Ltmp35:
.Ltmp36:
	#DEBUG_VALUE: bump:v <- $r0
	.loc	0 40 6                          # src/tc_classifier.c:40:6
.Ltmp37:
	if r0 == 0 goto LBB0_5
.Ltmp38:
.Ltmp39:
# %bb.4:
	#DEBUG_VALUE: bump:v <- $r0
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	#DEBUG_VALUE: bump:by <- $r8
	.loc	0 41 3                          # src/tc_classifier.c:41:3
.Ltmp40:
	lock *(u64 *)(r0 + 0) += r8
.Ltmp41:
.Ltmp42:
LBB0_5:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 54 11                         # src/tc_classifier.c:54:11
.Ltmp43:
.Ltmp44:
	w1 = *(u32 *)(r6 + 16)
.Ltmp45:
.Ltmp46:
	.loc	0 54 6 is_stmt 0                # src/tc_classifier.c:54:6
.Ltmp47:
	if w1 != 8 goto LBB0_8
.Ltmp48:
.Ltmp49:
# %bb.6:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6                           # src/tc_classifier.c:0:6
	w1 = 2
	*(u32 *)(r10 - 4) = w1
.Ltmp50:
.Ltmp51:
	#DEBUG_VALUE: bump:by <- 1
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
	r2 += -4
.Ltmp52:
	.loc	0 39 13 is_stmt 1               # src/tc_classifier.c:39:13
.Ltmp53:
.Ltmp54:
	r1 = r7
	call 1
.Ltmp55:
.Ltmp56:
	#DEBUG_VALUE: bump:v <- $r0
	.loc	0 40 6                          # src/tc_classifier.c:40:6
.Ltmp57:
	if r0 == 0 goto LBB0_11
.Ltmp58:
.Ltmp59:
# %bb.7:
	#DEBUG_VALUE: bump:v <- $r0
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:by <- 1
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6 is_stmt 0                 # src/tc_classifier.c:0:6
	goto LBB0_10
.Ltmp60:
.Ltmp61:
LBB0_8:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 56 16 is_stmt 1               # src/tc_classifier.c:56:16
.Ltmp62:
.Ltmp63:
	w1 = *(u32 *)(r6 + 16)
.Ltmp64:
.Ltmp65:
	.loc	0 56 11 is_stmt 0               # src/tc_classifier.c:56:11
.Ltmp66:
	if w1 != 56710 goto LBB0_11
.Ltmp67:
.Ltmp68:
# %bb.9:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 11                          # src/tc_classifier.c:0:11
	w1 = 3
	*(u32 *)(r10 - 4) = w1
.Ltmp69:
.Ltmp70:
	#DEBUG_VALUE: bump:by <- 1
	#DEBUG_VALUE: bump:counters <- $r7
	#DEBUG_VALUE: bump:idx <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
	r2 += -4
.Ltmp71:
	.loc	0 39 13 is_stmt 1               # src/tc_classifier.c:39:13
.Ltmp72:
.Ltmp73:
	r1 = r7
	call 1
.Ltmp74:
.Ltmp75:
	#DEBUG_VALUE: bump:v <- $r0
	.loc	0 40 6                          # src/tc_classifier.c:40:6
.Ltmp76:
	if r0 == 0 goto LBB0_11
.Ltmp77:
.Ltmp78:
LBB0_10:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6 is_stmt 0                 # src/tc_classifier.c:0:6
	r1 = 1
.Ltmp79:
	.loc	0 41 3 is_stmt 1                # src/tc_classifier.c:41:3
.Ltmp80:
.Ltmp81:
	lock *(u64 *)(r0 + 0) += r1
.Ltmp82:
.Ltmp83:
LBB0_11:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 59 27                         # src/tc_classifier.c:59:27
.Ltmp84:
	w1 = *(u32 *)(r10 - 8)
	.loc	0 59 25 is_stmt 0               # src/tc_classifier.c:59:25
.Ltmp85:
	w1 |= 1263534080
	.loc	0 59 12                         # src/tc_classifier.c:59:12
.Ltmp86:
.Ltmp87:
	*(u32 *)(r6 + 8) = w1
	w1 = 0
	.loc	0 60 23 is_stmt 1               # src/tc_classifier.c:60:23
.Ltmp88:
.Ltmp89:
	w2 = *(u32 *)(r6 + 20)
	.loc	0 60 18 is_stmt 0               # src/tc_classifier.c:60:18
.Ltmp90:
	if w2 == 0 goto LBB0_13
.Ltmp91:
.Ltmp92:
# %bb.12:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 60 43                         # src/tc_classifier.c:60:43
.Ltmp93:
.Ltmp94:
	w1 = *(u32 *)(r6 + 24)
	.loc	0 60 52                         # src/tc_classifier.c:60:52
.Ltmp95:
	w1 >>= 13
.Ltmp96:
.Ltmp97:
LBB0_13:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 60 16                         # src/tc_classifier.c:60:16
.Ltmp98:
.Ltmp99:
	*(u32 *)(r6 + 32) = w1
.Ltmp100:
	.loc	0 61 6 is_stmt 1                # src/tc_classifier.c:61:6
.Ltmp101:
.Ltmp102:
	r1 = max_len ll
	w2 = *(u32 *)(r1 + 0)
	.loc	0 61 14 is_stmt 0               # src/tc_classifier.c:61:14
.Ltmp103:
	if w2 == 0 goto LBB0_15
.Ltmp104:
.Ltmp105:
# %bb.14:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 14                          # src/tc_classifier.c:0:14
	w0 = 2
	.loc	0 61 22                         # src/tc_classifier.c:61:22
.Ltmp106:
.Ltmp107:
	w2 = *(u32 *)(r6 + 0)
	.loc	0 61 28                         # src/tc_classifier.c:61:28
.Ltmp108:
	w1 = *(u32 *)(r1 + 0)
.Ltmp109:
.Ltmp110:
	.loc	0 61 6                          # src/tc_classifier.c:61:6
.Ltmp111:
	if w2 > w1 goto LBB0_16
.Ltmp112:
.Ltmp113:
LBB0_15:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 0 6                           # src/tc_classifier.c:0:6
	w0 = 0
.Ltmp114:
.Ltmp115:
LBB0_16:
	#DEBUG_VALUE: classify:counters <- $r7
	#DEBUG_VALUE: classify:skb <- $r6
	.loc	0 64 1 is_stmt 1                # src/tc_classifier.c:64:1
.Ltmp116:
	exit
.Ltmp117:
.Ltmp118:
.Lfunc_end0:
	.size	classify, .Lfunc_end0-classify
	.cfi_endproc
                                        # -- End function
	.type	bucket0,@object                 # @bucket0
	.section	.maps,"aw",@progbits
	.globl	bucket0
	.p2align	3, 0x0
bucket0:
	.zero	32
	.size	bucket0, 32

	.type	bucket1,@object                 # @bucket1
	.globl	bucket1
	.p2align	3, 0x0
bucket1:
	.zero	32
	.size	bucket1, 32

	.type	bucket2,@object                 # @bucket2
	.globl	bucket2
	.p2align	3, 0x0
bucket2:
	.zero	32
	.size	bucket2, 32

	.type	bucket3,@object                 # @bucket3
	.globl	bucket3
	.p2align	3, 0x0
bucket3:
	.zero	32
	.size	bucket3, 32

	.type	buckets,@object                 # @buckets
	.globl	buckets
	.p2align	3, 0x0
buckets:
	.quad	0
	.quad	0
	.quad	0
	.quad	bucket0
	.quad	bucket1
	.quad	bucket2
	.quad	bucket3
	.size	buckets, 56

	.type	max_len,@object                 # @max_len
	.section	.rodata,"a",@progbits
	.globl	max_len
	.p2align	2, 0x0
max_len:
	.long	0                               # 0x0
	.size	max_len, 4

	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	7                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp38-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp35-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp55-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp58-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp74-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp77-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	25                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	26                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	27                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	28                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	29                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	30                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	31                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	32                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	33                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	34                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	0                               # DW_CHILDREN_no
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	35                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	36                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	37                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	38                              # Abbreviation Code
	.byte	23                              # DW_TAG_union_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	39                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x5b9 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0x29 DW_TAG_structure_type
	.byte	24                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0x36:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	91                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0x3f:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	116                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0x48:0x9 DW_TAG_member
	.byte	8                               # DW_AT_name
	.long	133                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0x51:0x9 DW_TAG_member
	.byte	11                              # DW_AT_name
	.long	150                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x5b:0x5 DW_TAG_pointer_type
	.long	96                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x60:0xc DW_TAG_array_type
	.long	108                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x65:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	12                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x6c:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x70:0x4 DW_TAG_base_type
	.byte	6                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	5                               # Abbrev [5] 0x74:0x5 DW_TAG_pointer_type
	.long	121                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0x79:0xc DW_TAG_array_type
	.long	108                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x7e:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x85:0x5 DW_TAG_pointer_type
	.long	138                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x8a:0x8 DW_TAG_typedef
	.long	146                             # DW_AT_type
	.byte	10                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x92:0x4 DW_TAG_base_type
	.byte	9                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x96:0xb DW_TAG_array_type
	.long	161                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x9b:0x5 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xa1:0x5 DW_TAG_pointer_type
	.long	166                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xa6:0x2a DW_TAG_structure_type
	.byte	15                              # DW_AT_name
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	4                               # Abbrev [4] 0xab:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	208                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0xb4:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	116                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0xbd:0x9 DW_TAG_member
	.byte	8                               # DW_AT_name
	.long	133                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	4                               # Abbrev [4] 0xc6:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	225                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xd0:0x5 DW_TAG_pointer_type
	.long	213                             # DW_AT_type
	.byte	6                               # Abbrev [6] 0xd5:0xc DW_TAG_array_type
	.long	108                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0xda:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	2                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xe1:0x5 DW_TAG_pointer_type
	.long	230                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xe6:0x8 DW_TAG_typedef
	.long	238                             # DW_AT_type
	.byte	14                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xee:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0xf2:0xb DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	253                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	35                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	13                              # Abbrev [13] 0xfd:0x5 DW_TAG_const_type
	.long	258                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x102:0x5 DW_TAG_volatile_type
	.long	138                             # DW_AT_type
	.byte	2                               # Abbrev [2] 0x107:0xb DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	274                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	66                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	6                               # Abbrev [6] 0x112:0xc DW_TAG_array_type
	.long	286                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x117:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x11e:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x122:0xb DW_TAG_variable
	.byte	19                              # DW_AT_name
	.long	166                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	2                               # Abbrev [2] 0x12d:0xb DW_TAG_variable
	.byte	20                              # DW_AT_name
	.long	166                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	2                               # Abbrev [2] 0x138:0xb DW_TAG_variable
	.byte	21                              # DW_AT_name
	.long	166                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	5
	.byte	2                               # Abbrev [2] 0x143:0xb DW_TAG_variable
	.byte	22                              # DW_AT_name
	.long	166                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	6
	.byte	15                              # Abbrev [15] 0x14e:0x9 DW_TAG_variable
	.byte	23                              # DW_AT_name
	.long	343                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	5                               # Abbrev [5] 0x157:0x5 DW_TAG_pointer_type
	.long	348                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x15c:0x10 DW_TAG_subroutine_type
	.long	364                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	17                              # Abbrev [17] 0x161:0x5 DW_TAG_formal_parameter
	.long	364                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x166:0x5 DW_TAG_formal_parameter
	.long	365                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	18                              # Abbrev [18] 0x16c:0x1 DW_TAG_pointer_type
	.byte	5                               # Abbrev [5] 0x16d:0x5 DW_TAG_pointer_type
	.long	370                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x172:0x1 DW_TAG_const_type
	.byte	20                              # Abbrev [20] 0x173:0x18 DW_TAG_enumeration_type
	.long	146                             # DW_AT_type
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x17b:0x3 DW_TAG_enumerator
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	21                              # Abbrev [21] 0x17e:0x3 DW_TAG_enumerator
	.byte	25                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	21                              # Abbrev [21] 0x181:0x3 DW_TAG_enumerator
	.byte	26                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	21                              # Abbrev [21] 0x184:0x3 DW_TAG_enumerator
	.byte	27                              # DW_AT_name
	.byte	3                               # DW_AT_const_value
	.byte	21                              # Abbrev [21] 0x187:0x3 DW_TAG_enumerator
	.byte	28                              # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x18b:0x8 DW_TAG_typedef
	.long	403                             # DW_AT_type
	.byte	30                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x193:0x4 DW_TAG_base_type
	.byte	29                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	22                              # Abbrev [22] 0x197:0x25 DW_TAG_subprogram
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	23                              # Abbrev [23] 0x19b:0x8 DW_TAG_formal_parameter
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
	.long	364                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1a3:0x8 DW_TAG_formal_parameter
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
	.long	138                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1ab:0x8 DW_TAG_formal_parameter
	.byte	34                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	37                              # DW_AT_decl_line
	.long	230                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x1b3:0x8 DW_TAG_variable
	.byte	35                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	225                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	25                              # Abbrev [25] 0x1bc:0xdd DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	36                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	108                             # DW_AT_type
                                        # DW_AT_external
	.byte	26                              # Abbrev [26] 0x1cb:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	38                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	665                             # DW_AT_type
	.byte	27                              # Abbrev [27] 0x1d4:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.long	138                             # DW_AT_type
	.byte	28                              # Abbrev [28] 0x1df:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
	.long	364                             # DW_AT_type
	.byte	29                              # Abbrev [29] 0x1e8:0x29 DW_TAG_inlined_subroutine
	.long	407                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp26-.Ltmp15                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	52                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	30                              # Abbrev [30] 0x1f5:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	87
	.long	411                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x1fc:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	419                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x204:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_const_value
	.long	427                             # DW_AT_abstract_origin
	.byte	32                              # Abbrev [32] 0x20a:0x6 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.long	435                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x211:0x29 DW_TAG_inlined_subroutine
	.long	407                             # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp41-.Ltmp32                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	53                              # DW_AT_call_line
	.byte	2                               # DW_AT_call_column
	.byte	30                              # Abbrev [30] 0x21e:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	87
	.long	411                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x225:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	419                             # DW_AT_abstract_origin
	.byte	33                              # Abbrev [33] 0x22d:0x6 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.long	427                             # DW_AT_abstract_origin
	.byte	32                              # Abbrev [32] 0x233:0x6 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.long	435                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x23a:0x29 DW_TAG_inlined_subroutine
	.long	407                             # DW_AT_abstract_origin
	.byte	10                              # DW_AT_low_pc
	.long	.Ltmp58-.Ltmp52                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	55                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	30                              # Abbrev [30] 0x247:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	87
	.long	411                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x24e:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	419                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x256:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_const_value
	.long	427                             # DW_AT_abstract_origin
	.byte	32                              # Abbrev [32] 0x25c:0x6 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.long	435                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x263:0x29 DW_TAG_inlined_subroutine
	.long	407                             # DW_AT_abstract_origin
	.byte	11                              # DW_AT_low_pc
	.long	.Ltmp77-.Ltmp71                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	57                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	30                              # Abbrev [30] 0x270:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	87
	.long	411                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x277:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	419                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x27f:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_const_value
	.long	427                             # DW_AT_abstract_origin
	.byte	32                              # Abbrev [32] 0x285:0x6 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.long	435                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	34                              # Abbrev [34] 0x28c:0xc DW_TAG_inlined_subroutine
	.long	407                             # DW_AT_abstract_origin
	.byte	12                              # DW_AT_low_pc
	.long	.Ltmp82-.Ltmp79                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	0                               # DW_AT_call_line
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x299:0x5 DW_TAG_pointer_type
	.long	670                             # DW_AT_type
	.byte	35                              # Abbrev [35] 0x29e:0x179 DW_TAG_structure_type
	.byte	105                             # DW_AT_name
	.byte	192                             # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44595                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x2a4:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44596                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2ae:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44597                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2b8:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44598                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2c2:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44599                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2cc:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44600                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2d6:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44601                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2e0:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44602                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2ea:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44603                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2f4:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44604                           # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x2fe:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44605                           # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x308:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44606                           # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x312:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44607                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x31c:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	1047                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44608                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x326:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44609                           # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x330:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44610                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x33a:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44611                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x344:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44612                           # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x34e:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44613                           # DW_AT_decl_line
	.byte	84                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x358:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44614                           # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x362:0xa DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44615                           # DW_AT_decl_line
	.byte	92                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x36c:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44616                           # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x376:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44617                           # DW_AT_decl_line
	.byte	100                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x380:0xa DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44618                           # DW_AT_decl_line
	.byte	116                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x38a:0xa DW_TAG_member
	.byte	62                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44619                           # DW_AT_decl_line
	.byte	132                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x394:0xa DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44620                           # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x39e:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44621                           # DW_AT_decl_line
	.byte	140                             # DW_AT_data_member_location
	.byte	37                              # Abbrev [37] 0x3a8:0x9 DW_TAG_member
	.long	945                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	38                              # Abbrev [38] 0x3b1:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x3b6:0xa DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	1071                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44623                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	36                              # Abbrev [36] 0x3c1:0xa DW_TAG_member
	.byte	87                              # DW_AT_name
	.long	230                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44625                           # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3cb:0xa DW_TAG_member
	.byte	88                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44626                           # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3d5:0xa DW_TAG_member
	.byte	89                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44627                           # DW_AT_decl_line
	.byte	164                             # DW_AT_data_member_location
	.byte	37                              # Abbrev [37] 0x3df:0x9 DW_TAG_member
	.long	1000                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	168                             # DW_AT_data_member_location
	.byte	38                              # Abbrev [38] 0x3e8:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x3ed:0xa DW_TAG_member
	.byte	90                              # DW_AT_name
	.long	1316                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44629                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	36                              # Abbrev [36] 0x3f8:0xa DW_TAG_member
	.byte	102                             # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44631                           # DW_AT_decl_line
	.byte	176                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x402:0xa DW_TAG_member
	.byte	103                             # DW_AT_name
	.long	1288                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44632                           # DW_AT_decl_line
	.byte	180                             # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x40c:0xa DW_TAG_member
	.byte	104                             # DW_AT_name
	.long	230                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44633                           # DW_AT_decl_line
	.byte	184                             # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x417:0xc DW_TAG_array_type
	.long	138                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x41c:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x423:0xc DW_TAG_array_type
	.long	138                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x428:0x6 DW_TAG_subrange_type
	.long	112                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x42f:0x5 DW_TAG_pointer_type
	.long	1076                            # DW_AT_type
	.byte	35                              # Abbrev [35] 0x434:0xd4 DW_TAG_structure_type
	.byte	86                              # DW_AT_name
	.byte	56                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44553                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x43a:0xa DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	395                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44554                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x444:0xa DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	395                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44555                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x44e:0xa DW_TAG_member
	.byte	68                              # DW_AT_name
	.long	395                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44556                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x458:0xa DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1288                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44557                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x462:0xa DW_TAG_member
	.byte	72                              # DW_AT_name
	.long	1288                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44558                           # DW_AT_decl_line
	.byte	7                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x46c:0xa DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	1288                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44559                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x476:0xa DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	1288                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44560                           # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x480:0xa DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	1300                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44561                           # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x48a:0xa DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	1300                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44562                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x494:0xa DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	1300                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44563                           # DW_AT_decl_line
	.byte	14                              # DW_AT_data_member_location
	.byte	37                              # Abbrev [37] 0x49e:0x9 DW_TAG_member
	.long	1191                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	38                              # Abbrev [38] 0x4a7:0x4c DW_TAG_union_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	37                              # Abbrev [37] 0x4ac:0x9 DW_TAG_member
	.long	1205                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	39                              # Abbrev [39] 0x4b5:0x1a DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x4ba:0xa DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	1308                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44566                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4c4:0xa DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	1308                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44567                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	37                              # Abbrev [37] 0x4cf:0x9 DW_TAG_member
	.long	1240                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	39                              # Abbrev [39] 0x4d8:0x1a DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x4dd:0xa DW_TAG_member
	.byte	82                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44570                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4e7:0xa DW_TAG_member
	.byte	83                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44571                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	36                              # Abbrev [36] 0x4f3:0xa DW_TAG_member
	.byte	84                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44574                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4fd:0xa DW_TAG_member
	.byte	85                              # DW_AT_name
	.long	1308                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44575                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x508:0x8 DW_TAG_typedef
	.long	1296                            # DW_AT_type
	.byte	71                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x510:0x4 DW_TAG_base_type
	.byte	70                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	10                              # Abbrev [10] 0x514:0x8 DW_TAG_typedef
	.long	395                             # DW_AT_type
	.byte	76                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	69                              # DW_AT_decl_line
	.byte	10                              # Abbrev [10] 0x51c:0x8 DW_TAG_typedef
	.long	138                             # DW_AT_type
	.byte	80                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x524:0x5 DW_TAG_pointer_type
	.long	1321                            # DW_AT_type
	.byte	35                              # Abbrev [35] 0x529:0x93 DW_TAG_structure_type
	.byte	101                             # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44578                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x52f:0xa DW_TAG_member
	.byte	91                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44579                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x539:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44580                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x543:0xa DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44581                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x54d:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44582                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x557:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44583                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x561:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44584                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x56b:0xa DW_TAG_member
	.byte	92                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44585                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x575:0xa DW_TAG_member
	.byte	93                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44586                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x57f:0xa DW_TAG_member
	.byte	94                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44587                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x589:0xa DW_TAG_member
	.byte	95                              # DW_AT_name
	.long	1300                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44588                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x593:0xa DW_TAG_member
	.byte	96                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44589                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x59d:0xa DW_TAG_member
	.byte	97                              # DW_AT_name
	.long	1059                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44590                           # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x5a7:0xa DW_TAG_member
	.byte	98                              # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44591                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x5b1:0xa DW_TAG_member
	.byte	99                              # DW_AT_name
	.long	1468                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44592                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x5bc:0x8 DW_TAG_typedef
	.long	108                             # DW_AT_type
	.byte	100                             # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	428                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/tc_classifier.c"           # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=60
.Linfo_string3:
	.asciz	"buckets"                       # string offset=62
.Linfo_string4:
	.asciz	"type"                          # string offset=70
.Linfo_string5:
	.asciz	"int"                           # string offset=75
.Linfo_string6:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string7:
	.asciz	"max_entries"                   # string offset=99
.Linfo_string8:
	.asciz	"key"                           # string offset=111
.Linfo_string9:
	.asciz	"unsigned int"                  # string offset=115
.Linfo_string10:
	.asciz	"__u32"                         # string offset=128
.Linfo_string11:
	.asciz	"values"                        # string offset=134
.Linfo_string12:
	.asciz	"value"                         # string offset=141
.Linfo_string13:
	.asciz	"unsigned long long"            # string offset=147
.Linfo_string14:
	.asciz	"__u64"                         # string offset=166
.Linfo_string15:
	.asciz	"inner"                         # string offset=172
.Linfo_string16:
	.asciz	"max_len"                       # string offset=178
.Linfo_string17:
	.asciz	"LICENSE"                       # string offset=186
.Linfo_string18:
	.asciz	"char"                          # string offset=194
.Linfo_string19:
	.asciz	"bucket0"                       # string offset=199
.Linfo_string20:
	.asciz	"bucket1"                       # string offset=207
.Linfo_string21:
	.asciz	"bucket2"                       # string offset=215
.Linfo_string22:
	.asciz	"bucket3"                       # string offset=223
.Linfo_string23:
	.asciz	"bpf_map_lookup_elem"           # string offset=231
.Linfo_string24:
	.asciz	"CNT_PACKETS"                   # string offset=251
.Linfo_string25:
	.asciz	"CNT_BYTES"                     # string offset=263
.Linfo_string26:
	.asciz	"CNT_IPV4"                      # string offset=273
.Linfo_string27:
	.asciz	"CNT_IPV6"                      # string offset=282
.Linfo_string28:
	.asciz	"CNT_MAX"                       # string offset=291
.Linfo_string29:
	.asciz	"unsigned short"                # string offset=299
.Linfo_string30:
	.asciz	"__u16"                         # string offset=314
.Linfo_string31:
	.asciz	"bump"                          # string offset=320
.Linfo_string32:
	.asciz	"counters"                      # string offset=325
.Linfo_string33:
	.asciz	"idx"                           # string offset=334
.Linfo_string34:
	.asciz	"by"                            # string offset=338
.Linfo_string35:
	.asciz	"v"                             # string offset=341
.Linfo_string36:
	.asciz	"classify"                      # string offset=343
.Linfo_string37:
	.asciz	"bucket"                        # string offset=352
.Linfo_string38:
	.asciz	"skb"                           # string offset=359
.Linfo_string39:
	.asciz	"len"                           # string offset=363
.Linfo_string40:
	.asciz	"pkt_type"                      # string offset=367
.Linfo_string41:
	.asciz	"mark"                          # string offset=376
.Linfo_string42:
	.asciz	"queue_mapping"                 # string offset=381
.Linfo_string43:
	.asciz	"protocol"                      # string offset=395
.Linfo_string44:
	.asciz	"vlan_present"                  # string offset=404
.Linfo_string45:
	.asciz	"vlan_tci"                      # string offset=417
.Linfo_string46:
	.asciz	"vlan_proto"                    # string offset=426
.Linfo_string47:
	.asciz	"priority"                      # string offset=437
.Linfo_string48:
	.asciz	"ingress_ifindex"               # string offset=446
.Linfo_string49:
	.asciz	"ifindex"                       # string offset=462
.Linfo_string50:
	.asciz	"tc_index"                      # string offset=470
.Linfo_string51:
	.asciz	"cb"                            # string offset=479
.Linfo_string52:
	.asciz	"hash"                          # string offset=482
.Linfo_string53:
	.asciz	"tc_classid"                    # string offset=487
.Linfo_string54:
	.asciz	"data"                          # string offset=498
.Linfo_string55:
	.asciz	"data_end"                      # string offset=503
.Linfo_string56:
	.asciz	"napi_id"                       # string offset=512
.Linfo_string57:
	.asciz	"family"                        # string offset=520
.Linfo_string58:
	.asciz	"remote_ip4"                    # string offset=527
.Linfo_string59:
	.asciz	"local_ip4"                     # string offset=538
.Linfo_string60:
	.asciz	"remote_ip6"                    # string offset=548
.Linfo_string61:
	.asciz	"local_ip6"                     # string offset=559
.Linfo_string62:
	.asciz	"remote_port"                   # string offset=569
.Linfo_string63:
	.asciz	"local_port"                    # string offset=581
.Linfo_string64:
	.asciz	"data_meta"                     # string offset=592
.Linfo_string65:
	.asciz	"flow_keys"                     # string offset=602
.Linfo_string66:
	.asciz	"nhoff"                         # string offset=612
.Linfo_string67:
	.asciz	"thoff"                         # string offset=618
.Linfo_string68:
	.asciz	"addr_proto"                    # string offset=624
.Linfo_string69:
	.asciz	"is_frag"                       # string offset=635
.Linfo_string70:
	.asciz	"unsigned char"                 # string offset=643
.Linfo_string71:
	.asciz	"__u8"                          # string offset=657
.Linfo_string72:
	.asciz	"is_first_frag"                 # string offset=662
.Linfo_string73:
	.asciz	"is_encap"                      # string offset=676
.Linfo_string74:
	.asciz	"ip_proto"                      # string offset=685
.Linfo_string75:
	.asciz	"n_proto"                       # string offset=694
.Linfo_string76:
	.asciz	"__be16"                        # string offset=702
.Linfo_string77:
	.asciz	"sport"                         # string offset=709
.Linfo_string78:
	.asciz	"dport"                         # string offset=715
.Linfo_string79:
	.asciz	"ipv4_src"                      # string offset=721
.Linfo_string80:
	.asciz	"__be32"                        # string offset=730
.Linfo_string81:
	.asciz	"ipv4_dst"                      # string offset=737
.Linfo_string82:
	.asciz	"ipv6_src"                      # string offset=746
.Linfo_string83:
	.asciz	"ipv6_dst"                      # string offset=755
.Linfo_string84:
	.asciz	"flags"                         # string offset=764
.Linfo_string85:
	.asciz	"flow_label"                    # string offset=770
.Linfo_string86:
	.asciz	"bpf_flow_keys"                 # string offset=781
.Linfo_string87:
	.asciz	"tstamp"                        # string offset=795
.Linfo_string88:
	.asciz	"wire_len"                      # string offset=802
.Linfo_string89:
	.asciz	"gso_segs"                      # string offset=811
.Linfo_string90:
	.asciz	"sk"                            # string offset=820
.Linfo_string91:
	.asciz	"bound_dev_if"                  # string offset=823
.Linfo_string92:
	.asciz	"src_ip4"                       # string offset=836
.Linfo_string93:
	.asciz	"src_ip6"                       # string offset=844
.Linfo_string94:
	.asciz	"src_port"                      # string offset=852
.Linfo_string95:
	.asciz	"dst_port"                      # string offset=861
.Linfo_string96:
	.asciz	"dst_ip4"                       # string offset=870
.Linfo_string97:
	.asciz	"dst_ip6"                       # string offset=878
.Linfo_string98:
	.asciz	"state"                         # string offset=886
.Linfo_string99:
	.asciz	"rx_queue_mapping"              # string offset=892
.Linfo_string100:
	.asciz	"__s32"                         # string offset=909
.Linfo_string101:
	.asciz	"bpf_sock"                      # string offset=915
.Linfo_string102:
	.asciz	"gso_size"                      # string offset=924
.Linfo_string103:
	.asciz	"tstamp_type"                   # string offset=933
.Linfo_string104:
	.asciz	"hwtstamp"                      # string offset=945
.Linfo_string105:
	.asciz	"__sk_buff"                     # string offset=954
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.long	.Linfo_string28
	.long	.Linfo_string29
	.long	.Linfo_string30
	.long	.Linfo_string31
	.long	.Linfo_string32
	.long	.Linfo_string33
	.long	.Linfo_string34
	.long	.Linfo_string35
	.long	.Linfo_string36
	.long	.Linfo_string37
	.long	.Linfo_string38
	.long	.Linfo_string39
	.long	.Linfo_string40
	.long	.Linfo_string41
	.long	.Linfo_string42
	.long	.Linfo_string43
	.long	.Linfo_string44
	.long	.Linfo_string45
	.long	.Linfo_string46
	.long	.Linfo_string47
	.long	.Linfo_string48
	.long	.Linfo_string49
	.long	.Linfo_string50
	.long	.Linfo_string51
	.long	.Linfo_string52
	.long	.Linfo_string53
	.long	.Linfo_string54
	.long	.Linfo_string55
	.long	.Linfo_string56
	.long	.Linfo_string57
	.long	.Linfo_string58
	.long	.Linfo_string59
	.long	.Linfo_string60
	.long	.Linfo_string61
	.long	.Linfo_string62
	.long	.Linfo_string63
	.long	.Linfo_string64
	.long	.Linfo_string65
	.long	.Linfo_string66
	.long	.Linfo_string67
	.long	.Linfo_string68
	.long	.Linfo_string69
	.long	.Linfo_string70
	.long	.Linfo_string71
	.long	.Linfo_string72
	.long	.Linfo_string73
	.long	.Linfo_string74
	.long	.Linfo_string75
	.long	.Linfo_string76
	.long	.Linfo_string77
	.long	.Linfo_string78
	.long	.Linfo_string79
	.long	.Linfo_string80
	.long	.Linfo_string81
	.long	.Linfo_string82
	.long	.Linfo_string83
	.long	.Linfo_string84
	.long	.Linfo_string85
	.long	.Linfo_string86
	.long	.Linfo_string87
	.long	.Linfo_string88
	.long	.Linfo_string89
	.long	.Linfo_string90
	.long	.Linfo_string91
	.long	.Linfo_string92
	.long	.Linfo_string93
	.long	.Linfo_string94
	.long	.Linfo_string95
	.long	.Linfo_string96
	.long	.Linfo_string97
	.long	.Linfo_string98
	.long	.Linfo_string99
	.long	.Linfo_string100
	.long	.Linfo_string101
	.long	.Linfo_string102
	.long	.Linfo_string103
	.long	.Linfo_string104
	.long	.Linfo_string105
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	buckets
	.quad	max_len
	.quad	LICENSE
	.quad	bucket0
	.quad	bucket1
	.quad	bucket2
	.quad	bucket3
	.quad	.Lfunc_begin0
	.quad	.Ltmp15
	.quad	.Ltmp32
	.quad	.Ltmp52
	.quad	.Ltmp71
	.quad	.Ltmp79
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1308
	.long	1308
	.long	1115
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	3
	.long	1                               # BTF_KIND_INT(id = 2)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	0                               # BTF_KIND_ARRAY(id = 3)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	2
	.long	5                               # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 5)
	.long	33554432                        # 0x2000000
	.long	6
	.long	0                               # BTF_KIND_ARRAY(id = 6)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	4
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	31                              # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	44                              # BTF_KIND_TYPEDEF(id = 11)
	.long	134217728                       # 0x8000000
	.long	12
	.long	50                              # BTF_KIND_INT(id = 12)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	69                              # BTF_KIND_STRUCT(id = 13)
	.long	67108868                        # 0x4000004
	.long	32
	.long	75
	.long	1
	.long	0                               # 0x0
	.long	80
	.long	5
	.long	64                              # 0x40
	.long	92
	.long	7
	.long	128                             # 0x80
	.long	96
	.long	10
	.long	192                             # 0xc0
	.long	102                             # BTF_KIND_VAR(id = 14)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	110                             # BTF_KIND_VAR(id = 15)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	118                             # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	126                             # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 18)
	.long	33554432                        # 0x2000000
	.long	19
	.long	0                               # BTF_KIND_ARRAY(id = 19)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	12
	.long	0                               # BTF_KIND_PTR(id = 20)
	.long	33554432                        # 0x2000000
	.long	13
	.long	0                               # BTF_KIND_ARRAY(id = 21)
	.long	50331648                        # 0x3000000
	.long	0
	.long	20
	.long	4
	.long	0
	.long	0                               # BTF_KIND_STRUCT(id = 22)
	.long	67108868                        # 0x4000004
	.long	24
	.long	75
	.long	18
	.long	0                               # 0x0
	.long	80
	.long	5
	.long	64                              # 0x40
	.long	92
	.long	7
	.long	128                             # 0x80
	.long	134
	.long	21
	.long	192                             # 0xc0
	.long	141                             # BTF_KIND_VAR(id = 23)
	.long	234881024                       # 0xe000000
	.long	22
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 24)
	.long	33554432                        # 0x2000000
	.long	25
	.long	149                             # BTF_KIND_STRUCT(id = 25)
	.long	67108898                        # 0x4000022
	.long	192
	.long	159
	.long	8
	.long	0                               # 0x0
	.long	163
	.long	8
	.long	32                              # 0x20
	.long	172
	.long	8
	.long	64                              # 0x40
	.long	177
	.long	8
	.long	96                              # 0x60
	.long	191
	.long	8
	.long	128                             # 0x80
	.long	200
	.long	8
	.long	160                             # 0xa0
	.long	213
	.long	8
	.long	192                             # 0xc0
	.long	222
	.long	8
	.long	224                             # 0xe0
	.long	233
	.long	8
	.long	256                             # 0x100
	.long	242
	.long	8
	.long	288                             # 0x120
	.long	258
	.long	8
	.long	320                             # 0x140
	.long	266
	.long	8
	.long	352                             # 0x160
	.long	275
	.long	26
	.long	384                             # 0x180
	.long	278
	.long	8
	.long	544                             # 0x220
	.long	283
	.long	8
	.long	576                             # 0x240
	.long	294
	.long	8
	.long	608                             # 0x260
	.long	299
	.long	8
	.long	640                             # 0x280
	.long	308
	.long	8
	.long	672                             # 0x2a0
	.long	316
	.long	8
	.long	704                             # 0x2c0
	.long	323
	.long	8
	.long	736                             # 0x2e0
	.long	334
	.long	8
	.long	768                             # 0x300
	.long	344
	.long	27
	.long	800                             # 0x320
	.long	355
	.long	27
	.long	928                             # 0x3a0
	.long	365
	.long	8
	.long	1056                            # 0x420
	.long	377
	.long	8
	.long	1088                            # 0x440
	.long	388
	.long	8
	.long	1120                            # 0x460
	.long	0
	.long	28
	.long	1152                            # 0x480
	.long	398
	.long	11
	.long	1216                            # 0x4c0
	.long	405
	.long	8
	.long	1280                            # 0x500
	.long	414
	.long	8
	.long	1312                            # 0x520
	.long	0
	.long	30
	.long	1344                            # 0x540
	.long	423
	.long	8
	.long	1408                            # 0x580
	.long	432
	.long	32
	.long	1440                            # 0x5a0
	.long	444
	.long	11
	.long	1472                            # 0x5c0
	.long	0                               # BTF_KIND_ARRAY(id = 26)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	5
	.long	0                               # BTF_KIND_ARRAY(id = 27)
	.long	50331648                        # 0x3000000
	.long	0
	.long	8
	.long	4
	.long	4
	.long	0                               # BTF_KIND_UNION(id = 28)
	.long	83886081                        # 0x5000001
	.long	8
	.long	453
	.long	29
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 29)
	.long	33554432                        # 0x2000000
	.long	46
	.long	0                               # BTF_KIND_UNION(id = 30)
	.long	83886081                        # 0x5000001
	.long	8
	.long	463
	.long	31
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 31)
	.long	33554432                        # 0x2000000
	.long	45
	.long	466                             # BTF_KIND_TYPEDEF(id = 32)
	.long	134217728                       # 0x8000000
	.long	33
	.long	471                             # BTF_KIND_INT(id = 33)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 34)
	.long	218103809                       # 0xd000001
	.long	2
	.long	485
	.long	24
	.long	489                             # BTF_KIND_FUNC(id = 35)
	.long	201326593                       # 0xc000001
	.long	34
	.long	0                               # BTF_KIND_CONST(id = 36)
	.long	167772160                       # 0xa000000
	.long	37
	.long	0                               # BTF_KIND_VOLATILE(id = 37)
	.long	150994944                       # 0x9000000
	.long	8
	.long	1049                            # BTF_KIND_VAR(id = 38)
	.long	234881024                       # 0xe000000
	.long	36
	.long	1
	.long	1057                            # BTF_KIND_INT(id = 39)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 40)
	.long	50331648                        # 0x3000000
	.long	0
	.long	39
	.long	4
	.long	4
	.long	1062                            # BTF_KIND_VAR(id = 41)
	.long	234881024                       # 0xe000000
	.long	40
	.long	1
	.long	1070                            # BTF_KIND_DATASEC(id = 42)
	.long	251658245                       # 0xf000005
	.long	0
	.long	14
	.long	bucket0
	.long	32
	.long	15
	.long	bucket1
	.long	32
	.long	16
	.long	bucket2
	.long	32
	.long	17
	.long	bucket3
	.long	32
	.long	23
	.long	buckets
	.long	56
	.long	1076                            # BTF_KIND_DATASEC(id = 43)
	.long	251658241                       # 0xf000001
	.long	0
	.long	38
	.long	max_len
	.long	4
	.long	1084                            # BTF_KIND_DATASEC(id = 44)
	.long	251658241                       # 0xf000001
	.long	0
	.long	41
	.long	LICENSE
	.long	4
	.long	1092                            # BTF_KIND_FWD(id = 45)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1101                            # BTF_KIND_FWD(id = 46)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u32"                         # string offset=25
	.byte	0
	.ascii	"unsigned int"                  # string offset=31
	.byte	0
	.ascii	"__u64"                         # string offset=44
	.byte	0
	.ascii	"unsigned long long"            # string offset=50
	.byte	0
	.ascii	"inner"                         # string offset=69
	.byte	0
	.ascii	"type"                          # string offset=75
	.byte	0
	.ascii	"max_entries"                   # string offset=80
	.byte	0
	.ascii	"key"                           # string offset=92
	.byte	0
	.ascii	"value"                         # string offset=96
	.byte	0
	.ascii	"bucket0"                       # string offset=102
	.byte	0
	.ascii	"bucket1"                       # string offset=110
	.byte	0
	.ascii	"bucket2"                       # string offset=118
	.byte	0
	.ascii	"bucket3"                       # string offset=126
	.byte	0
	.ascii	"values"                        # string offset=134
	.byte	0
	.ascii	"buckets"                       # string offset=141
	.byte	0
	.ascii	"__sk_buff"                     # string offset=149
	.byte	0
	.ascii	"len"                           # string offset=159
	.byte	0
	.ascii	"pkt_type"                      # string offset=163
	.byte	0
	.ascii	"mark"                          # string offset=172
	.byte	0
	.ascii	"queue_mapping"                 # string offset=177
	.byte	0
	.ascii	"protocol"                      # string offset=191
	.byte	0
	.ascii	"vlan_present"                  # string offset=200
	.byte	0
	.ascii	"vlan_tci"                      # string offset=213
	.byte	0
	.ascii	"vlan_proto"                    # string offset=222
	.byte	0
	.ascii	"priority"                      # string offset=233
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=242
	.byte	0
	.ascii	"ifindex"                       # string offset=258
	.byte	0
	.ascii	"tc_index"                      # string offset=266
	.byte	0
	.ascii	"cb"                            # string offset=275
	.byte	0
	.ascii	"hash"                          # string offset=278
	.byte	0
	.ascii	"tc_classid"                    # string offset=283
	.byte	0
	.ascii	"data"                          # string offset=294
	.byte	0
	.ascii	"data_end"                      # string offset=299
	.byte	0
	.ascii	"napi_id"                       # string offset=308
	.byte	0
	.ascii	"family"                        # string offset=316
	.byte	0
	.ascii	"remote_ip4"                    # string offset=323
	.byte	0
	.ascii	"local_ip4"                     # string offset=334
	.byte	0
	.ascii	"remote_ip6"                    # string offset=344
	.byte	0
	.ascii	"local_ip6"                     # string offset=355
	.byte	0
	.ascii	"remote_port"                   # string offset=365
	.byte	0
	.ascii	"local_port"                    # string offset=377
	.byte	0
	.ascii	"data_meta"                     # string offset=388
	.byte	0
	.ascii	"tstamp"                        # string offset=398
	.byte	0
	.ascii	"wire_len"                      # string offset=405
	.byte	0
	.ascii	"gso_segs"                      # string offset=414
	.byte	0
	.ascii	"gso_size"                      # string offset=423
	.byte	0
	.ascii	"tstamp_type"                   # string offset=432
	.byte	0
	.ascii	"hwtstamp"                      # string offset=444
	.byte	0
	.ascii	"flow_keys"                     # string offset=453
	.byte	0
	.ascii	"sk"                            # string offset=463
	.byte	0
	.ascii	"__u8"                          # string offset=466
	.byte	0
	.ascii	"unsigned char"                 # string offset=471
	.byte	0
	.ascii	"skb"                           # string offset=485
	.byte	0
	.ascii	"classify"                      # string offset=489
	.byte	0
	.ascii	"tc"                            # string offset=498
	.byte	0
	.ascii	"./src/tc_classifier.c"         # string offset=501
	.byte	0
	.ascii	"int classify(struct __sk_buff *skb)" # string offset=523
	.byte	0
	.ascii	"0:10"                          # string offset=559
	.byte	0
	.ascii	"\t__u32 bucket = skb->ifindex % 4;" # string offset=564
	.byte	0
	.ascii	"\tvoid *counters = bpf_map_lookup_elem(&buckets, &bucket);" # string offset=598
	.byte	0
	.ascii	"\tif (!counters)"              # string offset=656
	.byte	0
	.ascii	"\t__u64 *v = bpf_map_lookup_elem(counters, &idx);" # string offset=672
	.byte	0
	.ascii	"\tif (v)"                      # string offset=721
	.byte	0
	.ascii	"\t\t__sync_fetch_and_add(v, by);" # string offset=729
	.byte	0
	.ascii	"0:0"                           # string offset=760
	.byte	0
	.ascii	"\tbump(counters, CNT_BYTES, skb->len);" # string offset=764
	.byte	0
	.ascii	"0:4"                           # string offset=802
	.byte	0
	.ascii	"\tif (skb->protocol == bpf_htons(ETH_P_IP))" # string offset=806
	.byte	0
	.ascii	"\telse if (skb->protocol == bpf_htons(ETH_P_IPV6))" # string offset=849
	.byte	0
	.ascii	"\tskb->mark = 0x4b500000 | bucket;" # string offset=899
	.byte	0
	.ascii	"0:2"                           # string offset=933
	.byte	0
	.ascii	"0:5"                           # string offset=937
	.byte	0
	.ascii	"\tskb->priority = skb->vlan_present ? skb->vlan_tci >> 13 : 0;" # string offset=941
	.byte	0
	.ascii	"0:6"                           # string offset=1003
	.byte	0
	.ascii	"0:8"                           # string offset=1007
	.byte	0
	.ascii	"\tif (max_len && skb->len > max_len)" # string offset=1011
	.byte	0
	.byte	125                             # string offset=1047
	.byte	0
	.ascii	"max_len"                       # string offset=1049
	.byte	0
	.ascii	"char"                          # string offset=1057
	.byte	0
	.ascii	"LICENSE"                       # string offset=1062
	.byte	0
	.ascii	".maps"                         # string offset=1070
	.byte	0
	.ascii	".rodata"                       # string offset=1076
	.byte	0
	.ascii	"license"                       # string offset=1084
	.byte	0
	.ascii	"bpf_sock"                      # string offset=1092
	.byte	0
	.ascii	"bpf_flow_keys"                 # string offset=1101
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	588
	.long	608
	.long	156
	.long	8                               # FuncInfo
	.long	498                             # FuncInfo section string offset=498
	.long	1
	.long	.Lfunc_begin0
	.long	35
	.long	16                              # LineInfo
	.long	498                             # LineInfo section string offset=498
	.long	36
	.long	.Lfunc_begin0
	.long	501
	.long	523
	.long	46080                           # Line 45 Col 0
	.long	.Ltmp3
	.long	501
	.long	564
	.long	48150                           # Line 47 Col 22
	.long	.Ltmp4
	.long	501
	.long	564
	.long	48158                           # Line 47 Col 30
	.long	.Ltmp5
	.long	501
	.long	564
	.long	48136                           # Line 47 Col 8
	.long	.Ltmp6
	.long	501
	.long	598
	.long	49171                           # Line 48 Col 19
	.long	.Ltmp10
	.long	501
	.long	656
	.long	50182                           # Line 49 Col 6
	.long	.Ltmp17
	.long	501
	.long	672
	.long	39949                           # Line 39 Col 13
	.long	.Ltmp20
	.long	501
	.long	721
	.long	40966                           # Line 40 Col 6
	.long	.Ltmp25
	.long	501
	.long	729
	.long	41987                           # Line 41 Col 3
	.long	.Ltmp29
	.long	501
	.long	764
	.long	54305                           # Line 53 Col 33
	.long	.Ltmp34
	.long	501
	.long	672
	.long	39949                           # Line 39 Col 13
	.long	.Ltmp37
	.long	501
	.long	721
	.long	40966                           # Line 40 Col 6
	.long	.Ltmp40
	.long	501
	.long	729
	.long	41987                           # Line 41 Col 3
	.long	.Ltmp44
	.long	501
	.long	806
	.long	55307                           # Line 54 Col 11
	.long	.Ltmp47
	.long	501
	.long	806
	.long	55302                           # Line 54 Col 6
	.long	.Ltmp54
	.long	501
	.long	672
	.long	39949                           # Line 39 Col 13
	.long	.Ltmp57
	.long	501
	.long	721
	.long	40966                           # Line 40 Col 6
	.long	.Ltmp63
	.long	501
	.long	849
	.long	57360                           # Line 56 Col 16
	.long	.Ltmp66
	.long	501
	.long	849
	.long	57355                           # Line 56 Col 11
	.long	.Ltmp73
	.long	501
	.long	672
	.long	39949                           # Line 39 Col 13
	.long	.Ltmp76
	.long	501
	.long	721
	.long	40966                           # Line 40 Col 6
	.long	.Ltmp81
	.long	501
	.long	729
	.long	41987                           # Line 41 Col 3
	.long	.Ltmp84
	.long	501
	.long	899
	.long	60443                           # Line 59 Col 27
	.long	.Ltmp85
	.long	501
	.long	899
	.long	60441                           # Line 59 Col 25
	.long	.Ltmp87
	.long	501
	.long	899
	.long	60428                           # Line 59 Col 12
	.long	.Ltmp89
	.long	501
	.long	941
	.long	61463                           # Line 60 Col 23
	.long	.Ltmp90
	.long	501
	.long	941
	.long	61458                           # Line 60 Col 18
	.long	.Ltmp94
	.long	501
	.long	941
	.long	61483                           # Line 60 Col 43
	.long	.Ltmp95
	.long	501
	.long	941
	.long	61492                           # Line 60 Col 52
	.long	.Ltmp99
	.long	501
	.long	941
	.long	61456                           # Line 60 Col 16
	.long	.Ltmp102
	.long	501
	.long	1011
	.long	62470                           # Line 61 Col 6
	.long	.Ltmp103
	.long	501
	.long	1011
	.long	62478                           # Line 61 Col 14
	.long	.Ltmp107
	.long	501
	.long	1011
	.long	62486                           # Line 61 Col 22
	.long	.Ltmp108
	.long	501
	.long	1011
	.long	62492                           # Line 61 Col 28
	.long	.Ltmp111
	.long	501
	.long	1011
	.long	62470                           # Line 61 Col 6
	.long	.Ltmp116
	.long	501
	.long	1047
	.long	65537                           # Line 64 Col 1
	.long	16                              # FieldReloc
	.long	498                             # Field reloc section string offset=498
	.long	9
	.long	.Ltmp2
	.long	25
	.long	559
	.long	0
	.long	.Ltmp28
	.long	25
	.long	760
	.long	0
	.long	.Ltmp43
	.long	25
	.long	802
	.long	0
	.long	.Ltmp62
	.long	25
	.long	802
	.long	0
	.long	.Ltmp86
	.long	25
	.long	933
	.long	0
	.long	.Ltmp88
	.long	25
	.long	937
	.long	0
	.long	.Ltmp93
	.long	25
	.long	1003
	.long	0
	.long	.Ltmp98
	.long	25
	.long	1007
	.long	0
	.long	.Ltmp106
	.long	25
	.long	760
	.long	0
	.addrsig
	.addrsig_sym classify
	.addrsig_sym bucket0
	.addrsig_sym bucket1
	.addrsig_sym bucket2
	.addrsig_sym bucket3
	.addrsig_sym buckets
	.addrsig_sym max_len
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
