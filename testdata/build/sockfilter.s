	.text
	.file	"sockfilter.c"
	.file	0 "." "src/sockfilter.c" md5 0x84cefbad4fa3d1ace3626fcea462ad99
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.globl	ip_proto                        # -- Begin function ip_proto
	.p2align	3
	.type	ip_proto,@function
ip_proto:                               # @ip_proto
.Lfunc_begin0:
	.loc	0 41 0                          # src/sockfilter.c:41:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: ip_proto:skb <- $r1
	r7 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	w1 = 0
.Ltmp2:
	.loc	0 42 8 prologue_end             # src/sockfilter.c:42:8
.Ltmp3:
.Ltmp4:
	*(u16 *)(r10 - 2) = w1
	.loc	0 43 7                          # src/sockfilter.c:43:7
.Ltmp5:
	*(u8 *)(r10 - 3) = w1
	w6 = -1
	.loc	0 45 6                          # src/sockfilter.c:45:6
.Ltmp6:
	if r7 == 0 goto LBB0_5
.Ltmp7:
.Ltmp8:
# %bb.1:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	.loc	0 0 6 is_stmt 0                 # src/sockfilter.c:0:6
	r3 = r10
	r3 += -2
.Ltmp9:
	.loc	0 47 6 is_stmt 1                # src/sockfilter.c:47:6
.Ltmp10:
.Ltmp11:
	r1 = r7
	w2 = 12
	w4 = 2
	call 26
.Ltmp12:
.Ltmp13:
	.loc	0 47 6 is_stmt 0                # src/sockfilter.c:47:6
.Ltmp14:
	if r0 != 0 goto LBB0_5
.Ltmp15:
.Ltmp16:
# %bb.2:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	.loc	0 0 6                           # src/sockfilter.c:0:6
	w1 = *(u16 *)(r10 - 2)
	.loc	0 47 6                          # src/sockfilter.c:47:6
	if w1 != 8 goto LBB0_5
.Ltmp17:
.Ltmp18:
# %bb.3:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	.loc	0 0 6                           # src/sockfilter.c:0:6
	r3 = r10
	r3 += -3
.Ltmp19:
	.loc	0 51 6 is_stmt 1                # src/sockfilter.c:51:6
.Ltmp20:
.Ltmp21:
	r1 = r7
	w2 = 23
	w4 = 1
	call 26
.Ltmp22:
.Ltmp23:
	.loc	0 51 6 is_stmt 0                # src/sockfilter.c:51:6
.Ltmp24:
	if r0 != 0 goto LBB0_5
.Ltmp25:
.Ltmp26:
# %bb.4:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	.loc	0 53 9 is_stmt 1                # src/sockfilter.c:53:9
.Ltmp27:
	w6 = *(u8 *)(r10 - 3)
.Ltmp28:
.Ltmp29:
LBB0_5:
	#DEBUG_VALUE: ip_proto:skb <- $r7
	.loc	0 54 1                          # src/sockfilter.c:54:1
.Ltmp30:
	w0 = w6
	exit
.Ltmp31:
.Ltmp32:
.Lfunc_end0:
	.size	ip_proto, .Lfunc_end0-ip_proto
	.cfi_endproc
                                        # -- End function
	.section	socket,"ax",@progbits
	.globl	filter                          # -- Begin function filter
	.p2align	3
	.type	filter,@function
filter:                                 # @filter
.Lfunc_begin1:
	.loc	0 58 0                          # src/sockfilter.c:58:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: filter:skb <- $r1
	r2 = 1
.Ltmp33:
	.loc	0 59 2 prologue_end             # src/sockfilter.c:59:2
.Ltmp34:
.Ltmp35:
	r3 = seen ll
	r4 = 1
	lock *(u64 *)(r3 + 0) += r4
.Ltmp36:
	.loc	0 60 11                         # src/sockfilter.c:60:11
.Ltmp37:
.Ltmp38:
.Ltmp39:
	w3 = *(u32 *)(r1 + 0)
	.loc	0 60 17 is_stmt 0               # src/sockfilter.c:60:17
.Ltmp40:
	r4 = min_len ll
	w4 = *(u32 *)(r4 + 0)
.Ltmp41:
.Ltmp42:
	.loc	0 60 6                          # src/sockfilter.c:60:6
.Ltmp43:
	if w3 >= w4 goto LBB1_2
.Ltmp44:
.Ltmp45:
# %bb.1:
	#DEBUG_VALUE: filter:skb <- $r1
	.loc	0 61 3 is_stmt 1                # src/sockfilter.c:61:3
.Ltmp46:
	r1 = too_short ll
.Ltmp47:
.Ltmp48:
	lock *(u64 *)(r1 + 0) += r2
	w0 = 0
.Ltmp49:
.Ltmp50:
LBB1_8:
	.loc	0 71 1                          # src/sockfilter.c:71:1
.Ltmp51:
	exit
LBB1_2:
.Ltmp52:
.Ltmp53:
	#DEBUG_VALUE: filter:skb <- $r1
	.loc	0 0 1 is_stmt 0                 # src/sockfilter.c:0:1
	r6 = r1
	.loc	0 64 14 is_stmt 1               # src/sockfilter.c:64:14
.Ltmp54:
	call ip_proto
.Ltmp55:
.Ltmp56:
	w1 = w0
.Ltmp57:
.Ltmp58:
	#DEBUG_VALUE: filter:proto <- $w1
	.loc	0 0 14 is_stmt 0                # src/sockfilter.c:0:14
	w0 = 0
.Ltmp59:
	.loc	0 65 16 is_stmt 1               # src/sockfilter.c:65:16
.Ltmp60:
.Ltmp61:
	if w1 s< 0 goto LBB1_8
.Ltmp62:
.Ltmp63:
# %bb.3:
	#DEBUG_VALUE: filter:proto <- $w1
	.loc	0 65 21 is_stmt 0               # src/sockfilter.c:65:21
.Ltmp64:
	call proto_bit
