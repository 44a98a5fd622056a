	.text
	.file	"writetrack.c"
	.file	0 "." "src/writetrack.c" md5 0x192aa383d1bb43b0dd52551fb9bd8527
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	"tracepoint/syscalls/sys_enter_write","ax",@progbits
	.globl	write_enter                     # -- Begin function write_enter
	.p2align	3
	.type	write_enter,@function
write_enter:                            # @write_enter
.Lfunc_begin0:
	.loc	0 43 0                          # src/writetrack.c:43:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: write_enter:ctx <- $r1
	r6 = r1
.Ltmp0:
.Ltmp1:
	#DEBUG_VALUE: write_enter:ctx <- $r6
	.loc	0 44 13 prologue_end            # src/writetrack.c:44:13
.Ltmp2:
	call 14
.Ltmp3:
	.loc	0 44 8 is_stmt 0                # src/writetrack.c:44:8
.Ltmp4:
	*(u64 *)(r10 - 8) = r0
	.loc	0 46 12 is_stmt 1               # src/writetrack.c:46:12
.Ltmp5:
	call 5
.Ltmp6:
	.loc	0 45 19                         # src/writetrack.c:45:19
.Ltmp7:
	*(u64 *)(r10 - 32) = r0
	.loc	0 48 12                         # src/writetrack.c:48:12
.Ltmp8:
.Ltmp9:
	r1 = *(u64 *)(r6 + 32)
	.loc	0 45 19                         # src/writetrack.c:45:19
.Ltmp10:
	*(u64 *)(r10 - 24) = r1
	.loc	0 47 16                         # src/writetrack.c:47:16
.Ltmp11:
.Ltmp12:
	r2 = *(u64 *)(r6 + 16)
	.loc	0 45 19                         # src/writetrack.c:45:19
.Ltmp13:
	*(u32 *)(r10 - 16) = w2
.Ltmp14:
	.loc	0 50 16                         # src/writetrack.c:50:16
.Ltmp15:
.Ltmp16:
	r2 = min_bytes ll
	r2 = *(u64 *)(r2 + 0)
.Ltmp17:
.Ltmp18:
	.loc	0 50 6 is_stmt 0                # src/writetrack.c:50:6
.Ltmp19:
	if r1 < r2 goto LBB0_2
.Ltmp20:
.Ltmp21:
# %bb.1:
	#DEBUG_VALUE: write_enter:ctx <- $r6
	.loc	0 0 6                           # src/writetrack.c:0:6
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -32
	.loc	0 52 2 is_stmt 1                # src/writetrack.c:52:2
.Ltmp22:
	r1 = inflight ll
	r4 = 0
	call 2
.Ltmp23:
.Ltmp24:
LBB0_2:
	#DEBUG_VALUE: write_enter:ctx <- $r6
	.loc	0 54 1                          # src/writetrack.c:54:1
.Ltmp25:
	w0 = 0
	exit
.Ltmp26:
.Ltmp27:
.Lfunc_end0:
	.size	write_enter, .Lfunc_end0-write_enter
	.cfi_endproc
                                        # -- End function
	.section	"tracepoint/syscalls/sys_exit_write","ax",@progbits
	.globl	write_exit                      # -- Begin function write_exit
	.p2align	3
	.type	write_exit,@function
write_exit:                             # @write_exit
.Lfunc_begin1:
	.loc	0 58 0                          # src/writetrack.c:58:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: write_exit:ctx <- $r1
	r6 = r1
.Ltmp28:
.Ltmp29:
	#DEBUG_VALUE: write_exit:ctx <- $r6
	.loc	0 59 13 prologue_end            # src/writetrack.c:59:13
.Ltmp30:
	call 14
.Ltmp31:
	.loc	0 59 8 is_stmt 0                # src/writetrack.c:59:8
.Ltmp32:
	*(u64 *)(r10 - 8) = r0
	r2 = r10
	r2 += -8
	.loc	0 60 20 is_stmt 1               # src/writetrack.c:60:20
.Ltmp33:
	r1 = inflight ll
	call 1
.Ltmp34:
.Ltmp35:
	#DEBUG_VALUE: write_exit:s <- $r0
	.loc	0 61 6                          # src/writetrack.c:61:6
.Ltmp36:
	if r0 == 0 goto LBB1_2
.Ltmp37:
.Ltmp38:
# %bb.1:
	#DEBUG_VALUE: write_exit:s <- $r0
	#DEBUG_VALUE: write_exit:ctx <- $r6
	.loc	0 64 10                         # src/writetrack.c:64:10
.Ltmp39:
	r1 = *(u64 *)(r10 - 8)
	.loc	0 63 19                         # src/writetrack.c:63:19
.Ltmp40:
	r2 = r1
	r2 <<= 32
	r1 >>= 32
	r1 |= r2
	*(u64 *)(r10 - 64) = r1
	.loc	0 66 12                         # src/writetrack.c:66:12
.Ltmp41:
	w1 = *(u32 *)(r0 + 16)
	.loc	0 63 19                         # src/writetrack.c:63:19
.Ltmp42:
	*(u32 *)(r10 - 56) = w1
	w1 = 0
	*(u32 *)(r10 - 52) = w1
	.loc	0 67 19                         # src/writetrack.c:67:19
