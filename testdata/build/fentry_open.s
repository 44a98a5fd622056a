	.text
	.file	"fentry_open.c"
	.file	0 "." "src/fentry_open.c" md5 0x24795bdfb51c56954d7c54701ede8400
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	"fentry/do_sys_openat2","ax",@progbits
	.globl	open_fentry                     # -- Begin function open_fentry
	.p2align	3
	.type	open_fentry,@function
open_fentry:                            # @open_fentry
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: open_fentry:ctx <- $r1
	.loc	0 26 5 prologue_end             # src/fentry_open.c:26:5
.Ltmp0:
	r8 = *(u64 *)(r1 + 16)
	r6 = *(u64 *)(r1 + 8)
	r9 = *(u64 *)(r1 + 0)
.Ltmp1:
.Ltmp2:
	#DEBUG_VALUE: ____open_fentry:filename <- $r6
	#DEBUG_VALUE: ____open_fentry:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_fentry:ctx <- undef
	#DEBUG_VALUE: ____open_fentry:how <- $r8
	.loc	0 28 20                         # src/fentry_open.c:28:20
.Ltmp3:
	r1 = rb ll
.Ltmp4:
.Ltmp5:
	r2 = 96
	r3 = 0
	call 131
.Ltmp6:
	r7 = r0
.Ltmp7:
.Ltmp8:
	#DEBUG_VALUE: ____open_fentry:e <- $r7
	.loc	0 29 6                          # src/fentry_open.c:29:6
.Ltmp9:
	if r7 == 0 goto LBB0_2
.Ltmp10:
.Ltmp11:
# %bb.1:
	#DEBUG_VALUE: ____open_fentry:e <- $r7
	#DEBUG_VALUE: ____open_fentry:how <- $r8
	#DEBUG_VALUE: ____open_fentry:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_fentry:filename <- $r6
	#DEBUG_VALUE: ____open_fentry:dfd <- undef
	.loc	0 31 11                         # src/fentry_open.c:31:11
.Ltmp12:
	call 14
.Ltmp13:
	.loc	0 32 9                          # src/fentry_open.c:32:9
.Ltmp14:
	*(u32 *)(r7 + 4) = w9
	.loc	0 31 38                         # src/fentry_open.c:31:38
.Ltmp15:
	r0 >>= 32
	.loc	0 31 9 is_stmt 0                # src/fentry_open.c:31:9
.Ltmp16:
	*(u32 *)(r7 + 0) = w0
	#DEBUG_VALUE: ____open_fentry:how <- $r8
	.loc	0 33 18 is_stmt 1               # src/fentry_open.c:33:18
.Ltmp17:
.Ltmp18:
	r1 = *(u64 *)(r8 + 0)
	w2 = 0
	.loc	0 35 15                         # src/fentry_open.c:35:15
.Ltmp19:
	*(u8 *)(r7 + 24) = w2
	.loc	0 33 11                         # src/fentry_open.c:33:11
.Ltmp20:
	*(u64 *)(r7 + 8) = r1
	#DEBUG_VALUE: ____open_fentry:filename <- $r6
	.loc	0 34 9                          # src/fentry_open.c:34:9
.Ltmp21:
	r1 = 0
	*(u64 *)(r7 + 16) = r1
	.loc	0 36 29                         # src/fentry_open.c:36:29
.Ltmp22:
	r1 = r7
	r1 += 25
	.loc	0 36 2 is_stmt 0                # src/fentry_open.c:36:2
.Ltmp23:
	w2 = 64
	r3 = r6
	call 114
.Ltmp24:
	.loc	0 37 2 is_stmt 1                # src/fentry_open.c:37:2
.Ltmp25:
	r1 = r7
	r2 = 0
	call 132
.Ltmp26:
.Ltmp27:
LBB0_2:
	.loc	0 26 5                          # src/fentry_open.c:26:5