.Ltmp65:
.Ltmp66:
	w1 = w0
	w0 = 0
	.loc	0 65 47                         # src/sockfilter.c:65:47
.Ltmp67:
	r2 = proto_mask ll
	w2 = *(u32 *)(r2 + 0)
	.loc	0 65 45                         # src/sockfilter.c:65:45
.Ltmp68:
	w2 &= w1
.Ltmp69:
.Ltmp70:
	.loc	0 65 6                          # src/sockfilter.c:65:6
.Ltmp71:
	if w2 == 0 goto LBB1_8
# %bb.4:
.Ltmp72:
	.loc	0 67 14 is_stmt 1               # src/sockfilter.c:67:14
.Ltmp73:
.Ltmp74:
	r1 = keep_limit ll
	r2 = *(u64 *)(r1 + 0)
	.loc	0 67 6 is_stmt 0                # src/sockfilter.c:67:6
.Ltmp75:
	r1 = kept ll
	r3 = *(u64 *)(r1 + 0)
.Ltmp76:
.Ltmp77:
	.loc	0 67 6                          # src/sockfilter.c:67:6
.Ltmp78:
	if r3 >= r2 goto LBB1_8
# %bb.5:
	.loc	0 0 6                           # src/sockfilter.c:0:6
	r2 = 1
	.loc	0 69 2 is_stmt 1                # src/sockfilter.c:69:2
.Ltmp79:
	lock *(u64 *)(r1 + 0) += r2
	.loc	0 70 14                         # src/sockfilter.c:70:14
.Ltmp80:
.Ltmp81:
	w2 = *(u32 *)(r6 + 0)
	.loc	0 70 20 is_stmt 0               # src/sockfilter.c:70:20
.Ltmp82:
	r1 = snap_len ll
	w3 = *(u32 *)(r1 + 0)
	.loc	0 70 9                          # src/sockfilter.c:70:9
.Ltmp83:
	if w2 >= w3 goto LBB1_7
# %bb.6:
	.loc	0 70 36                         # src/sockfilter.c:70:36
.Ltmp84:
.Ltmp85:
	w0 = *(u32 *)(r6 + 0)
	.loc	0 70 9                          # src/sockfilter.c:70:9
.Ltmp86:
	goto LBB1_8
LBB1_7:
	.loc	0 70 42                         # src/sockfilter.c:70:42
.Ltmp87:
	w0 = *(u32 *)(r1 + 0)
	goto LBB1_8
.Ltmp88:
.Ltmp89:
.Lfunc_end1:
	.size	filter, .Lfunc_end1-filter
	.cfi_endproc
                                        # -- End function
	.text
	.p2align	3                               # -- Begin function proto_bit
	.type	proto_bit,@function
proto_bit:                              # @proto_bit
.Lfunc_begin2:
	.loc	0 28 0 is_stmt 1                # src/sockfilter.c:28:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: proto_bit:proto <- $w1
	w0 = 1
	w2 = 1
	if w1 == 17 goto LBB2_2
.Ltmp90:
.Ltmp91:
# %bb.1:
	#DEBUG_VALUE: proto_bit:proto <- $w1
	w2 = 0
.Ltmp92:
.Ltmp93:
LBB2_2:
	#DEBUG_VALUE: proto_bit:proto <- $w1
	.loc	0 29 2 prologue_end             # src/sockfilter.c:29:2
.Ltmp94:
	if w1 == 6 goto LBB2_4
.Ltmp95:
.Ltmp96:
# %bb.3:
	#DEBUG_VALUE: proto_bit:proto <- $w1
	.loc	0 0 2 is_stmt 0                 # src/sockfilter.c:0:2
	w2 <<= 1
	w0 = w2
.Ltmp97:
.Ltmp98:
LBB2_4:
	#DEBUG_VALUE: proto_bit:proto <- $w1
	.loc	0 37 1 is_stmt 1                # src/sockfilter.c:37:1
.Ltmp99:
	exit
.Ltmp100:
.Ltmp101:
.Lfunc_end2:
	.size	proto_bit, .Lfunc_end2-proto_bit
	.cfi_endproc
                                        # -- End function
	.type	min_len,@object                 # @min_len
	.section	.rodata,"a",@progbits
	.globl	min_len
	.p2align	2, 0x0
min_len:
	.long	40                              # 0x28
	.size	min_len, 4

	.type	snap_len,@object                # @snap_len
	.globl	snap_len
	.p2align	2, 0x0
snap_len:
	.long	65535                           # 0xffff
	.size	snap_len, 4

	.type	keep_limit,@object              # @keep_limit
	.data
	.globl	keep_limit
	.p2align	3, 0x0
keep_limit:
	.quad	1000000                         # 0xf4240
	.size	keep_limit, 8

	.type	proto_mask,@object              # @proto_mask
	.globl	proto_mask
	.p2align	2, 0x0
proto_mask:
	.long	3                               # 0x3
	.size	proto_mask, 4

	.type	seen,@object                    # @seen
	.section	.bss,"aw",@nobits
	.globl	seen
	.p2align	3, 0x0
seen:
	.quad	0                               # 0x0
	.size	seen, 8

	.type	too_short,@object               # @too_short
	.globl	too_short
	.p2align	3, 0x0
too_short:
	.quad	0                               # 0x0
	.size	too_short, 8

	.type	kept,@object                    # @kept
	.globl	kept
	.p2align	3, 0x0