.Ltmp43:
	r1 = *(u64 *)(r0 + 8)
	.loc	0 63 19                         # src/writetrack.c:63:19
.Ltmp44:
	*(u64 *)(r10 - 48) = r1
	.loc	0 68 19                         # src/writetrack.c:68:19
.Ltmp45:
.Ltmp46:
	r1 = *(u64 *)(r6 + 16)
	.loc	0 63 19                         # src/writetrack.c:63:19
.Ltmp47:
	*(u64 *)(r10 - 40) = r1
	r7 = r0
	.loc	0 69 17                         # src/writetrack.c:69:17
.Ltmp48:
	call 5
.Ltmp49:
.Ltmp50:
	.loc	0 69 41 is_stmt 0               # src/writetrack.c:69:41
.Ltmp51:
	r1 = *(u64 *)(r7 + 0)
	r2 = 0
	.loc	0 63 19 is_stmt 1               # src/writetrack.c:63:19
.Ltmp52:
	*(u64 *)(r10 - 16) = r2
	*(u64 *)(r10 - 24) = r2
	.loc	0 69 36                         # src/writetrack.c:69:36
.Ltmp53:
	r0 -= r1
	.loc	0 63 19                         # src/writetrack.c:63:19
.Ltmp54:
	*(u64 *)(r10 - 32) = r0
	r1 = r10
	r1 += -24
	.loc	0 71 2                          # src/writetrack.c:71:2
.Ltmp55:
	w2 = 16
	call 16
.Ltmp56:
	.loc	0 0 2 is_stmt 0                 # src/writetrack.c:0:2
	r2 = r10
	r2 += -8
	.loc	0 72 2 is_stmt 1                # src/writetrack.c:72:2
.Ltmp57:
	r1 = inflight ll
	call 3
.Ltmp58:
	.loc	0 0 2 is_stmt 0                 # src/writetrack.c:0:2
	r4 = r10
	r4 += -64
	.loc	0 73 2 is_stmt 1                # src/writetrack.c:73:2
.Ltmp59:
	r1 = r6
	r2 = events ll
	r3 = 4294967295 ll
	r5 = 56
	call 25
.Ltmp60:
.Ltmp61:
LBB1_2:
	#DEBUG_VALUE: write_exit:ctx <- $r6
	.loc	0 75 1                          # src/writetrack.c:75:1
.Ltmp62:
	w0 = 0
	exit
.Ltmp63:
.Ltmp64:
.Lfunc_end1:
	.size	write_exit, .Lfunc_end1-write_exit
	.cfi_endproc
                                        # -- End function
	.type	min_bytes,@object               # @min_bytes
	.section	.rodata,"a",@progbits
	.globl	min_bytes
	.p2align	3, 0x0
min_bytes:
	.quad	1                               # 0x1
	.size	min_bytes, 8

	.type	inflight,@object                # @inflight
	.section	.maps,"aw",@progbits
	.globl	inflight
	.p2align	3, 0x0
inflight:
	.zero	32
	.size	inflight, 32

	.type	events,@object                  # @events
	.globl	events
	.p2align	3, 0x0
events:
	.zero	24
	.size	events, 24

	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	unused_event,@object            # @unused_event
	.section	.bss,"aw",@nobits
	.globl	unused_event
	.p2align	3, 0x0