.Ltmp28:
	w0 = 0
	exit
.Ltmp29:
.Ltmp30:
.Lfunc_end0:
	.size	open_fentry, .Lfunc_end0-open_fentry
	.cfi_endproc
                                        # -- End function
	.section	"fexit/do_sys_openat2","ax",@progbits
	.globl	open_fexit                      # -- Begin function open_fexit
	.p2align	3
	.type	open_fexit,@function
open_fexit:                             # @open_fexit
.Lfunc_begin1:
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: open_fexit:ctx <- $r1
	.loc	0 42 5 prologue_end             # src/fentry_open.c:42:5
.Ltmp31:
	r7 = *(u64 *)(r1 + 24)
	r8 = *(u64 *)(r1 + 16)
	r9 = *(u64 *)(r1 + 0)
.Ltmp32:
.Ltmp33:
	#DEBUG_VALUE: ____open_fexit:how <- $r8
	#DEBUG_VALUE: ____open_fexit:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_fexit:ctx <- undef
	#DEBUG_VALUE: ____open_fexit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r7
	.loc	0 44 20                         # src/fentry_open.c:44:20
.Ltmp34:
	r1 = rb ll
.Ltmp35:
.Ltmp36:
	r2 = 96
	r3 = 0
	call 131
.Ltmp37:
	r6 = r0
.Ltmp38:
.Ltmp39:
	#DEBUG_VALUE: ____open_fexit:e <- $r6
	.loc	0 45 6                          # src/fentry_open.c:45:6
.Ltmp40:
	if r6 == 0 goto LBB1_2
.Ltmp41:
.Ltmp42:
# %bb.1:
	#DEBUG_VALUE: ____open_fexit:e <- $r6
	#DEBUG_VALUE: ____open_fexit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r7
	#DEBUG_VALUE: ____open_fexit:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_fexit:how <- $r8
	#DEBUG_VALUE: ____open_fexit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r7
	#DEBUG_VALUE: ____open_fexit:dfd <- undef
	.loc	0 47 11                         # src/fentry_open.c:47:11
.Ltmp43:
	call 14
.Ltmp44:
	.loc	0 48 9                          # src/fentry_open.c:48:9
.Ltmp45:
	*(u32 *)(r6 + 4) = w9
	.loc	0 47 38                         # src/fentry_open.c:47:38
.Ltmp46:
	r0 >>= 32
	.loc	0 47 9 is_stmt 0                # src/fentry_open.c:47:9
.Ltmp47:
	*(u32 *)(r6 + 0) = w0
	#DEBUG_VALUE: ____open_fexit:how <- $r8
	.loc	0 49 18 is_stmt 1               # src/fentry_open.c:49:18
.Ltmp48:
.Ltmp49:
	r1 = *(u64 *)(r8 + 0)
	w2 = 1
	.loc	0 51 15                         # src/fentry_open.c:51:15
.Ltmp50:
	*(u16 *)(r6 + 24) = w2
	.loc	0 50 11                         # src/fentry_open.c:50:11
.Ltmp51:
	r7 <<= 32
.Ltmp52:
.Ltmp53:
	r7 s>>= 32
	.loc	0 50 9 is_stmt 0                # src/fentry_open.c:50:9
.Ltmp54:
	*(u64 *)(r6 + 16) = r7
	.loc	0 49 11 is_stmt 1               # src/fentry_open.c:49:11
.Ltmp55:
	*(u64 *)(r6 + 8) = r1
	.loc	0 53 2                          # src/fentry_open.c:53:2
.Ltmp56:
	r1 = r6
	r2 = 0
	call 132
.Ltmp57:
.Ltmp58:
LBB1_2:
	.loc	0 42 5                          # src/fentry_open.c:42:5
.Ltmp59:
	w0 = 0
	exit