kept:
	.quad	0                               # 0x0
	.size	kept, 8

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
	.long	3                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	1                               # DW_LLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp0-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp52-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp55-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	9                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp57-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp65-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
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
	.byte	1                               # DW_FORM_addr
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	116                             # DW_AT_rnglists_base
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
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	53                              # DW_TAG_volatile_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
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
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
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
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
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
	.byte	20                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.byte	127                             # DW_AT_call_origin
	.byte	19                              # DW_FORM_ref4
	.byte	125                             # DW_AT_call_return_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0x498 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.quad	0                               # DW_AT_low_pc
	.byte	0                               # DW_AT_ranges
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2f:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x3a:0x5 DW_TAG_const_type
	.long	63                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3f:0x5 DW_TAG_volatile_type
	.long	68                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x44:0x8 DW_TAG_typedef
	.long	76                              # DW_AT_type
	.byte	5                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x4c:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x50:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	58                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	2                               # Abbrev [2] 0x5b:0xb DW_TAG_variable
	.byte	7                               # DW_AT_name
	.long	102                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	5                               # Abbrev [5] 0x66:0x8 DW_TAG_typedef
	.long	110                             # DW_AT_type
	.byte	9                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x6e:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x72:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	68                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	2                               # Abbrev [2] 0x7d:0xb DW_TAG_variable
	.byte	11                              # DW_AT_name
	.long	136                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	7                               # Abbrev [7] 0x88:0xc DW_TAG_array_type
	.long	148                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x8d:0x6 DW_TAG_subrange_type
	.long	152                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x94:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x98:0x4 DW_TAG_base_type
	.byte	13                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x9c:0xb DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	102                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	5
	.byte	2                               # Abbrev [2] 0xa7:0xb DW_TAG_variable
	.byte	15                              # DW_AT_name
	.long	102                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	6
	.byte	2                               # Abbrev [2] 0xb2:0xb DW_TAG_variable
	.byte	16                              # DW_AT_name
	.long	102                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	7
	.byte	10                              # Abbrev [10] 0xbd:0xa DW_TAG_variable
	.byte	17                              # DW_AT_name
	.long	199                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	717                             # DW_AT_decl_line
	.byte	26                              # DW_AT_const_value
	.byte	11                              # Abbrev [11] 0xc7:0x5 DW_TAG_pointer_type
	.long	204                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xcc:0x1a DW_TAG_subroutine_type
	.long	230                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	13                              # Abbrev [13] 0xd1:0x5 DW_TAG_formal_parameter
	.long	234                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xd6:0x5 DW_TAG_formal_parameter
	.long	68                              # DW_AT_type
	.byte	13                              # Abbrev [13] 0xdb:0x5 DW_TAG_formal_parameter
	.long	240                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xe0:0x5 DW_TAG_formal_parameter
	.long	68                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0xe6:0x4 DW_TAG_base_type
	.byte	18                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0xea:0x5 DW_TAG_pointer_type
	.long	239                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xef:0x1 DW_TAG_const_type
	.byte	15                              # Abbrev [15] 0xf0:0x1 DW_TAG_pointer_type
	.byte	5                               # Abbrev [5] 0xf1:0x8 DW_TAG_typedef
	.long	249                             # DW_AT_type
	.byte	20                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0xf9:0x4 DW_TAG_base_type
	.byte	19                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	16                              # Abbrev [16] 0xfd:0x2f DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	372                             # DW_AT_type
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0x10c:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
	.long	388                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x115:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	6
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	241                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x120:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	5
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
	.long	376                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x12c:0x2e DW_TAG_subprogram
	.byte	9                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	372                             # DW_AT_type
                                        # DW_AT_external
	.byte	17                              # Abbrev [17] 0x13b:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
	.long	388                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x144:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	64                              # DW_AT_decl_line
	.long	372                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x14d:0x6 DW_TAG_call_site
	.long	253                             # DW_AT_call_origin
	.byte	10                              # DW_AT_call_return_pc
	.byte	20                              # Abbrev [20] 0x153:0x6 DW_TAG_call_site
	.long	346                             # DW_AT_call_origin
	.byte	11                              # DW_AT_call_return_pc
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x15a:0x1a DW_TAG_subprogram
	.byte	12                              # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	68                              # DW_AT_type
	.byte	22                              # Abbrev [22] 0x169:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	81
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	68                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x174:0x4 DW_TAG_base_type
	.byte	22                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x178:0x8 DW_TAG_typedef
	.long	384                             # DW_AT_type
	.byte	28                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x180:0x4 DW_TAG_base_type
	.byte	27                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x184:0x5 DW_TAG_pointer_type
	.long	393                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x189:0x179 DW_TAG_structure_type
	.byte	94                              # DW_AT_name
	.byte	192                             # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44595                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x18f:0xa DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44596                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x199:0xa DW_TAG_member
	.byte	31                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44597                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1a3:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44598                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1ad:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44599                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1b7:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44600                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1c1:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44601                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1cb:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44602                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1d5:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44603                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1df:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44604                           # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1e9:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44605                           # DW_AT_decl_line
	.byte	36                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1f3:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44606                           # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x1fd:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44607                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x207:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	770                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44608                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x211:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44609                           # DW_AT_decl_line
	.byte	68                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x21b:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44610                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x225:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44611                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x22f:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44612                           # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x239:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44613                           # DW_AT_decl_line
	.byte	84                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x243:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44614                           # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x24d:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44615                           # DW_AT_decl_line
	.byte	92                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x257:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44616                           # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x261:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44617                           # DW_AT_decl_line
	.byte	100                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x26b:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44618                           # DW_AT_decl_line
	.byte	116                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x275:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44619                           # DW_AT_decl_line
	.byte	132                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x27f:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44620                           # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x289:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44621                           # DW_AT_decl_line
	.byte	140                             # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x293:0x9 DW_TAG_member
	.long	668                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x29c:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44622                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x2a1:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	794                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44623                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x2ac:0xa DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	102                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44625                           # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x2b6:0xa DW_TAG_member
	.byte	76                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44626                           # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x2c0:0xa DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44627                           # DW_AT_decl_line
	.byte	164                             # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x2ca:0x9 DW_TAG_member
	.long	723                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	168                             # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x2d3:0x10 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44628                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x2d8:0xa DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	1027                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44629                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x2e3:0xa DW_TAG_member
	.byte	91                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44631                           # DW_AT_decl_line
	.byte	176                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x2ed:0xa DW_TAG_member
	.byte	92                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44632                           # DW_AT_decl_line
	.byte	180                             # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x2f7:0xa DW_TAG_member
	.byte	93                              # DW_AT_name
	.long	102                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44633                           # DW_AT_decl_line
	.byte	184                             # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x302:0xc DW_TAG_array_type
	.long	68                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x307:0x6 DW_TAG_subrange_type
	.long	152                             # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	7                               # Abbrev [7] 0x30e:0xc DW_TAG_array_type
	.long	68                              # DW_AT_type
	.byte	8                               # Abbrev [8] 0x313:0x6 DW_TAG_subrange_type
	.long	152                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x31a:0x5 DW_TAG_pointer_type
	.long	799                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x31f:0xd4 DW_TAG_structure_type
	.byte	74                              # DW_AT_name
	.byte	56                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44553                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x325:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	241                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44554                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x32f:0xa DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	241                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44555                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x339:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	241                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44556                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x343:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44557                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x34d:0xa DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44558                           # DW_AT_decl_line
	.byte	7                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x357:0xa DW_TAG_member
	.byte	62                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44559                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x361:0xa DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44560                           # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x36b:0xa DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	1011                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44561                           # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x375:0xa DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	1011                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44562                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x37f:0xa DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	1011                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44563                           # DW_AT_decl_line
	.byte	14                              # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x389:0x9 DW_TAG_member
	.long	914                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	26                              # Abbrev [26] 0x392:0x4c DW_TAG_union_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44564                           # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x397:0x9 DW_TAG_member
	.long	928                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x3a0:0x1a DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44565                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x3a5:0xa DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	1019                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44566                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x3af:0xa DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1019                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44567                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	25                              # Abbrev [25] 0x3ba:0x9 DW_TAG_member
	.long	963                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x3c3:0x1a DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44569                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x3c8:0xa DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44570                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x3d2:0xa DW_TAG_member
	.byte	71                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44571                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x3de:0xa DW_TAG_member
	.byte	72                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44574                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x3e8:0xa DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	1019                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44575                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3f3:0x8 DW_TAG_typedef
	.long	241                             # DW_AT_type
	.byte	64                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	69                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x3fb:0x8 DW_TAG_typedef
	.long	68                              # DW_AT_type
	.byte	68                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x403:0x5 DW_TAG_pointer_type
	.long	1032                            # DW_AT_type
	.byte	23                              # Abbrev [23] 0x408:0x93 DW_TAG_structure_type
	.byte	90                              # DW_AT_name
	.byte	80                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44578                           # DW_AT_decl_line
	.byte	24                              # Abbrev [24] 0x40e:0xa DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44579                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x418:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44580                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x422:0xa DW_TAG_member
	.byte	80                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44581                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x42c:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44582                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x436:0xa DW_TAG_member
	.byte	32                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44583                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x440:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44584                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x44a:0xa DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44585                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x454:0xa DW_TAG_member
	.byte	82                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44586                           # DW_AT_decl_line
	.byte	28                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x45e:0xa DW_TAG_member
	.byte	83                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44587                           # DW_AT_decl_line
	.byte	44                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x468:0xa DW_TAG_member
	.byte	84                              # DW_AT_name
	.long	1011                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44588                           # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x472:0xa DW_TAG_member
	.byte	85                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44589                           # DW_AT_decl_line
	.byte	52                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x47c:0xa DW_TAG_member
	.byte	86                              # DW_AT_name
	.long	782                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44590                           # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x486:0xa DW_TAG_member
	.byte	87                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44591                           # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	24                              # Abbrev [24] 0x490:0xa DW_TAG_member
	.byte	88                              # DW_AT_name
	.long	1179                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	44592                           # DW_AT_decl_line
	.byte	76                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x49b:0x8 DW_TAG_typedef
	.long	372                             # DW_AT_type
	.byte	89                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	1                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	1                               # DW_RLE_base_addressx
	.byte	8                               #   base address index
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Lfunc_begin2-.Lfunc_begin0    #   starting offset
	.uleb128 .Lfunc_end2-.Lfunc_begin0      #   ending offset
	.byte	3                               # DW_RLE_startx_length
	.byte	9                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	384                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/sockfilter.c"              # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=57