unused_event:
	.quad	0
	.size	unused_event, 8

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
	.byte	5                               #   base address index
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
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp28-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp28-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp34-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp49-.Lfunc_begin1          #   ending offset
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
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
	.byte	5                               # DW_FORM_data2
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
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
	.byte	18                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	29                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x3e8 DW_TAG_compile_unit
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
	.byte	38                              # DW_AT_decl_line
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
	.byte	22                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x4c:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x50:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	91                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	77                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x5b:0xc DW_TAG_array_type
	.long	103                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x60:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x67:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x6b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x6f:0xb DW_TAG_variable
	.byte	9                               # DW_AT_name
	.long	122                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	10                              # Abbrev [10] 0x7a:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x7e:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	163                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x87:0x9 DW_TAG_member
	.byte	12                              # DW_AT_name
	.long	184                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x90:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	202                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x99:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	207                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xa3:0x5 DW_TAG_pointer_type
	.long	168                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0xa8:0xc DW_TAG_array_type
	.long	180                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0xad:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	1                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0xb4:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0xb8:0x5 DW_TAG_pointer_type
	.long	189                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0xbd:0xd DW_TAG_array_type
	.long	180                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0xc2:0x7 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.short	10240                           # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0xca:0x5 DW_TAG_pointer_type
	.long	68                              # DW_AT_type
	.byte	12                              # Abbrev [12] 0xcf:0x5 DW_TAG_pointer_type
	.long	212                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xd4:0x21 DW_TAG_structure_type
	.byte	19                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0xd9:0x9 DW_TAG_member
	.byte	15                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0xe2:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0xeb:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	245                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xf5:0x8 DW_TAG_typedef
	.long	180                             # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0xfd:0xb DW_TAG_variable
	.byte	20                              # DW_AT_name
	.long	264                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	35                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	10                              # Abbrev [10] 0x108:0x20 DW_TAG_structure_type
	.byte	24                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x10c:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	296                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x115:0x9 DW_TAG_member
	.byte	21                              # DW_AT_name
	.long	296                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x11e:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	296                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	34                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x128:0x5 DW_TAG_pointer_type
	.long	301                             # DW_AT_type
	.byte	7                               # Abbrev [7] 0x12d:0xc DW_TAG_array_type
	.long	180                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x132:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x139:0xb DW_TAG_variable
	.byte	23                              # DW_AT_name
	.long	324                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	12                              # Abbrev [12] 0x144:0x5 DW_TAG_pointer_type
	.long	329                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x149:0x5 DW_TAG_const_type
	.long	334                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0x14e:0x4e DW_TAG_structure_type
	.byte	35                              # DW_AT_name
	.byte	56                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x153:0x9 DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	412                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x15c:0x9 DW_TAG_member
	.byte	27                              # DW_AT_name
	.long	412                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x165:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	245                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x16e:0x9 DW_TAG_member
	.byte	28                              # DW_AT_name
	.long	412                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x177:0x9 DW_TAG_member
	.byte	29                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x180:0x9 DW_TAG_member
	.byte	30                              # DW_AT_name
	.long	424                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x189:0x9 DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	68                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	11                              # Abbrev [11] 0x192:0x9 DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	436                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x19c:0x8 DW_TAG_typedef
	.long	420                             # DW_AT_type
	.byte	26                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x1a4:0x4 DW_TAG_base_type
	.byte	25                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	5                               # Abbrev [5] 0x1a8:0x8 DW_TAG_typedef
	.long	432                             # DW_AT_type
	.byte	32                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	6                               # Abbrev [6] 0x1b0:0x4 DW_TAG_base_type
	.byte	31                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x1b4:0xc DW_TAG_array_type
	.long	103                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x1b9:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	16                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x1c0:0xa DW_TAG_variable
	.byte	36                              # DW_AT_name
	.long	458                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	368                             # DW_AT_decl_line
	.byte	14                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x1ca:0x5 DW_TAG_pointer_type
	.long	463                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1cf:0x5 DW_TAG_subroutine_type
	.long	68                              # DW_AT_type
                                        # DW_AT_prototyped
	.byte	17                              # Abbrev [17] 0x1d4:0x9 DW_TAG_variable
	.byte	37                              # DW_AT_name
	.long	458                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	114                             # DW_AT_decl_line
	.byte	5                               # DW_AT_const_value
	.byte	17                              # Abbrev [17] 0x1dd:0x9 DW_TAG_variable
	.byte	38                              # DW_AT_name
	.long	486                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	78                              # DW_AT_decl_line
	.byte	2                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x1e6:0x5 DW_TAG_pointer_type
	.long	491                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1eb:0x1a DW_TAG_subroutine_type
	.long	517                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	19                              # Abbrev [19] 0x1f0:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1f5:0x5 DW_TAG_formal_parameter
	.long	522                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1fa:0x5 DW_TAG_formal_parameter
	.long	522                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x1ff:0x5 DW_TAG_formal_parameter
	.long	68                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x205:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x209:0x1 DW_TAG_pointer_type
	.byte	12                              # Abbrev [12] 0x20a:0x5 DW_TAG_pointer_type
	.long	527                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x20f:0x1 DW_TAG_const_type
	.byte	17                              # Abbrev [17] 0x210:0x9 DW_TAG_variable
	.byte	40                              # DW_AT_name
	.long	537                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x219:0x5 DW_TAG_pointer_type
	.long	542                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x21e:0x10 DW_TAG_subroutine_type
	.long	521                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	19                              # Abbrev [19] 0x223:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x228:0x5 DW_TAG_formal_parameter
	.long	522                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x22e:0xa DW_TAG_variable
	.byte	41                              # DW_AT_name
	.long	568                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	394                             # DW_AT_decl_line
	.byte	16                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x238:0x5 DW_TAG_pointer_type
	.long	573                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x23d:0x10 DW_TAG_subroutine_type
	.long	517                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	19                              # Abbrev [19] 0x242:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x247:0x5 DW_TAG_formal_parameter
	.long	412                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x24d:0x9 DW_TAG_variable
	.byte	42                              # DW_AT_name
	.long	598                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	88                              # DW_AT_decl_line
	.byte	3                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x256:0x5 DW_TAG_pointer_type
	.long	603                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x25b:0x10 DW_TAG_subroutine_type
	.long	517                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	19                              # Abbrev [19] 0x260:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x265:0x5 DW_TAG_formal_parameter
	.long	522                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	15                              # Abbrev [15] 0x26b:0xa DW_TAG_variable
	.byte	43                              # DW_AT_name
	.long	629                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	696                             # DW_AT_decl_line
	.byte	25                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x275:0x5 DW_TAG_pointer_type
	.long	634                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x27a:0x1f DW_TAG_subroutine_type
	.long	517                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	19                              # Abbrev [19] 0x27f:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x284:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x289:0x5 DW_TAG_formal_parameter
	.long	68                              # DW_AT_type
	.byte	19                              # Abbrev [19] 0x28e:0x5 DW_TAG_formal_parameter
	.long	521                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x293:0x5 DW_TAG_formal_parameter
	.long	68                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x299:0x16 DW_TAG_enumeration_type
	.long	420                             # DW_AT_type
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44311                           # DW_AT_decl_line
	.byte	23                              # Abbrev [23] 0x2a2:0x3 DW_TAG_enumerator
	.byte	44                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	23                              # Abbrev [23] 0x2a5:0x3 DW_TAG_enumerator
	.byte	45                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	23                              # Abbrev [23] 0x2a8:0x3 DW_TAG_enumerator
	.byte	46                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	23                              # Abbrev [23] 0x2ab:0x3 DW_TAG_enumerator
	.byte	47                              # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x2af:0x22 DW_TAG_enumeration_type
	.long	721                             # DW_AT_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	42633                           # DW_AT_decl_line
	.byte	23                              # Abbrev [23] 0x2b8:0x7 DW_TAG_enumerator
	.byte	49                              # DW_AT_name
	.ascii	"\377\377\377\377\017"          # DW_AT_const_value
	.byte	23                              # Abbrev [23] 0x2bf:0x7 DW_TAG_enumerator
	.byte	50                              # DW_AT_name
	.ascii	"\377\377\377\377\017"          # DW_AT_const_value
	.byte	23                              # Abbrev [23] 0x2c6:0xa DW_TAG_enumerator
	.byte	51                              # DW_AT_name
	.ascii	"\200\200\200\200\360\377\377\007" # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x2d1:0x4 DW_TAG_base_type
	.byte	48                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x2d5:0xc DW_TAG_array_type
	.long	721                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x2da:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	6                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x2e1:0x2f DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	52                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	180                             # DW_AT_type
                                        # DW_AT_external
	.byte	25                              # Abbrev [25] 0x2f0:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	56                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	840                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x2f9:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	24
	.byte	54                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	44                              # DW_AT_decl_line
	.long	68                              # DW_AT_type
	.byte	26                              # Abbrev [26] 0x304:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	55                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	212                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x310:0x38 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	53                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	180                             # DW_AT_type
                                        # DW_AT_external
	.byte	25                              # Abbrev [25] 0x31f:0x9 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	56                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
	.long	959                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x328:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	56
	.byte	54                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	59                              # DW_AT_decl_line
	.long	68                              # DW_AT_type
	.byte	26                              # Abbrev [26] 0x333:0xb DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.byte	66                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	63                              # DW_AT_decl_line
	.long	334                             # DW_AT_type
	.byte	27                              # Abbrev [27] 0x33e:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	55                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	60                              # DW_AT_decl_line
	.long	207                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x348:0x5 DW_TAG_pointer_type
	.long	845                             # DW_AT_type
	.byte	28                              # Abbrev [28] 0x34d:0x2f DW_TAG_structure_type
	.byte	65                              # DW_AT_name
	.byte	64                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	37917                           # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x353:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	892                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37918                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x35d:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	517                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37919                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x367:0xa DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	725                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37920                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x371:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	947                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37921                           # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	28                              # Abbrev [28] 0x37c:0x2f DW_TAG_structure_type
	.byte	62                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	10049                           # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x382:0xa DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	939                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10050                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x38c:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	943                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10051                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x396:0xa DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	943                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10052                           # DW_AT_decl_line
	.byte	3                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x3a0:0xa DW_TAG_member
	.byte	24                              # DW_AT_name
	.long	180                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10053                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	6                               # Abbrev [6] 0x3ab:0x4 DW_TAG_base_type
	.byte	58                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3af:0x4 DW_TAG_base_type
	.byte	60                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	7                               # Abbrev [7] 0x3b3:0xc DW_TAG_array_type
	.long	103                             # DW_AT_type
	.byte	8                               # Abbrev [8] 0x3b8:0x6 DW_TAG_subrange_type
	.long	107                             # DW_AT_type
	.byte	0                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x3bf:0x5 DW_TAG_pointer_type
	.long	964                             # DW_AT_type
	.byte	28                              # Abbrev [28] 0x3c4:0x2f DW_TAG_structure_type
	.byte	68                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	37924                           # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x3ca:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	892                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37925                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x3d4:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	517                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37926                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x3de:0xa DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	517                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37927                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x3e8:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	947                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	37928                           # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
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
	.byte	3                               # DW_RLE_startx_length
	.byte	5                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	280                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/writetrack.c"              # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=57