.Ltmp60:
.Ltmp61:
.Lfunc_end1:
	.size	open_fexit, .Lfunc_end1-open_fexit
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	rb,@object                      # @rb
	.section	.maps,"aw",@progbits
	.globl	rb
	.p2align	3, 0x0
rb:
	.zero	16
	.size	rb, 16

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
	.byte	3                               # DW_LLE_startx_length
	.byte	3                               #   start index
	.uleb128 .Ltmp4-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp1-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          #   ending offset
	.byte	13                              # Loc expr size
	.byte	121                             # DW_OP_breg9
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp7-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	3                               # DW_LLE_startx_length
	.byte	5                               #   start index
	.uleb128 .Ltmp35-.Lfunc_begin1          #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	5                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp41-.Lfunc_begin1          #   ending offset
	.byte	13                              # Loc expr size
	.byte	121                             # DW_OP_breg9
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	5                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp52-.Lfunc_begin1          #   ending offset
	.byte	13                              # Loc expr size
	.byte	119                             # DW_OP_breg7
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	1                               # DW_LLE_base_addressx
	.byte	5                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp38-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp57-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
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
	.byte	3                               # Abbreviation Code
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
	.byte	4                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
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
	.byte	7                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
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
	.byte	9                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
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
	.byte	14                              # Abbreviation Code
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
	.byte	15                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	29                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
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
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
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
	.byte	1                               # Abbrev [1] 0xc:0x2d8 DW_TAG_compile_unit
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
	.byte	2                               # Abbrev [2] 0x2f:0x4 DW_TAG_base_type
	.byte	41                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x33:0x4 DW_TAG_base_type
	.byte	40                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	3                               # Abbrev [3] 0x37:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	66                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	57                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	4                               # Abbrev [4] 0x42:0xc DW_TAG_array_type
	.long	78                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x47:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x4e:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x52:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	3                               # Abbrev [3] 0x56:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	97                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x61:0x17 DW_TAG_structure_type
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x65:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	120                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	19                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	141                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x78:0x5 DW_TAG_pointer_type
	.long	125                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x7d:0xc DW_TAG_array_type
	.long	137                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x82:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	27                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x89:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x8d:0x5 DW_TAG_pointer_type
	.long	146                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x92:0xf DW_TAG_array_type
	.long	137                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x97:0x9 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.long	65536                           # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0xa1:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	172                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	9                               # Abbrev [9] 0xac:0x5 DW_TAG_pointer_type
	.long	177                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xb1:0x5 DW_TAG_const_type
	.long	182                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xb6:0x3c DW_TAG_structure_type
	.byte	26                              # DW_AT_name
	.byte	96                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xbb:0x9 DW_TAG_member
	.byte	11                              # DW_AT_name
	.long	242                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xc4:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	254                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xcd:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xd6:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	274                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xdf:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	286                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xe8:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	298                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	25                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0xf2:0x8 DW_TAG_typedef
	.long	250                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0xfa:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0xfe:0x8 DW_TAG_typedef
	.long	137                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x106:0x8 DW_TAG_typedef
	.long	270                             # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x10e:0x4 DW_TAG_base_type
	.byte	17                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x112:0x8 DW_TAG_typedef
	.long	282                             # DW_AT_type
	.byte	21                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x11a:0x4 DW_TAG_base_type
	.byte	20                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x11e:0x8 DW_TAG_typedef
	.long	294                             # DW_AT_type
	.byte	24                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x126:0x4 DW_TAG_base_type
	.byte	23                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	4                               # Abbrev [4] 0x12a:0xc DW_TAG_array_type
	.long	78                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x12f:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	64                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x136:0xb DW_TAG_variable
	.byte	27                              # DW_AT_name
	.long	321                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	3158                            # DW_AT_decl_line
	.ascii	"\203\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x141:0x5 DW_TAG_pointer_type
	.long	326                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x146:0x15 DW_TAG_subroutine_type
	.long	347                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x14b:0x5 DW_TAG_formal_parameter
	.long	347                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x150:0x5 DW_TAG_formal_parameter
	.long	262                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x155:0x5 DW_TAG_formal_parameter
	.long	262                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x15b:0x1 DW_TAG_pointer_type
	.byte	14                              # Abbrev [14] 0x15c:0xa DW_TAG_variable
	.byte	28                              # DW_AT_name
	.long	358                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	368                             # DW_AT_decl_line
	.byte	14                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x166:0x5 DW_TAG_pointer_type
	.long	363                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x16b:0x5 DW_TAG_subroutine_type
	.long	262                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	14                              # Abbrev [14] 0x170:0xa DW_TAG_variable
	.byte	29                              # DW_AT_name
	.long	378                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	2834                            # DW_AT_decl_line
	.byte	114                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x17a:0x5 DW_TAG_pointer_type
	.long	383                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x17f:0x15 DW_TAG_subroutine_type
	.long	404                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x184:0x5 DW_TAG_formal_parameter
	.long	347                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x189:0x5 DW_TAG_formal_parameter
	.long	242                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x18e:0x5 DW_TAG_formal_parameter
	.long	408                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x194:0x4 DW_TAG_base_type
	.byte	30                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x198:0x5 DW_TAG_pointer_type
	.long	413                             # DW_AT_type
	.byte	19                              # Abbrev [19] 0x19d:0x1 DW_TAG_const_type
	.byte	14                              # Abbrev [14] 0x19e:0xb DW_TAG_variable
	.byte	31                              # DW_AT_name
	.long	425                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	3176                            # DW_AT_decl_line
	.ascii	"\204\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1a9:0x5 DW_TAG_pointer_type
	.long	430                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1ae:0xc DW_TAG_subroutine_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x1af:0x5 DW_TAG_formal_parameter
	.long	347                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1b4:0x5 DW_TAG_formal_parameter
	.long	262                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x1ba:0x31 DW_TAG_subprogram
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_inline
	.byte	22                              # Abbrev [22] 0x1c2:0x8 DW_TAG_formal_parameter
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	491                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1ca:0x8 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1d2:0x8 DW_TAG_formal_parameter
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	496                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1da:0x8 DW_TAG_formal_parameter
	.byte	34                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	506                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x1e2:0x8 DW_TAG_variable
	.byte	38                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.long	548                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1eb:0x5 DW_TAG_pointer_type
	.long	270                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x1f0:0x5 DW_TAG_pointer_type
	.long	501                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0x1f5:0x5 DW_TAG_const_type
	.long	78                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x1fa:0x5 DW_TAG_pointer_type
	.long	511                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x1ff:0x25 DW_TAG_structure_type
	.byte	37                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	39727                           # DW_AT_decl_line
	.byte	25                              # Abbrev [25] 0x205:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39728                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x20f:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39729                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	25                              # Abbrev [25] 0x219:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39730                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x224:0x5 DW_TAG_pointer_type
	.long	182                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x229:0x41 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	42                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	27                              # Abbrev [27] 0x238:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	491                             # DW_AT_type
	.byte	28                              # Abbrev [28] 0x241:0x28 DW_TAG_inlined_subroutine
	.long	442                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp26-.Ltmp1                  # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	26                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	29                              # Abbrev [29] 0x24e:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.long	458                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x254:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	466                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x25b:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	88
	.long	474                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x262:0x6 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.long	482                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x26a:0x39 DW_TAG_subprogram
	.byte	39                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_inline
	.byte	22                              # Abbrev [22] 0x272:0x8 DW_TAG_formal_parameter
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	491                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x27a:0x8 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x282:0x8 DW_TAG_formal_parameter
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	496                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x28a:0x8 DW_TAG_formal_parameter
	.byte	34                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	506                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x292:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	23                              # Abbrev [23] 0x29a:0x8 DW_TAG_variable
	.byte	38                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	44                              # DW_AT_decl_line
	.long	548                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x2a3:0x40 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	43                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	27                              # Abbrev [27] 0x2b2:0x9 DW_TAG_formal_parameter
	.byte	3                               # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	491                             # DW_AT_type
	.byte	28                              # Abbrev [28] 0x2bb:0x27 DW_TAG_inlined_subroutine
	.long	618                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp57-.Ltmp32                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	29                              # Abbrev [29] 0x2c8:0x6 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.long	634                             # DW_AT_abstract_origin
	.byte	30                              # Abbrev [30] 0x2ce:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	88
	.long	650                             # DW_AT_abstract_origin
	.byte	29                              # Abbrev [29] 0x2d5:0x6 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.long	658                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x2db:0x6 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.long	666                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
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
	.byte	3                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	5                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	180                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/fentry_open.c"             # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=58
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=60
.Linfo_string4:
	.asciz	"char"                          # string offset=68
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=73
.Linfo_string6:
	.asciz	"rb"                            # string offset=93