.Linfo_string3:
	.asciz	"min_len"                       # string offset=59
.Linfo_string4:
	.asciz	"unsigned int"                  # string offset=67
.Linfo_string5:
	.asciz	"__u32"                         # string offset=80
.Linfo_string6:
	.asciz	"snap_len"                      # string offset=86
.Linfo_string7:
	.asciz	"keep_limit"                    # string offset=95
.Linfo_string8:
	.asciz	"unsigned long long"            # string offset=106
.Linfo_string9:
	.asciz	"__u64"                         # string offset=125
.Linfo_string10:
	.asciz	"proto_mask"                    # string offset=131
.Linfo_string11:
	.asciz	"LICENSE"                       # string offset=142
.Linfo_string12:
	.asciz	"char"                          # string offset=150
.Linfo_string13:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=155
.Linfo_string14:
	.asciz	"seen"                          # string offset=175
.Linfo_string15:
	.asciz	"kept"                          # string offset=180
.Linfo_string16:
	.asciz	"too_short"                     # string offset=185
.Linfo_string17:
	.asciz	"bpf_skb_load_bytes"            # string offset=195
.Linfo_string18:
	.asciz	"long"                          # string offset=214
.Linfo_string19:
	.asciz	"unsigned short"                # string offset=219
.Linfo_string20:
	.asciz	"__u16"                         # string offset=234
.Linfo_string21:
	.asciz	"ip_proto"                      # string offset=240
.Linfo_string22:
	.asciz	"int"                           # string offset=249
.Linfo_string23:
	.asciz	"filter"                        # string offset=253
.Linfo_string24:
	.asciz	"proto_bit"                     # string offset=260
.Linfo_string25:
	.asciz	"eth_proto"                     # string offset=270
.Linfo_string26:
	.asciz	"proto"                         # string offset=280