.Linfo_string3:
	.asciz	"min_bytes"                     # string offset=59
.Linfo_string4:
	.asciz	"unsigned long long"            # string offset=69
.Linfo_string5:
	.asciz	"__u64"                         # string offset=88
.Linfo_string6:
	.asciz	"LICENSE"                       # string offset=94
.Linfo_string7:
	.asciz	"char"                          # string offset=102
.Linfo_string8:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=107
.Linfo_string9:
	.asciz	"inflight"                      # string offset=127
.Linfo_string10:
	.asciz	"type"                          # string offset=136
.Linfo_string11:
	.asciz	"int"                           # string offset=141
.Linfo_string12:
	.asciz	"max_entries"                   # string offset=145
.Linfo_string13:
	.asciz	"key"                           # string offset=157
.Linfo_string14:
	.asciz	"value"                         # string offset=161
.Linfo_string15:
	.asciz	"ts_ns"                         # string offset=167
.Linfo_string16:
	.asciz	"count"                         # string offset=173
.Linfo_string17:
	.asciz	"fd"                            # string offset=179
.Linfo_string18:
	.asciz	"__s32"                         # string offset=182
.Linfo_string19:
	.asciz	"start"                         # string offset=188
.Linfo_string20:
	.asciz	"events"                        # string offset=194