.Linfo_string7:
	.asciz	"type"                          # string offset=96
.Linfo_string8:
	.asciz	"int"                           # string offset=101
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=105
.Linfo_string10:
	.asciz	"unused_event"                  # string offset=117
.Linfo_string11:
	.asciz	"pid"                           # string offset=130
.Linfo_string12:
	.asciz	"unsigned int"                  # string offset=134
.Linfo_string13:
	.asciz	"__u32"                         # string offset=147
.Linfo_string14:
	.asciz	"dfd"                           # string offset=153
.Linfo_string15:
	.asciz	"__s32"                         # string offset=157
.Linfo_string16:
	.asciz	"flags"                         # string offset=163
.Linfo_string17:
	.asciz	"unsigned long long"            # string offset=169
.Linfo_string18:
	.asciz	"__u64"                         # string offset=188
.Linfo_string19:
	.asciz	"ret"                           # string offset=194
.Linfo_string20:
	.asciz	"long long"                     # string offset=198
.Linfo_string21:
	.asciz	"__s64"                         # string offset=208
.Linfo_string22:
	.asciz	"is_return"                     # string offset=214
.Linfo_string23:
	.asciz	"unsigned char"                 # string offset=224
.Linfo_string24:
	.asciz	"__u8"                          # string offset=238