.Linfo_string27:
	.asciz	"unsigned char"                 # string offset=286
.Linfo_string28:
	.asciz	"__u8"                          # string offset=300
.Linfo_string29:
	.asciz	"skb"                           # string offset=305
.Linfo_string30:
	.asciz	"len"                           # string offset=309
.Linfo_string31:
	.asciz	"pkt_type"                      # string offset=313
.Linfo_string32:
	.asciz	"mark"                          # string offset=322
.Linfo_string33:
	.asciz	"queue_mapping"                 # string offset=327
.Linfo_string34:
	.asciz	"protocol"                      # string offset=341
.Linfo_string35:
	.asciz	"vlan_present"                  # string offset=350
.Linfo_string36:
	.asciz	"vlan_tci"                      # string offset=363
.Linfo_string37:
	.asciz	"vlan_proto"                    # string offset=372
.Linfo_string38:
	.asciz	"priority"                      # string offset=383
.Linfo_string39:
	.asciz	"ingress_ifindex"               # string offset=392
.Linfo_string40:
	.asciz	"ifindex"                       # string offset=408
.Linfo_string41:
	.asciz	"tc_index"                      # string offset=416
.Linfo_string42:
	.asciz	"cb"                            # string offset=425
.Linfo_string43:
	.asciz	"hash"                          # string offset=428
.Linfo_string44:
	.asciz	"tc_classid"                    # string offset=433
.Linfo_string45:
	.asciz	"data"                          # string offset=444
.Linfo_string46:
	.asciz	"data_end"                      # string offset=449
.Linfo_string47:
	.asciz	"napi_id"                       # string offset=458
.Linfo_string48:
	.asciz	"family"                        # string offset=466
.Linfo_string49:
	.asciz	"remote_ip4"                    # string offset=473
.Linfo_string50:
	.asciz	"local_ip4"                     # string offset=484
.Linfo_string51:
	.asciz	"remote_ip6"                    # string offset=494
.Linfo_string52:
	.asciz	"local_ip6"                     # string offset=505
.Linfo_string53:
	.asciz	"remote_port"                   # string offset=515
.Linfo_string54:
	.asciz	"local_port"                    # string offset=527
.Linfo_string55:
	.asciz	"data_meta"                     # string offset=538
.Linfo_string56:
	.asciz	"flow_keys"                     # string offset=548
.Linfo_string57:
	.asciz	"nhoff"                         # string offset=558
.Linfo_string58:
	.asciz	"thoff"                         # string offset=564
.Linfo_string59:
	.asciz	"addr_proto"                    # string offset=570
.Linfo_string60:
	.asciz	"is_frag"                       # string offset=581
.Linfo_string61:
	.asciz	"is_first_frag"                 # string offset=589
.Linfo_string62:
	.asciz	"is_encap"                      # string offset=603
.Linfo_string63:
	.asciz	"n_proto"                       # string offset=612
.Linfo_string64:
	.asciz	"__be16"                        # string offset=620
.Linfo_string65:
	.asciz	"sport"                         # string offset=627
.Linfo_string66:
	.asciz	"dport"                         # string offset=633
.Linfo_string67:
	.asciz	"ipv4_src"                      # string offset=639
.Linfo_string68:
	.asciz	"__be32"                        # string offset=648
.Linfo_string69:
	.asciz	"ipv4_dst"                      # string offset=655
.Linfo_string70:
	.asciz	"ipv6_src"                      # string offset=664
.Linfo_string71:
	.asciz	"ipv6_dst"                      # string offset=673
.Linfo_string72:
	.asciz	"flags"                         # string offset=682
.Linfo_string73:
	.asciz	"flow_label"                    # string offset=688
.Linfo_string74:
	.asciz	"bpf_flow_keys"                 # string offset=699
.Linfo_string75:
	.asciz	"tstamp"                        # string offset=713
.Linfo_string76:
	.asciz	"wire_len"                      # string offset=720
.Linfo_string77:
	.asciz	"gso_segs"                      # string offset=729
.Linfo_string78:
	.asciz	"sk"                            # string offset=738
.Linfo_string79:
	.asciz	"bound_dev_if"                  # string offset=741
.Linfo_string80:
	.asciz	"type"                          # string offset=754
.Linfo_string81:
	.asciz	"src_ip4"                       # string offset=759
.Linfo_string82:
	.asciz	"src_ip6"                       # string offset=767
.Linfo_string83:
	.asciz	"src_port"                      # string offset=775
.Linfo_string84:
	.asciz	"dst_port"                      # string offset=784
.Linfo_string85:
	.asciz	"dst_ip4"                       # string offset=793
.Linfo_string86:
	.asciz	"dst_ip6"                       # string offset=801
.Linfo_string87:
	.asciz	"state"                         # string offset=809
.Linfo_string88:
	.asciz	"rx_queue_mapping"              # string offset=815
.Linfo_string89:
	.asciz	"__s32"                         # string offset=832
.Linfo_string90:
	.asciz	"bpf_sock"                      # string offset=838
.Linfo_string91:
	.asciz	"gso_size"                      # string offset=847
.Linfo_string92:
	.asciz	"tstamp_type"                   # string offset=856
.Linfo_string93:
	.asciz	"hwtstamp"                      # string offset=868