.Linfo_string21:
	.asciz	"key_size"                      # string offset=201
.Linfo_string22:
	.asciz	"value_size"                    # string offset=210
.Linfo_string23:
	.asciz	"unused_event"                  # string offset=221
.Linfo_string24:
	.asciz	"pid"                           # string offset=234
.Linfo_string25:
	.asciz	"unsigned int"                  # string offset=238
.Linfo_string26:
	.asciz	"__u32"                         # string offset=251
.Linfo_string27:
	.asciz	"tid"                           # string offset=257
.Linfo_string28:
	.asciz	"pad"                           # string offset=261
.Linfo_string29:
	.asciz	"requested"                     # string offset=265
.Linfo_string30:
	.asciz	"written"                       # string offset=275
.Linfo_string31:
	.asciz	"long long"                     # string offset=283
.Linfo_string32:
	.asciz	"__s64"                         # string offset=293
.Linfo_string33:
	.asciz	"latency_ns"                    # string offset=299
.Linfo_string34:
	.asciz	"comm"                          # string offset=310
.Linfo_string35:
	.asciz	"event"                         # string offset=315
.Linfo_string36:
	.asciz	"bpf_get_current_pid_tgid"      # string offset=321
.Linfo_string37:
	.asciz	"bpf_ktime_get_ns"              # string offset=346
.Linfo_string38:
	.asciz	"bpf_map_update_elem"           # string offset=363
.Linfo_string39:
	.asciz	"long"                          # string offset=383
.Linfo_string40:
	.asciz	"bpf_map_lookup_elem"           # string offset=388
.Linfo_string41:
	.asciz	"bpf_get_current_comm"          # string offset=408
.Linfo_string42:
	.asciz	"bpf_map_delete_elem"           # string offset=429
.Linfo_string43:
	.asciz	"bpf_perf_event_output"         # string offset=449
.Linfo_string44:
	.asciz	"BPF_ANY"                       # string offset=471
.Linfo_string45:
	.asciz	"BPF_NOEXIST"                   # string offset=479
.Linfo_string46:
	.asciz	"BPF_EXIST"                     # string offset=491
.Linfo_string47:
	.asciz	"BPF_F_LOCK"                    # string offset=501
.Linfo_string48:
	.asciz	"unsigned long"                 # string offset=512
.Linfo_string49:
	.asciz	"BPF_F_INDEX_MASK"              # string offset=526
.Linfo_string50:
	.asciz	"BPF_F_CURRENT_CPU"             # string offset=543
.Linfo_string51:
	.asciz	"BPF_F_CTXLEN_MASK"             # string offset=561
.Linfo_string52:
	.asciz	"write_enter"                   # string offset=579
.Linfo_string53:
	.asciz	"write_exit"                    # string offset=591
.Linfo_string54:
	.asciz	"id"                            # string offset=602
.Linfo_string55:
	.asciz	"s"                             # string offset=605
.Linfo_string56:
	.asciz	"ctx"                           # string offset=607
.Linfo_string57:
	.asciz	"ent"                           # string offset=611
.Linfo_string58:
	.asciz	"unsigned short"                # string offset=615
.Linfo_string59:
	.asciz	"flags"                         # string offset=630
.Linfo_string60:
	.asciz	"unsigned char"                 # string offset=636
.Linfo_string61:
	.asciz	"preempt_count"                 # string offset=650
.Linfo_string62:
	.asciz	"trace_entry"                   # string offset=664
.Linfo_string63:
	.asciz	"args"                          # string offset=676
.Linfo_string64:
	.asciz	"__data"                        # string offset=681
.Linfo_string65:
	.asciz	"trace_event_raw_sys_enter"     # string offset=688
.Linfo_string66:
	.asciz	"e"                             # string offset=714
.Linfo_string67:
	.asciz	"ret"                           # string offset=716