.Linfo_string25:
	.asciz	"filename"                      # string offset=243
.Linfo_string26:
	.asciz	"event"                         # string offset=252
.Linfo_string27:
	.asciz	"bpf_ringbuf_reserve"           # string offset=258
.Linfo_string28:
	.asciz	"bpf_get_current_pid_tgid"      # string offset=278
.Linfo_string29:
	.asciz	"bpf_probe_read_user_str"       # string offset=303
.Linfo_string30:
	.asciz	"long"                          # string offset=327
.Linfo_string31:
	.asciz	"bpf_ringbuf_submit"            # string offset=332
.Linfo_string32:
	.asciz	"____open_fentry"               # string offset=351
.Linfo_string33:
	.asciz	"ctx"                           # string offset=367
.Linfo_string34:
	.asciz	"how"                           # string offset=371
.Linfo_string35:
	.asciz	"mode"                          # string offset=375
.Linfo_string36:
	.asciz	"resolve"                       # string offset=380
.Linfo_string37:
	.asciz	"open_how"                      # string offset=388
.Linfo_string38:
	.asciz	"e"                             # string offset=397
.Linfo_string39:
	.asciz	"____open_fexit"                # string offset=399
.Linfo_string40:
	.asciz	"DW_ATE_unsigned_32"            # string offset=414
.Linfo_string41:
	.asciz	"DW_ATE_unsigned_64"            # string offset=433
.Linfo_string42:
	.asciz	"open_fentry"                   # string offset=452