.Linfo_string94:
	.asciz	"__sk_buff"                     # string offset=877
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	min_len
	.quad	snap_len
	.quad	keep_limit
	.quad	proto_mask
	.quad	LICENSE
	.quad	seen
	.quad	kept
	.quad	too_short
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Ltmp55
	.quad	.Ltmp65
	.quad	.Lfunc_begin2
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1124
	.long	1124
	.long	1239
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	2
	.long	1                               # BTF_KIND_STRUCT(id = 2)
	.long	67108898                        # 0x4000022
	.long	192
	.long	11
	.long	3
	.long	0                               # 0x0
	.long	15
	.long	3
	.long	32                              # 0x20
	.long	24
	.long	3
	.long	64                              # 0x40
	.long	29
	.long	3
	.long	96                              # 0x60
	.long	43
	.long	3
	.long	128                             # 0x80
	.long	52
	.long	3
	.long	160                             # 0xa0
	.long	65
	.long	3
	.long	192                             # 0xc0
	.long	74
	.long	3
	.long	224                             # 0xe0
	.long	85
	.long	3
	.long	256                             # 0x100
	.long	94
	.long	3
	.long	288                             # 0x120
	.long	110
	.long	3
	.long	320                             # 0x140
	.long	118
	.long	3
	.long	352                             # 0x160
	.long	127
	.long	5
	.long	384                             # 0x180
	.long	130
	.long	3
	.long	544                             # 0x220
	.long	135
	.long	3
	.long	576                             # 0x240
	.long	146
	.long	3
	.long	608                             # 0x260
	.long	151
	.long	3
	.long	640                             # 0x280
	.long	160
	.long	3
	.long	672                             # 0x2a0
	.long	168
	.long	3
	.long	704                             # 0x2c0
	.long	175
	.long	3
	.long	736                             # 0x2e0
	.long	186
	.long	3
	.long	768                             # 0x300
	.long	196
	.long	7
	.long	800                             # 0x320
	.long	207
	.long	7
	.long	928                             # 0x3a0
	.long	217
	.long	3
	.long	1056                            # 0x420
	.long	229
	.long	3
	.long	1088                            # 0x440
	.long	240
	.long	3
	.long	1120                            # 0x460
	.long	0
	.long	8
	.long	1152                            # 0x480
	.long	250
	.long	10
	.long	1216                            # 0x4c0
	.long	257
	.long	3
	.long	1280                            # 0x500
	.long	266
	.long	3
	.long	1312                            # 0x520
	.long	0
	.long	12
	.long	1344                            # 0x540
	.long	275
	.long	3
	.long	1408                            # 0x580
	.long	284
	.long	14
	.long	1440                            # 0x5a0
	.long	296
	.long	10
	.long	1472                            # 0x5c0
	.long	305                             # BTF_KIND_TYPEDEF(id = 3)
	.long	134217728                       # 0x8000000
	.long	4
	.long	311                             # BTF_KIND_INT(id = 4)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 5)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	6
	.long	5
	.long	324                             # BTF_KIND_INT(id = 6)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	0                               # BTF_KIND_ARRAY(id = 7)
	.long	50331648                        # 0x3000000
	.long	0
	.long	3
	.long	6
	.long	4
	.long	0                               # BTF_KIND_UNION(id = 8)
	.long	83886081                        # 0x5000001
	.long	8
	.long	344
	.long	9
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 9)
	.long	33554432                        # 0x2000000
	.long	40
	.long	354                             # BTF_KIND_TYPEDEF(id = 10)
	.long	134217728                       # 0x8000000
	.long	11
	.long	360                             # BTF_KIND_INT(id = 11)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 12)
	.long	83886081                        # 0x5000001
	.long	8
	.long	379
	.long	13
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_PTR(id = 13)
	.long	33554432                        # 0x2000000
	.long	39
	.long	382                             # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	15
	.long	387                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 16)
	.long	218103809                       # 0xd000001
	.long	17
	.long	401
	.long	1
	.long	405                             # BTF_KIND_INT(id = 17)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	409                             # BTF_KIND_FUNC(id = 18)
	.long	201326593                       # 0xc000001
	.long	16
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 19)
	.long	218103809                       # 0xd000001
	.long	17
	.long	401
	.long	1
	.long	689                             # BTF_KIND_FUNC(id = 20)
	.long	201326593                       # 0xc000001
	.long	19
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 21)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1036
	.long	3
	.long	1042                            # BTF_KIND_FUNC(id = 22)
	.long	201326592                       # 0xc000000
	.long	21
	.long	0                               # BTF_KIND_CONST(id = 23)
	.long	167772160                       # 0xa000000
	.long	24
	.long	0                               # BTF_KIND_VOLATILE(id = 24)
	.long	150994944                       # 0x9000000
	.long	3
	.long	1117                            # BTF_KIND_VAR(id = 25)
	.long	234881024                       # 0xe000000
	.long	23
	.long	1
	.long	1125                            # BTF_KIND_VAR(id = 26)
	.long	234881024                       # 0xe000000
	.long	23
	.long	1
	.long	1134                            # BTF_KIND_VAR(id = 27)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	1145                            # BTF_KIND_VAR(id = 28)
	.long	234881024                       # 0xe000000
	.long	3
	.long	1
	.long	1156                            # BTF_KIND_VAR(id = 29)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	1161                            # BTF_KIND_VAR(id = 30)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	1171                            # BTF_KIND_VAR(id = 31)
	.long	234881024                       # 0xe000000
	.long	10
	.long	1
	.long	1176                            # BTF_KIND_INT(id = 32)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 33)
	.long	50331648                        # 0x3000000
	.long	0
	.long	32
	.long	6
	.long	4
	.long	1181                            # BTF_KIND_VAR(id = 34)
	.long	234881024                       # 0xe000000
	.long	33
	.long	1
	.long	1189                            # BTF_KIND_DATASEC(id = 35)
	.long	251658243                       # 0xf000003
	.long	0
	.long	29
	.long	seen
	.long	8
	.long	30
	.long	too_short
	.long	8
	.long	31
	.long	kept
	.long	8
	.long	1194                            # BTF_KIND_DATASEC(id = 36)
	.long	251658242                       # 0xf000002
	.long	0
	.long	27
	.long	keep_limit
	.long	8
	.long	28
	.long	proto_mask
	.long	4
	.long	1200                            # BTF_KIND_DATASEC(id = 37)
	.long	251658242                       # 0xf000002
	.long	0
	.long	25
	.long	min_len
	.long	4
	.long	26
	.long	snap_len
	.long	4
	.long	1208                            # BTF_KIND_DATASEC(id = 38)
	.long	251658241                       # 0xf000001
	.long	0
	.long	34
	.long	LICENSE
	.long	4
	.long	1216                            # BTF_KIND_FWD(id = 39)
	.long	117440512                       # 0x7000000
	.long	0
	.long	1225                            # BTF_KIND_FWD(id = 40)
	.long	117440512                       # 0x7000000
	.long	0
	.byte	0                               # string offset=0
	.ascii	"__sk_buff"                     # string offset=1
	.byte	0
	.ascii	"len"                           # string offset=11
	.byte	0
	.ascii	"pkt_type"                      # string offset=15
	.byte	0
	.ascii	"mark"                          # string offset=24
	.byte	0
	.ascii	"queue_mapping"                 # string offset=29
	.byte	0
	.ascii	"protocol"                      # string offset=43
	.byte	0
	.ascii	"vlan_present"                  # string offset=52
	.byte	0
	.ascii	"vlan_tci"                      # string offset=65
	.byte	0
	.ascii	"vlan_proto"                    # string offset=74
	.byte	0
	.ascii	"priority"                      # string offset=85
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=94
	.byte	0
	.ascii	"ifindex"                       # string offset=110
	.byte	0
	.ascii	"tc_index"                      # string offset=118
	.byte	0
	.ascii	"cb"                            # string offset=127
	.byte	0
	.ascii	"hash"                          # string offset=130
	.byte	0
	.ascii	"tc_classid"                    # string offset=135
	.byte	0
	.ascii	"data"                          # string offset=146
	.byte	0
	.ascii	"data_end"                      # string offset=151
	.byte	0
	.ascii	"napi_id"                       # string offset=160
	.byte	0
	.ascii	"family"                        # string offset=168
	.byte	0
	.ascii	"remote_ip4"                    # string offset=175
	.byte	0
	.ascii	"local_ip4"                     # string offset=186
	.byte	0
	.ascii	"remote_ip6"                    # string offset=196
	.byte	0
	.ascii	"local_ip6"                     # string offset=207
	.byte	0
	.ascii	"remote_port"                   # string offset=217
	.byte	0
	.ascii	"local_port"                    # string offset=229
	.byte	0
	.ascii	"data_meta"                     # string offset=240
	.byte	0
	.ascii	"tstamp"                        # string offset=250
	.byte	0
	.ascii	"wire_len"                      # string offset=257
	.byte	0
	.ascii	"gso_segs"                      # string offset=266
	.byte	0
	.ascii	"gso_size"                      # string offset=275
	.byte	0
	.ascii	"tstamp_type"                   # string offset=284
	.byte	0
	.ascii	"hwtstamp"                      # string offset=296
	.byte	0
	.ascii	"__u32"                         # string offset=305
	.byte	0
	.ascii	"unsigned int"                  # string offset=311
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=324
	.byte	0
	.ascii	"flow_keys"                     # string offset=344
	.byte	0
	.ascii	"__u64"                         # string offset=354
	.byte	0
	.ascii	"unsigned long long"            # string offset=360
	.byte	0
	.ascii	"sk"                            # string offset=379
	.byte	0
	.ascii	"__u8"                          # string offset=382
	.byte	0
	.ascii	"unsigned char"                 # string offset=387
	.byte	0
	.ascii	"skb"                           # string offset=401
	.byte	0
	.ascii	"int"                           # string offset=405
	.byte	0
	.ascii	"ip_proto"                      # string offset=409
	.byte	0
	.ascii	".text"                         # string offset=418
	.byte	0
	.ascii	"./src/sockfilter.c"            # string offset=424
	.byte	0
	.ascii	"__noinline int ip_proto(struct __sk_buff *skb)" # string offset=443
	.byte	0
	.ascii	"\t__u16 eth_proto = 0;"        # string offset=490
	.byte	0
	.ascii	"\t__u8 proto = 0;"             # string offset=512
	.byte	0
	.ascii	"\tif (!skb)"                   # string offset=529
	.byte	0
	.ascii	"\tif (bpf_skb_load_bytes(skb, 12, &eth_proto, sizeof(eth_proto)))" # string offset=540
	.byte	0
	.ascii	"\tif (bpf_skb_load_bytes(skb, ETH_HLEN + 9, &proto, sizeof(proto)))" # string offset=605
	.byte	0
	.ascii	"\treturn proto;"               # string offset=672
	.byte	0
	.byte	125                             # string offset=687
	.byte	0
	.ascii	"filter"                        # string offset=689
	.byte	0
	.ascii	"socket"                        # string offset=696
	.byte	0
	.ascii	"int filter(struct __sk_buff *skb)" # string offset=703
	.byte	0
	.ascii	"\t__sync_fetch_and_add(&seen, 1);" # string offset=737
	.byte	0
	.ascii	"0:0"                           # string offset=770
	.byte	0
	.ascii	"\tif (skb->len < min_len) {"   # string offset=774
	.byte	0
	.ascii	"\t\t__sync_fetch_and_add(&too_short, 1);" # string offset=801
	.byte	0
	.ascii	"\tint proto = ip_proto(skb);"  # string offset=840
	.byte	0
	.ascii	"\tif (proto < 0 || !(proto_bit((__u32)proto) & proto_mask))" # string offset=868
	.byte	0
	.ascii	"\tif (kept >= keep_limit)"     # string offset=927
	.byte	0
	.ascii	"\t__sync_fetch_and_add(&kept, 1);" # string offset=952
	.byte	0
	.ascii	"\treturn skb->len < snap_len ? skb->len : snap_len;" # string offset=985
	.byte	0
	.ascii	"proto"                         # string offset=1036
	.byte	0
	.ascii	"proto_bit"                     # string offset=1042
	.byte	0
	.ascii	"static __noinline __u32 proto_bit(__u32 proto)" # string offset=1052
	.byte	0
	.ascii	"\tswitch (proto) {"            # string offset=1099
	.byte	0
	.ascii	"min_len"                       # string offset=1117
	.byte	0
	.ascii	"snap_len"                      # string offset=1125
	.byte	0
	.ascii	"keep_limit"                    # string offset=1134
	.byte	0
	.ascii	"proto_mask"                    # string offset=1145
	.byte	0
	.ascii	"seen"                          # string offset=1156
	.byte	0
	.ascii	"too_short"                     # string offset=1161
	.byte	0
	.ascii	"kept"                          # string offset=1171
	.byte	0
	.ascii	"char"                          # string offset=1176
	.byte	0
	.ascii	"LICENSE"                       # string offset=1181
	.byte	0
	.ascii	".bss"                          # string offset=1189
	.byte	0
	.ascii	".data"                         # string offset=1194
	.byte	0
	.ascii	".rodata"                       # string offset=1200
	.byte	0
	.ascii	"license"                       # string offset=1208
	.byte	0
	.ascii	"bpf_sock"                      # string offset=1216
	.byte	0
	.ascii	"bpf_flow_keys"                 # string offset=1225
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	44
	.long	44
	.long	596
	.long	640
	.long	60
	.long	8                               # FuncInfo
	.long	418                             # FuncInfo section string offset=418
	.long	2
	.long	.Lfunc_begin0
	.long	18
	.long	.Lfunc_begin2
	.long	22
	.long	696                             # FuncInfo section string offset=696
	.long	1
	.long	.Lfunc_begin1
	.long	20
	.long	16                              # LineInfo
	.long	418                             # LineInfo section string offset=418
	.long	13
	.long	.Lfunc_begin0
	.long	424
	.long	443
	.long	40960                           # Line 40 Col 0
	.long	.Ltmp4
	.long	424
	.long	490
	.long	43016                           # Line 42 Col 8
	.long	.Ltmp5
	.long	424
	.long	512
	.long	44039                           # Line 43 Col 7
	.long	.Ltmp6
	.long	424
	.long	529
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp11
	.long	424
	.long	540
	.long	48134                           # Line 47 Col 6
	.long	.Ltmp14
	.long	424
	.long	540
	.long	48134                           # Line 47 Col 6
	.long	.Ltmp21
	.long	424
	.long	605
	.long	52230                           # Line 51 Col 6
	.long	.Ltmp24
	.long	424
	.long	605
	.long	52230                           # Line 51 Col 6
	.long	.Ltmp27
	.long	424
	.long	672
	.long	54281                           # Line 53 Col 9
	.long	.Ltmp30
	.long	424
	.long	687
	.long	55297                           # Line 54 Col 1
	.long	.Lfunc_begin2
	.long	424
	.long	1052
	.long	27648                           # Line 27 Col 0
	.long	.Ltmp94
	.long	424
	.long	1099
	.long	29698                           # Line 29 Col 2
	.long	.Ltmp99
	.long	424
	.long	687
	.long	37889                           # Line 37 Col 1
	.long	696                             # LineInfo section string offset=696
	.long	23
	.long	.Lfunc_begin1
	.long	424
	.long	703
	.long	58368                           # Line 57 Col 0
	.long	.Ltmp35
	.long	424
	.long	737
	.long	60418                           # Line 59 Col 2
	.long	.Ltmp39
	.long	424
	.long	774
	.long	61451                           # Line 60 Col 11
	.long	.Ltmp40
	.long	424
	.long	774
	.long	61457                           # Line 60 Col 17
	.long	.Ltmp43
	.long	424
	.long	774
	.long	61446                           # Line 60 Col 6
	.long	.Ltmp46
	.long	424
	.long	801
	.long	62467                           # Line 61 Col 3
	.long	.Ltmp51
	.long	424
	.long	687
	.long	72705                           # Line 71 Col 1
	.long	.Ltmp54
	.long	424
	.long	840
	.long	65550                           # Line 64 Col 14
	.long	.Ltmp61
	.long	424
	.long	868
	.long	66576                           # Line 65 Col 16
	.long	.Ltmp64
	.long	424
	.long	868
	.long	66581                           # Line 65 Col 21
	.long	.Ltmp67
	.long	424
	.long	868
	.long	66607                           # Line 65 Col 47
	.long	.Ltmp68
	.long	424
	.long	868
	.long	66605                           # Line 65 Col 45
	.long	.Ltmp71
	.long	424
	.long	868
	.long	66566                           # Line 65 Col 6
	.long	.Ltmp74
	.long	424
	.long	927
	.long	68622                           # Line 67 Col 14
	.long	.Ltmp75
	.long	424
	.long	927
	.long	68614                           # Line 67 Col 6
	.long	.Ltmp78
	.long	424
	.long	927
	.long	68614                           # Line 67 Col 6
	.long	.Ltmp79
	.long	424
	.long	952
	.long	70658                           # Line 69 Col 2
	.long	.Ltmp81
	.long	424
	.long	985
	.long	71694                           # Line 70 Col 14
	.long	.Ltmp82
	.long	424
	.long	985
	.long	71700                           # Line 70 Col 20
	.long	.Ltmp83
	.long	424
	.long	985
	.long	71689                           # Line 70 Col 9
	.long	.Ltmp85
	.long	424
	.long	985
	.long	71716                           # Line 70 Col 36
	.long	.Ltmp86
	.long	424
	.long	985
	.long	71689                           # Line 70 Col 9
	.long	.Ltmp87
	.long	424
	.long	985
	.long	71722                           # Line 70 Col 42
	.long	16                              # FieldReloc
	.long	696                             # Field reloc section string offset=696
	.long	3
	.long	.Ltmp38
	.long	2
	.long	770
	.long	0
	.long	.Ltmp80
	.long	2
	.long	770
	.long	0
	.long	.Ltmp84
	.long	2
	.long	770
	.long	0
	.addrsig
	.addrsig_sym filter
	.addrsig_sym min_len
	.addrsig_sym snap_len
	.addrsig_sym seen
	.addrsig_sym too_short
	.addrsig_sym kept
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