.Linfo_string68:
	.asciz	"trace_event_raw_sys_exit"      # string offset=720
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	min_bytes
	.quad	LICENSE
	.quad	inflight
	.quad	events
	.quad	unused_event
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1204
	.long	1204
	.long	1280
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
	.long	1
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
	.long	10240
	.long	0                               # BTF_KIND_PTR(id = 7)
	.long	33554432                        # 0x2000000
	.long	8
	.long	25                              # BTF_KIND_TYPEDEF(id = 8)
	.long	134217728                       # 0x8000000
	.long	9
	.long	31                              # BTF_KIND_INT(id = 9)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	11
	.long	50                              # BTF_KIND_STRUCT(id = 11)
	.long	67108867                        # 0x4000003
	.long	24
	.long	56
	.long	8
	.long	0                               # 0x0
	.long	62
	.long	8
	.long	64                              # 0x40
	.long	68
	.long	12
	.long	128                             # 0x80
	.long	71                              # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	2
	.long	0                               # BTF_KIND_STRUCT(id = 13)
	.long	67108868                        # 0x4000004
	.long	32
	.long	77
	.long	1
	.long	0                               # 0x0
	.long	82
	.long	5
	.long	64                              # 0x40
	.long	94
	.long	7
	.long	128                             # 0x80
	.long	98
	.long	10
	.long	192                             # 0xc0
	.long	104                             # BTF_KIND_VAR(id = 14)
	.long	234881024                       # 0xe000000
	.long	13
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 15)
	.long	33554432                        # 0x2000000
	.long	16
	.long	0                               # BTF_KIND_ARRAY(id = 16)
	.long	50331648                        # 0x3000000
	.long	0
	.long	2
	.long	4
	.long	4
	.long	0                               # BTF_KIND_STRUCT(id = 17)
	.long	67108867                        # 0x4000003
	.long	24
	.long	77
	.long	15
	.long	0                               # 0x0
	.long	113
	.long	15
	.long	64                              # 0x40
	.long	122
	.long	15
	.long	128                             # 0x80
	.long	133                             # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	17
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	20
	.long	140                             # BTF_KIND_STRUCT(id = 20)
	.long	67108868                        # 0x4000004
	.long	64
	.long	166
	.long	21
	.long	0                               # 0x0
	.long	170
	.long	24
	.long	64                              # 0x40
	.long	173
	.long	26
	.long	128                             # 0x80
	.long	178
	.long	28
	.long	512                             # 0x200
	.long	185                             # BTF_KIND_STRUCT(id = 21)
	.long	67108868                        # 0x4000004
	.long	8
	.long	77
	.long	22
	.long	0                               # 0x0
	.long	197
	.long	23
	.long	16                              # 0x10
	.long	203
	.long	23
	.long	24                              # 0x18
	.long	217
	.long	2
	.long	32                              # 0x20
	.long	221                             # BTF_KIND_INT(id = 22)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	236                             # BTF_KIND_INT(id = 23)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	250                             # BTF_KIND_INT(id = 24)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	255                             # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 26)
	.long	50331648                        # 0x3000000
	.long	0
	.long	25
	.long	4
	.long	6
	.long	269                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 28)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 29)
	.long	218103809                       # 0xd000001
	.long	2
	.long	274
	.long	19
	.long	278                             # BTF_KIND_FUNC(id = 30)
	.long	201326593                       # 0xc000001
	.long	29
	.long	0                               # BTF_KIND_PTR(id = 31)
	.long	33554432                        # 0x2000000
	.long	32
	.long	636                             # BTF_KIND_STRUCT(id = 32)
	.long	67108868                        # 0x4000004
	.long	24
	.long	166
	.long	21
	.long	0                               # 0x0
	.long	170
	.long	24
	.long	64                              # 0x40
	.long	661
	.long	24
	.long	128                             # 0x80
	.long	178
	.long	28
	.long	192                             # 0xc0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 33)
	.long	218103809                       # 0xd000001
	.long	2
	.long	274
	.long	31
	.long	665                             # BTF_KIND_FUNC(id = 34)
	.long	201326593                       # 0xc000001
	.long	33
	.long	0                               # BTF_KIND_CONST(id = 35)
	.long	167772160                       # 0xa000000
	.long	36
	.long	0                               # BTF_KIND_VOLATILE(id = 36)
	.long	150994944                       # 0x9000000
	.long	8
	.long	1139                            # BTF_KIND_VAR(id = 37)
	.long	234881024                       # 0xe000000
	.long	35
	.long	1
	.long	0                               # BTF_KIND_ARRAY(id = 38)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	4
	.long	1149                            # BTF_KIND_VAR(id = 39)
	.long	234881024                       # 0xe000000
	.long	38
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 40)
	.long	33554432                        # 0x2000000
	.long	41
	.long	0                               # BTF_KIND_CONST(id = 41)
	.long	167772160                       # 0xa000000
	.long	42
	.long	1157                            # BTF_KIND_STRUCT(id = 42)
	.long	67108872                        # 0x4000008
	.long	56
	.long	217
	.long	43
	.long	0                               # 0x0
	.long	1163
	.long	43
	.long	32                              # 0x20
	.long	68
	.long	12
	.long	64                              # 0x40
	.long	1167
	.long	43
	.long	96                              # 0x60
	.long	1171
	.long	8
	.long	128                             # 0x80
	.long	1181
	.long	45
	.long	192                             # 0xc0
	.long	1189
	.long	8
	.long	256                             # 0x100
	.long	1200
	.long	47
	.long	320                             # 0x140
	.long	1205                            # BTF_KIND_TYPEDEF(id = 43)
	.long	134217728                       # 0x8000000
	.long	44
	.long	1211                            # BTF_KIND_INT(id = 44)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	1224                            # BTF_KIND_TYPEDEF(id = 45)
	.long	134217728                       # 0x8000000
	.long	46
	.long	1230                            # BTF_KIND_INT(id = 46)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	0                               # BTF_KIND_ARRAY(id = 47)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	16
	.long	1240                            # BTF_KIND_VAR(id = 48)
	.long	234881024                       # 0xe000000
	.long	40
	.long	1
	.long	1253                            # BTF_KIND_DATASEC(id = 49)
	.long	251658241                       # 0xf000001
	.long	0
	.long	48
	.long	unused_event
	.long	8
	.long	1258                            # BTF_KIND_DATASEC(id = 50)
	.long	251658242                       # 0xf000002
	.long	0
	.long	14
	.long	inflight
	.long	32
	.long	18
	.long	events
	.long	24
	.long	1264                            # BTF_KIND_DATASEC(id = 51)
	.long	251658241                       # 0xf000001
	.long	0
	.long	37
	.long	min_bytes
	.long	8
	.long	1272                            # BTF_KIND_DATASEC(id = 52)
	.long	251658241                       # 0xf000001
	.long	0
	.long	39
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u64"                         # string offset=25
	.byte	0
	.ascii	"unsigned long long"            # string offset=31
	.byte	0
	.ascii	"start"                         # string offset=50
	.byte	0
	.ascii	"ts_ns"                         # string offset=56
	.byte	0
	.ascii	"count"                         # string offset=62
	.byte	0
	.ascii	"fd"                            # string offset=68
	.byte	0
	.ascii	"__s32"                         # string offset=71
	.byte	0
	.ascii	"type"                          # string offset=77
	.byte	0
	.ascii	"max_entries"                   # string offset=82
	.byte	0
	.ascii	"key"                           # string offset=94
	.byte	0
	.ascii	"value"                         # string offset=98
	.byte	0
	.ascii	"inflight"                      # string offset=104
	.byte	0
	.ascii	"key_size"                      # string offset=113
	.byte	0
	.ascii	"value_size"                    # string offset=122
	.byte	0
	.ascii	"events"                        # string offset=133
	.byte	0
	.ascii	"trace_event_raw_sys_enter"     # string offset=140
	.byte	0
	.ascii	"ent"                           # string offset=166
	.byte	0
	.ascii	"id"                            # string offset=170
	.byte	0
	.ascii	"args"                          # string offset=173
	.byte	0
	.ascii	"__data"                        # string offset=178
	.byte	0
	.ascii	"trace_entry"                   # string offset=185
	.byte	0
	.ascii	"flags"                         # string offset=197
	.byte	0
	.ascii	"preempt_count"                 # string offset=203
	.byte	0
	.ascii	"pid"                           # string offset=217
	.byte	0
	.ascii	"unsigned short"                # string offset=221
	.byte	0
	.ascii	"unsigned char"                 # string offset=236
	.byte	0
	.ascii	"long"                          # string offset=250
	.byte	0
	.ascii	"unsigned long"                 # string offset=255
	.byte	0
	.ascii	"char"                          # string offset=269
	.byte	0
	.ascii	"ctx"                           # string offset=274
	.byte	0
	.ascii	"write_enter"                   # string offset=278
	.byte	0
	.ascii	"tracepoint/syscalls/sys_enter_write" # string offset=290
	.byte	0
	.ascii	"./src/writetrack.c"            # string offset=326
	.byte	0
	.ascii	"int write_enter(struct trace_event_raw_sys_enter *ctx)" # string offset=345
	.byte	0
	.ascii	"\t__u64 id = bpf_get_current_pid_tgid();" # string offset=400
	.byte	0
	.ascii	"\t\t.ts_ns = bpf_ktime_get_ns()," # string offset=440
	.byte	0
	.ascii	"\tstruct start s = {"          # string offset=471
	.byte	0
	.ascii	"0:2:2"                         # string offset=491
	.byte	0
	.ascii	"\t\t.count = ctx->args[2],"    # string offset=497
	.byte	0
	.ascii	"0:2:0"                         # string offset=522
	.byte	0
	.ascii	"\t\t.fd = (__s32)ctx->args[0]," # string offset=528
	.byte	0
	.ascii	"\tif (s.count < min_bytes)"    # string offset=557
	.byte	0
	.ascii	"\tbpf_map_update_elem(&inflight, &id, &s, BPF_ANY);" # string offset=583
	.byte	0
	.byte	125                             # string offset=634
	.byte	0
	.ascii	"trace_event_raw_sys_exit"      # string offset=636
	.byte	0
	.ascii	"ret"                           # string offset=661
	.byte	0
	.ascii	"write_exit"                    # string offset=665
	.byte	0
	.ascii	"tracepoint/syscalls/sys_exit_write" # string offset=676
	.byte	0
	.ascii	"int write_exit(struct trace_event_raw_sys_exit *ctx)" # string offset=711
	.byte	0
	.ascii	"\tstruct start *s = bpf_map_lookup_elem(&inflight, &id);" # string offset=764
	.byte	0
	.ascii	"\tif (!s)"                     # string offset=820
	.byte	0
	.ascii	"\t\t.pid = id >> 32,"          # string offset=829
	.byte	0
	.ascii	"\tstruct event e = {"          # string offset=848
	.byte	0
	.ascii	"\t\t.fd = s->fd,"              # string offset=868
	.byte	0
	.ascii	"\t\t.requested = s->count,"    # string offset=883
	.byte	0
	.ascii	"0:2"                           # string offset=908
	.byte	0
	.ascii	"\t\t.written = ctx->ret,"      # string offset=912
	.byte	0
	.ascii	"\t\t.latency_ns = bpf_ktime_get_ns() - s->ts_ns," # string offset=935
	.byte	0
	.ascii	"\tbpf_get_current_comm(e.comm, sizeof(e.comm));" # string offset=982
	.byte	0
	.ascii	"\tbpf_map_delete_elem(&inflight, &id);" # string offset=1029
	.byte	0
	.ascii	"\tbpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));" # string offset=1067
	.byte	0
	.ascii	"min_bytes"                     # string offset=1139
	.byte	0
	.ascii	"LICENSE"                       # string offset=1149
	.byte	0
	.ascii	"event"                         # string offset=1157
	.byte	0
	.ascii	"tid"                           # string offset=1163
	.byte	0
	.ascii	"pad"                           # string offset=1167
	.byte	0
	.ascii	"requested"                     # string offset=1171
	.byte	0
	.ascii	"written"                       # string offset=1181
	.byte	0
	.ascii	"latency_ns"                    # string offset=1189
	.byte	0
	.ascii	"comm"                          # string offset=1200
	.byte	0
	.ascii	"__u32"                         # string offset=1205
	.byte	0
	.ascii	"unsigned int"                  # string offset=1211
	.byte	0
	.ascii	"__s64"                         # string offset=1224
	.byte	0
	.ascii	"long long"                     # string offset=1230
	.byte	0
	.ascii	"unused_event"                  # string offset=1240
	.byte	0
	.ascii	".bss"                          # string offset=1253
	.byte	0
	.ascii	".maps"                         # string offset=1258
	.byte	0
	.ascii	".rodata"                       # string offset=1264
	.byte	0
	.ascii	"license"                       # string offset=1272
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	580
	.long	616
	.long	68
	.long	8                               # FuncInfo
	.long	290                             # FuncInfo section string offset=290
	.long	1
	.long	.Lfunc_begin0
	.long	30
	.long	676                             # FuncInfo section string offset=676
	.long	1
	.long	.Lfunc_begin1
	.long	34
	.long	16                              # LineInfo
	.long	290                             # LineInfo section string offset=290
	.long	13
	.long	.Lfunc_begin0
	.long	326
	.long	345
	.long	43008                           # Line 42 Col 0
	.long	.Ltmp2
	.long	326
	.long	400
	.long	45069                           # Line 44 Col 13
	.long	.Ltmp4
	.long	326
	.long	400
	.long	45064                           # Line 44 Col 8
	.long	.Ltmp5
	.long	326
	.long	440
	.long	47116                           # Line 46 Col 12
	.long	.Ltmp7
	.long	326
	.long	471
	.long	46099                           # Line 45 Col 19
	.long	.Ltmp9
	.long	326
	.long	497
	.long	49164                           # Line 48 Col 12
	.long	.Ltmp10
	.long	326
	.long	471
	.long	46099                           # Line 45 Col 19
	.long	.Ltmp12
	.long	326
	.long	528
	.long	48144                           # Line 47 Col 16
	.long	.Ltmp13
	.long	326
	.long	471
	.long	46099                           # Line 45 Col 19
	.long	.Ltmp16
	.long	326
	.long	557
	.long	51216                           # Line 50 Col 16
	.long	.Ltmp19
	.long	326
	.long	557
	.long	51206                           # Line 50 Col 6
	.long	.Ltmp22
	.long	326
	.long	583
	.long	53250                           # Line 52 Col 2
	.long	.Ltmp25
	.long	326
	.long	634
	.long	55297                           # Line 54 Col 1
	.long	676                             # LineInfo section string offset=676
	.long	22
	.long	.Lfunc_begin1
	.long	326
	.long	711
	.long	58368                           # Line 57 Col 0
	.long	.Ltmp30
	.long	326
	.long	400
	.long	60429                           # Line 59 Col 13
	.long	.Ltmp32
	.long	326
	.long	400
	.long	60424                           # Line 59 Col 8
	.long	.Ltmp33
	.long	326
	.long	764
	.long	61460                           # Line 60 Col 20
	.long	.Ltmp36
	.long	326
	.long	820
	.long	62470                           # Line 61 Col 6
	.long	.Ltmp39
	.long	326
	.long	829
	.long	65546                           # Line 64 Col 10
	.long	.Ltmp40
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp41
	.long	326
	.long	868
	.long	67596                           # Line 66 Col 12
	.long	.Ltmp42
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp43
	.long	326
	.long	883
	.long	68627                           # Line 67 Col 19
	.long	.Ltmp44
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp46
	.long	326
	.long	912
	.long	69651                           # Line 68 Col 19
	.long	.Ltmp47
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp48
	.long	326
	.long	935
	.long	70673                           # Line 69 Col 17
	.long	.Ltmp51
	.long	326
	.long	935
	.long	70697                           # Line 69 Col 41
	.long	.Ltmp52
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp53
	.long	326
	.long	935
	.long	70692                           # Line 69 Col 36
	.long	.Ltmp54
	.long	326
	.long	848
	.long	64531                           # Line 63 Col 19
	.long	.Ltmp55
	.long	326
	.long	982
	.long	72706                           # Line 71 Col 2
	.long	.Ltmp57
	.long	326
	.long	1029
	.long	73730                           # Line 72 Col 2
	.long	.Ltmp59
	.long	326
	.long	1067
	.long	74754                           # Line 73 Col 2
	.long	.Ltmp62
	.long	326
	.long	634
	.long	76801                           # Line 75 Col 1
	.long	16                              # FieldReloc
	.long	290                             # Field reloc section string offset=290
	.long	2
	.long	.Ltmp8
	.long	20
	.long	491
	.long	0
	.long	.Ltmp11
	.long	20
	.long	522
	.long	0
	.long	676                             # Field reloc section string offset=676
	.long	1
	.long	.Ltmp45
	.long	32
	.long	908
	.long	0
	.addrsig
	.addrsig_sym write_enter
	.addrsig_sym write_exit
	.addrsig_sym min_bytes
	.addrsig_sym inflight
	.addrsig_sym events
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