.Linfo_string43:
	.asciz	"open_fexit"                    # string offset=464
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	rb
	.quad	unused_event
	.quad	.Lfunc_begin0
	.quad	.Ltmp1
	.quad	.Lfunc_begin1
	.quad	.Ltmp32
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	680
	.long	680
	.long	815
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
	.long	27
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
	.long	65536
	.long	0                               # BTF_KIND_STRUCT(id = 7)
	.long	67108866                        # 0x4000002
	.long	16
	.long	25
	.long	1
	.long	0                               # 0x0
	.long	30
	.long	5
	.long	64                              # 0x40
	.long	42                              # BTF_KIND_VAR(id = 8)
	.long	234881024                       # 0xe000000
	.long	7
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 9)
	.long	33554432                        # 0x2000000
	.long	10
	.long	45                              # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 11)
	.long	218103809                       # 0xd000001
	.long	2
	.long	64
	.long	9
	.long	68                              # BTF_KIND_FUNC(id = 12)
	.long	201326593                       # 0xc000001
	.long	11
	.long	329                             # BTF_KIND_STRUCT(id = 13)
	.long	67108867                        # 0x4000003
	.long	24
	.long	338
	.long	14
	.long	0                               # 0x0
	.long	344
	.long	14
	.long	64                              # 0x40
	.long	349
	.long	14
	.long	128                             # 0x80
	.long	357                             # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	10
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 15)
	.long	218103809                       # 0xd000001
	.long	2
	.long	64
	.long	9
	.long	520                             # BTF_KIND_FUNC(id = 16)
	.long	201326593                       # 0xc000001
	.long	15
	.long	673                             # BTF_KIND_INT(id = 17)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 18)
	.long	50331648                        # 0x3000000
	.long	0
	.long	17
	.long	4
	.long	4
	.long	678                             # BTF_KIND_VAR(id = 19)
	.long	234881024                       # 0xe000000
	.long	18
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 20)
	.long	33554432                        # 0x2000000
	.long	21
	.long	0                               # BTF_KIND_CONST(id = 21)
	.long	167772160                       # 0xa000000
	.long	22
	.long	686                             # BTF_KIND_STRUCT(id = 22)
	.long	67108870                        # 0x4000006
	.long	96
	.long	692
	.long	23
	.long	0                               # 0x0
	.long	696
	.long	25
	.long	32                              # 0x20
	.long	338
	.long	14
	.long	64                              # 0x40
	.long	700
	.long	26
	.long	128                             # 0x80
	.long	704
	.long	28
	.long	192                             # 0xc0
	.long	714
	.long	30
	.long	200                             # 0xc8
	.long	723                             # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	729                             # BTF_KIND_INT(id = 24)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	742                             # BTF_KIND_TYPEDEF(id = 25)
	.long	134217728                       # 0x8000000
	.long	2
	.long	748                             # BTF_KIND_TYPEDEF(id = 26)
	.long	134217728                       # 0x8000000
	.long	27
	.long	754                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	764                             # BTF_KIND_TYPEDEF(id = 28)
	.long	134217728                       # 0x8000000
	.long	29
	.long	769                             # BTF_KIND_INT(id = 29)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_ARRAY(id = 30)
	.long	50331648                        # 0x3000000
	.long	0
	.long	17
	.long	4
	.long	64
	.long	783                             # BTF_KIND_VAR(id = 31)
	.long	234881024                       # 0xe000000
	.long	20
	.long	1
	.long	796                             # BTF_KIND_DATASEC(id = 32)
	.long	251658241                       # 0xf000001
	.long	0
	.long	31
	.long	unused_event
	.long	8
	.long	801                             # BTF_KIND_DATASEC(id = 33)
	.long	251658241                       # 0xf000001
	.long	0
	.long	8
	.long	rb
	.long	16
	.long	807                             # BTF_KIND_DATASEC(id = 34)
	.long	251658241                       # 0xf000001
	.long	0
	.long	19
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"type"                          # string offset=25
	.byte	0
	.ascii	"max_entries"                   # string offset=30
	.byte	0
	.ascii	"rb"                            # string offset=42
	.byte	0
	.ascii	"unsigned long long"            # string offset=45
	.byte	0
	.ascii	"ctx"                           # string offset=64
	.byte	0
	.ascii	"open_fentry"                   # string offset=68
	.byte	0
	.ascii	"fentry/do_sys_openat2"         # string offset=80
	.byte	0
	.ascii	"./src/fentry_open.c"           # string offset=102
	.byte	0
	.ascii	"int BPF_PROG(open_fentry, int dfd, const char *filename, struct open_how *how)" # string offset=122
	.byte	0
	.ascii	"\tstruct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);" # string offset=201
	.byte	0
	.ascii	"\tif (!e)"                     # string offset=261
	.byte	0
	.ascii	"\te->pid = bpf_get_current_pid_tgid() >> 32;" # string offset=270
	.byte	0
	.ascii	"\te->dfd = dfd;"               # string offset=314
	.byte	0
	.ascii	"open_how"                      # string offset=329
	.byte	0
	.ascii	"flags"                         # string offset=338
	.byte	0
	.ascii	"mode"                          # string offset=344
	.byte	0
	.ascii	"resolve"                       # string offset=349
	.byte	0
	.ascii	"__u64"                         # string offset=357
	.byte	0
	.ascii	"0:0"                           # string offset=363
	.byte	0
	.ascii	"\te->flags = how->flags;"      # string offset=367
	.byte	0
	.ascii	"\te->is_return = 0;"           # string offset=391
	.byte	0
	.ascii	"\te->ret = 0;"                 # string offset=410
	.byte	0
	.ascii	"\tbpf_probe_read_user_str(e->filename, sizeof(e->filename), filename);" # string offset=423
	.byte	0
	.ascii	"\tbpf_ringbuf_submit(e, 0);"   # string offset=493
	.byte	0
	.ascii	"open_fexit"                    # string offset=520
	.byte	0
	.ascii	"fexit/do_sys_openat2"          # string offset=531
	.byte	0
	.ascii	"int BPF_PROG(open_fexit, int dfd, const char *filename, struct open_how *how, int ret)" # string offset=552
	.byte	0
	.ascii	"\te->is_return = 1;"           # string offset=639
	.byte	0
	.ascii	"\te->ret = ret;"               # string offset=658
	.byte	0
	.ascii	"char"                          # string offset=673
	.byte	0
	.ascii	"LICENSE"                       # string offset=678
	.byte	0
	.ascii	"event"                         # string offset=686
	.byte	0
	.ascii	"pid"                           # string offset=692
	.byte	0
	.ascii	"dfd"                           # string offset=696
	.byte	0
	.ascii	"ret"                           # string offset=700
	.byte	0
	.ascii	"is_return"                     # string offset=704
	.byte	0
	.ascii	"filename"                      # string offset=714
	.byte	0
	.ascii	"__u32"                         # string offset=723
	.byte	0
	.ascii	"unsigned int"                  # string offset=729
	.byte	0
	.ascii	"__s32"                         # string offset=742
	.byte	0
	.ascii	"__s64"                         # string offset=748
	.byte	0
	.ascii	"long long"                     # string offset=754
	.byte	0
	.ascii	"__u8"                          # string offset=764
	.byte	0
	.ascii	"unsigned char"                 # string offset=769
	.byte	0
	.ascii	"unused_event"                  # string offset=783
	.byte	0
	.ascii	".bss"                          # string offset=796
	.byte	0
	.ascii	".maps"                         # string offset=801
	.byte	0
	.ascii	"license"                       # string offset=807
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	484
	.long	520
	.long	52
	.long	8                               # FuncInfo
	.long	80                              # FuncInfo section string offset=80
	.long	1
	.long	.Lfunc_begin0
	.long	12
	.long	531                             # FuncInfo section string offset=531
	.long	1
	.long	.Lfunc_begin1
	.long	16
	.long	16                              # LineInfo
	.long	80                              # LineInfo section string offset=80
	.long	15
	.long	.Ltmp0
	.long	102
	.long	122
	.long	26629                           # Line 26 Col 5
	.long	.Ltmp3
	.long	102
	.long	201
	.long	28692                           # Line 28 Col 20
	.long	.Ltmp9
	.long	102
	.long	261
	.long	29702                           # Line 29 Col 6
	.long	.Ltmp12
	.long	102
	.long	270
	.long	31755                           # Line 31 Col 11
	.long	.Ltmp14
	.long	102
	.long	314
	.long	32777                           # Line 32 Col 9
	.long	.Ltmp15
	.long	102
	.long	270
	.long	31782                           # Line 31 Col 38
	.long	.Ltmp16
	.long	102
	.long	270
	.long	31753                           # Line 31 Col 9
	.long	.Ltmp18
	.long	102
	.long	367
	.long	33810                           # Line 33 Col 18
	.long	.Ltmp19
	.long	102
	.long	391
	.long	35855                           # Line 35 Col 15
	.long	.Ltmp20
	.long	102
	.long	367
	.long	33803                           # Line 33 Col 11
	.long	.Ltmp21
	.long	102
	.long	410
	.long	34825                           # Line 34 Col 9
	.long	.Ltmp22
	.long	102
	.long	423
	.long	36893                           # Line 36 Col 29
	.long	.Ltmp23
	.long	102
	.long	423
	.long	36866                           # Line 36 Col 2
	.long	.Ltmp25
	.long	102
	.long	493
	.long	37890                           # Line 37 Col 2
	.long	.Ltmp28
	.long	102
	.long	122
	.long	26629                           # Line 26 Col 5
	.long	531                             # LineInfo section string offset=531
	.long	14
	.long	.Ltmp31
	.long	102
	.long	552
	.long	43013                           # Line 42 Col 5
	.long	.Ltmp34
	.long	102
	.long	201
	.long	45076                           # Line 44 Col 20
	.long	.Ltmp40
	.long	102
	.long	261
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp43
	.long	102
	.long	270
	.long	48139                           # Line 47 Col 11
	.long	.Ltmp45
	.long	102
	.long	314
	.long	49161                           # Line 48 Col 9
	.long	.Ltmp46
	.long	102
	.long	270
	.long	48166                           # Line 47 Col 38
	.long	.Ltmp47
	.long	102
	.long	270
	.long	48137                           # Line 47 Col 9
	.long	.Ltmp49
	.long	102
	.long	367
	.long	50194                           # Line 49 Col 18
	.long	.Ltmp50
	.long	102
	.long	639
	.long	52239                           # Line 51 Col 15
	.long	.Ltmp51
	.long	102
	.long	658
	.long	51211                           # Line 50 Col 11
	.long	.Ltmp54
	.long	102
	.long	658
	.long	51209                           # Line 50 Col 9
	.long	.Ltmp55
	.long	102
	.long	367
	.long	50187                           # Line 49 Col 11
	.long	.Ltmp56
	.long	102
	.long	493
	.long	54274                           # Line 53 Col 2
	.long	.Ltmp59
	.long	102
	.long	552
	.long	43013                           # Line 42 Col 5
	.long	16                              # FieldReloc
	.long	80                              # Field reloc section string offset=80
	.long	1
	.long	.Ltmp17
	.long	13
	.long	363
	.long	0
	.long	531                             # Field reloc section string offset=531
	.long	1
	.long	.Ltmp48
	.long	13
	.long	363
	.long	0
	.addrsig
	.addrsig_sym open_fentry
	.addrsig_sym open_fexit
	.addrsig_sym LICENSE
	.addrsig_sym rb
	.section	.debug_line,"",@progbits
.Lline_table_start0:
