	.text
	.file	"uprobe_add.c"
	.file	0 "." "src/uprobe_add.c" md5 0x0342f5723b2e8019bd4d62a440767008
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	uprobe,"ax",@progbits
	.globl	add_entry                       # -- Begin function add_entry
	.p2align	3
	.type	add_entry,@function
add_entry:                              # @add_entry
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: add_entry:ctx <- $r1
	.loc	0 36 5 prologue_end             # src/uprobe_add.c:36:5
.Ltmp0:
.Ltmp1:
	r6 = *(u64 *)(r1 + 112)
.Ltmp2:
	r7 = *(u64 *)(r1 + 104)
.Ltmp3:
.Ltmp4:
	#DEBUG_VALUE: ____add_entry:b <- undef
	#DEBUG_VALUE: ____add_entry:a <- undef
	#DEBUG_VALUE: ____add_entry:ctx <- undef
	#DEBUG_VALUE: ____add_entry:v <- [DW_OP_deref] $r10
	.loc	0 38 13                         # src/uprobe_add.c:38:13
.Ltmp5:
	call 14
.Ltmp6:
.Ltmp7:
	.loc	0 38 8 is_stmt 0                # src/uprobe_add.c:38:8
.Ltmp8:
	*(u64 *)(r10 - 8) = r0
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: ____add_entry:v <- [DW_OP_deref, DW_OP_LLVM_fragment 0 32] $r10
	#DEBUG_VALUE: ____add_entry:v <- [DW_OP_plus_uconst 4, DW_OP_deref, DW_OP_LLVM_fragment 32 32] $r10
	.loc	0 39 18 is_stmt 1               # src/uprobe_add.c:39:18
.Ltmp11:
	*(u32 *)(r10 - 12) = w7
	*(u32 *)(r10 - 16) = w6
	r2 = r10
	r2 += -8
	r3 = r10
	r3 += -16
	.loc	0 40 2                          # src/uprobe_add.c:40:2
.Ltmp12:
	r1 = pending ll
	r4 = 0
	call 2
.Ltmp13:
.Ltmp14:
	.loc	0 36 5                          # src/uprobe_add.c:36:5
.Ltmp15:
	w0 = 0
	exit
.Ltmp16:
.Ltmp17:
.Lfunc_end0:
	.size	add_entry, .Lfunc_end0-add_entry
	.cfi_endproc
                                        # -- End function
	.section	uretprobe,"ax",@progbits
	.globl	add_exit                        # -- Begin function add_exit
	.p2align	3
	.type	add_exit,@function
add_exit:                               # @add_exit
.Lfunc_begin1:
	.loc	0 45 0                          # src/uprobe_add.c:45:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: add_exit:ctx <- $r1
	r6 = r1
.Ltmp18:
.Ltmp19:
	#DEBUG_VALUE: add_exit:ctx <- $r6
	.loc	0 45 5 prologue_end             # src/uprobe_add.c:45:5
.Ltmp20:
.Ltmp21:
	r7 = *(u64 *)(r6 + 80)
.Ltmp22:
.Ltmp23:
	#DEBUG_VALUE: ____add_exit:ctx <- $r6
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_deref] $r10
	#DEBUG_VALUE: ____add_exit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r7
	.loc	0 47 13                         # src/uprobe_add.c:47:13
.Ltmp24:
	call 14
.Ltmp25:
	.loc	0 47 8 is_stmt 0                # src/uprobe_add.c:47:8
.Ltmp26:
	*(u64 *)(r10 - 8) = r0
	r2 = r10
	r2 += -8
	.loc	0 48 19 is_stmt 1               # src/uprobe_add.c:48:19
.Ltmp27:
	r1 = pending ll
	call 1
.Ltmp28:
.Ltmp29:
	#DEBUG_VALUE: ____add_exit:v <- $r0
	.loc	0 49 6                          # src/uprobe_add.c:49:6
.Ltmp30:
	if r0 == 0 goto LBB1_2
.Ltmp31:
.Ltmp32:
# %bb.1:
	#DEBUG_VALUE: ____add_exit:v <- $r0
	#DEBUG_VALUE: ____add_exit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r7
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_deref] $r10
	#DEBUG_VALUE: ____add_exit:ctx <- $r6
	#DEBUG_VALUE: add_exit:ctx <- $r6
	#DEBUG_VALUE: ____add_exit:ret <- undef
	.loc	0 51 28                         # src/uprobe_add.c:51:28
.Ltmp33:
	r1 = *(u64 *)(r10 - 8)
	.loc	0 51 31 is_stmt 0               # src/uprobe_add.c:51:31
.Ltmp34:
	r1 >>= 32
	.loc	0 51 19                         # src/uprobe_add.c:51:19
.Ltmp35:
	*(u32 *)(r10 - 24) = w1
.Ltmp36:
.Ltmp37:
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_deref, DW_OP_LLVM_fragment 0 32] $r10
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_plus_uconst 4, DW_OP_deref, DW_OP_LLVM_fragment 32 96] $r10
	.loc	0 51 46                         # src/uprobe_add.c:51:46
.Ltmp38:
	w1 = *(u32 *)(r0 + 0)
	.loc	0 51 19                         # src/uprobe_add.c:51:19
.Ltmp39:
	*(u32 *)(r10 - 20) = w1
.Ltmp40:
.Ltmp41:
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_plus_uconst 4, DW_OP_deref, DW_OP_LLVM_fragment 32 32] $r10
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_plus_uconst 8, DW_OP_deref, DW_OP_LLVM_fragment 64 64] $r10
	.loc	0 51 57                         # src/uprobe_add.c:51:57
.Ltmp42:
	w1 = *(u32 *)(r0 + 4)
	.loc	0 51 19                         # src/uprobe_add.c:51:19
.Ltmp43:
	*(u32 *)(r10 - 16) = w1
.Ltmp44:
.Ltmp45:
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_plus_uconst 8, DW_OP_deref, DW_OP_LLVM_fragment 64 32] $r10
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_plus_uconst 12, DW_OP_deref, DW_OP_LLVM_fragment 96 32] $r10
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_deref, DW_OP_LLVM_fragment 0 64] $r10
	*(u32 *)(r10 - 12) = w7
.Ltmp46:
.Ltmp47:
	#DEBUG_VALUE: ____add_exit:e <- [DW_OP_deref, DW_OP_LLVM_fragment 0 96] $r10
	.loc	0 0 19                          # src/uprobe_add.c:0:19
	r2 = r10
	r2 += -8
	.loc	0 52 2 is_stmt 1                # src/uprobe_add.c:52:2
.Ltmp48:
	r1 = pending ll
	call 3
.Ltmp49:
.Ltmp50:
	.loc	0 0 2 is_stmt 0                 # src/uprobe_add.c:0:2
	r4 = r10
	r4 += -24
	.loc	0 53 2 is_stmt 1                # src/uprobe_add.c:53:2
.Ltmp51:
	r1 = r6
	r2 = events ll
	r3 = 4294967295 ll
	r5 = 16
	call 25
.Ltmp52:
.Ltmp53:
LBB1_2:
	#DEBUG_VALUE: add_exit:ctx <- $r6
	.loc	0 45 5                          # src/uprobe_add.c:45:5
.Ltmp54:
	w0 = 0
	exit
.Ltmp55:
.Ltmp56:
.Lfunc_end1:
	.size	add_exit, .Lfunc_end1-add_exit
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	pending,@object                 # @pending
	.section	.maps,"aw",@progbits
	.globl	pending
	.p2align	3, 0x0
pending:
	.zero	32
	.size	pending, 32

	.type	events,@object                  # @events
	.globl	events
	.p2align	3, 0x0
events:
	.zero	24
	.size	events, 24

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
	.long	6                               # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	3                               # DW_LLE_startx_length
	.byte	4                               #   start index
	.uleb128 .Ltmp6-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	4                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin0           #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	8                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin1-.Lfunc_begin1    #   starting offset
	.uleb128 .Ltmp18-.Lfunc_begin1          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp18-.Lfunc_begin1          #   starting offset
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp22-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp36-.Lfunc_begin1          #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp36-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp40-.Lfunc_begin1          #   ending offset
	.byte	8                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	147                             # DW_OP_piece
	.byte	12                              # 12
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp40-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp44-.Lfunc_begin1          #   ending offset
	.byte	12                              # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	122                             # DW_OP_breg10
	.byte	8                               # 8
	.byte	147                             # DW_OP_piece
	.byte	8                               # 8
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp44-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp46-.Lfunc_begin1          #   ending offset
	.byte	12                              # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	147                             # DW_OP_piece
	.byte	8                               # 8
	.byte	122                             # DW_OP_breg10
	.byte	8                               # 8
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	122                             # DW_OP_breg10
	.byte	12                              # 12
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp46-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp52-.Lfunc_begin1          #   ending offset
	.byte	8                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	0                               # 0
	.byte	147                             # DW_OP_piece
	.byte	12                              # 12
	.byte	122                             # DW_OP_breg10
	.byte	12                              # 12
	.byte	147                             # DW_OP_piece
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp22-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin1          #   ending offset
	.byte	13                              # Loc expr size
	.byte	119                             # DW_OP_breg7
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp28-.Lfunc_begin1          #   starting offset
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
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
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
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
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
	.byte	17                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	29                              # Abbreviation Code
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
	.byte	30                              # Abbreviation Code
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
	.byte	13                              # DW_AT_bit_size
	.byte	11                              # DW_FORM_data1
	.byte	107                             # DW_AT_data_bit_offset
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	31                              # Abbreviation Code
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
	.byte	32                              # Abbreviation Code
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
	.byte	33                              # Abbreviation Code
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
	.byte	34                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	35                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	36                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	37                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	1                               # Abbrev [1] 0xc:0x50c DW_TAG_compile_unit
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
	.byte	88                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x33:0x4 DW_TAG_base_type
	.byte	87                              # DW_AT_name
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
	.byte	25                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x61:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	20                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x65:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	138                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6e:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	159                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x77:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	177                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x80:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	194                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x8a:0x5 DW_TAG_pointer_type
	.long	143                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x8f:0xc DW_TAG_array_type
	.long	155                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x94:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	1                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x9b:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x9f:0x5 DW_TAG_pointer_type
	.long	164                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0xa4:0xd DW_TAG_array_type
	.long	155                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0xa9:0x7 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.short	1024                            # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xb1:0x5 DW_TAG_pointer_type
	.long	182                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xb6:0x8 DW_TAG_typedef
	.long	190                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0xbe:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0xc2:0x5 DW_TAG_pointer_type
	.long	199                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xc7:0x18 DW_TAG_structure_type
	.byte	17                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xcc:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	9                               # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xd5:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xdf:0x8 DW_TAG_typedef
	.long	155                             # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	3                               # Abbrev [3] 0xe7:0xb DW_TAG_variable
	.byte	18                              # DW_AT_name
	.long	242                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	31                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	7                               # Abbrev [7] 0xf2:0x20 DW_TAG_structure_type
	.byte	24                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xf6:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	274                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xff:0x9 DW_TAG_member
	.byte	19                              # DW_AT_name
	.long	274                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x108:0x9 DW_TAG_member
	.byte	20                              # DW_AT_name
	.long	274                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x112:0x5 DW_TAG_pointer_type
	.long	279                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x117:0xc DW_TAG_array_type
	.long	155                             # DW_AT_type
	.byte	5                               # Abbrev [5] 0x11c:0x6 DW_TAG_subrange_type
	.long	82                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x123:0xb DW_TAG_variable
	.byte	21                              # DW_AT_name
	.long	302                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	9                               # Abbrev [9] 0x12e:0x5 DW_TAG_pointer_type
	.long	307                             # DW_AT_type
	.byte	13                              # Abbrev [13] 0x133:0x5 DW_TAG_const_type
	.long	312                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0x138:0x2a DW_TAG_structure_type
	.byte	26                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x13d:0x9 DW_TAG_member
	.byte	22                              # DW_AT_name
	.long	354                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x146:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x14f:0x9 DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x158:0x9 DW_TAG_member
	.byte	25                              # DW_AT_name
	.long	223                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x162:0x8 DW_TAG_typedef
	.long	362                             # DW_AT_type
	.byte	24                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x16a:0x4 DW_TAG_base_type
	.byte	23                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0x16e:0xa DW_TAG_variable
	.byte	27                              # DW_AT_name
	.long	376                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	368                             # DW_AT_decl_line
	.byte	14                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x178:0x5 DW_TAG_pointer_type
	.long	381                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0x17d:0x5 DW_TAG_subroutine_type
	.long	182                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x182:0x9 DW_TAG_variable
	.byte	28                              # DW_AT_name
	.long	395                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	78                              # DW_AT_decl_line
	.byte	2                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x18b:0x5 DW_TAG_pointer_type
	.long	400                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x190:0x1a DW_TAG_subroutine_type
	.long	426                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	18                              # Abbrev [18] 0x195:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x19a:0x5 DW_TAG_formal_parameter
	.long	431                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x19f:0x5 DW_TAG_formal_parameter
	.long	431                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1a4:0x5 DW_TAG_formal_parameter
	.long	182                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x1aa:0x4 DW_TAG_base_type
	.byte	29                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	19                              # Abbrev [19] 0x1ae:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0x1af:0x5 DW_TAG_pointer_type
	.long	436                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1b4:0x1 DW_TAG_const_type
	.byte	16                              # Abbrev [16] 0x1b5:0x9 DW_TAG_variable
	.byte	30                              # DW_AT_name
	.long	446                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1be:0x5 DW_TAG_pointer_type
	.long	451                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x1c3:0x10 DW_TAG_subroutine_type
	.long	430                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	18                              # Abbrev [18] 0x1c8:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1cd:0x5 DW_TAG_formal_parameter
	.long	431                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x1d3:0x9 DW_TAG_variable
	.byte	31                              # DW_AT_name
	.long	476                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	88                              # DW_AT_decl_line
	.byte	3                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1dc:0x5 DW_TAG_pointer_type
	.long	481                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x1e1:0x10 DW_TAG_subroutine_type
	.long	426                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	18                              # Abbrev [18] 0x1e6:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x1eb:0x5 DW_TAG_formal_parameter
	.long	431                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x1f1:0xa DW_TAG_variable
	.byte	32                              # DW_AT_name
	.long	507                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	696                             # DW_AT_decl_line
	.byte	25                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1fb:0x5 DW_TAG_pointer_type
	.long	512                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x200:0x1f DW_TAG_subroutine_type
	.long	426                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	18                              # Abbrev [18] 0x205:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x20a:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x20f:0x5 DW_TAG_formal_parameter
	.long	182                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x214:0x5 DW_TAG_formal_parameter
	.long	430                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x219:0x5 DW_TAG_formal_parameter
	.long	182                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x21f:0x16 DW_TAG_enumeration_type
	.long	362                             # DW_AT_type
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	44311                           # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x228:0x3 DW_TAG_enumerator
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	22                              # Abbrev [22] 0x22b:0x3 DW_TAG_enumerator
	.byte	34                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	22                              # Abbrev [22] 0x22e:0x3 DW_TAG_enumerator
	.byte	35                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	22                              # Abbrev [22] 0x231:0x3 DW_TAG_enumerator
	.byte	36                              # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x235:0x22 DW_TAG_enumeration_type
	.long	599                             # DW_AT_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	42633                           # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x23e:0x7 DW_TAG_enumerator
	.byte	38                              # DW_AT_name
	.ascii	"\377\377\377\377\017"          # DW_AT_const_value
	.byte	22                              # Abbrev [22] 0x245:0x7 DW_TAG_enumerator
	.byte	39                              # DW_AT_name
	.ascii	"\377\377\377\377\017"          # DW_AT_const_value
	.byte	22                              # Abbrev [22] 0x24c:0xa DW_TAG_enumerator
	.byte	40                              # DW_AT_name
	.ascii	"\200\200\200\200\360\377\377\007" # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x257:0x4 DW_TAG_base_type
	.byte	37                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	23                              # Abbrev [23] 0x25b:0x31 DW_TAG_subprogram
	.byte	41                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	155                             # DW_AT_type
                                        # DW_AT_inline
	.byte	24                              # Abbrev [24] 0x263:0x8 DW_TAG_formal_parameter
	.byte	42                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	652                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x26b:0x8 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	155                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x273:0x8 DW_TAG_formal_parameter
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	155                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x27b:0x8 DW_TAG_variable
	.byte	83                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.long	182                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x283:0x8 DW_TAG_variable
	.byte	84                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	39                              # DW_AT_decl_line
	.long	199                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x28c:0x5 DW_TAG_pointer_type
	.long	657                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x291:0x11f DW_TAG_structure_type
	.byte	82                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	27                              # Abbrev [27] 0x297:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2a1:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2ab:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2b5:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2bf:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2c9:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2d3:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2dd:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2e7:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2f1:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2fb:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x305:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x30f:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x319:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x323:0xa DW_TAG_member
	.byte	57                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x32d:0xa DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x337:0xa DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x341:0x9 DW_TAG_member
	.long	842                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x34a:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	27                              # Abbrev [27] 0x34f:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	944                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x359:0xa DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x363:0xa DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	972                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	27                              # Abbrev [27] 0x36e:0xa DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x378:0xa DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	599                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x382:0x9 DW_TAG_member
	.long	907                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	29                              # Abbrev [29] 0x38b:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	27                              # Abbrev [27] 0x390:0xa DW_TAG_member
	.byte	71                              # DW_AT_name
	.long	944                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x39a:0xa DW_TAG_member
	.byte	72                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x3a4:0xa DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	1012                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x3b0:0x8 DW_TAG_typedef
	.long	952                             # DW_AT_type
	.byte	63                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x3b8:0x8 DW_TAG_typedef
	.long	960                             # DW_AT_type
	.byte	62                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x3c0:0x4 DW_TAG_base_type
	.byte	61                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x3c4:0x8 DW_TAG_typedef
	.long	182                             # DW_AT_type
	.byte	65                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	26                              # Abbrev [26] 0x3cc:0x28 DW_TAG_structure_type
	.byte	66                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	30                              # Abbrev [30] 0x3d2:0xb DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x3dd:0xb DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x3e8:0xb DW_TAG_member
	.byte	68                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x3f4:0x75 DW_TAG_structure_type
	.byte	73                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	30                              # Abbrev [30] 0x3fa:0xb DW_TAG_member
	.byte	71                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x405:0xb DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x410:0xb DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x41b:0xb DW_TAG_member
	.byte	76                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x426:0xb DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x431:0xb DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x43c:0xb DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x447:0xb DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x452:0xb DW_TAG_member
	.byte	80                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	30                              # Abbrev [30] 0x45d:0xb DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	964                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	31                              # Abbrev [31] 0x469:0x35 DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	89                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	155                             # DW_AT_type
                                        # DW_AT_external
	.byte	32                              # Abbrev [32] 0x478:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	42                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	652                             # DW_AT_type
	.byte	33                              # Abbrev [33] 0x481:0x1c DW_TAG_inlined_subroutine
	.long	603                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp13-.Ltmp3                  # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	36                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	34                              # Abbrev [34] 0x48e:0x8 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	8
	.long	635                             # DW_AT_abstract_origin
	.byte	35                              # Abbrev [35] 0x496:0x6 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.long	643                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x49e:0x31 DW_TAG_subprogram
	.byte	85                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	155                             # DW_AT_type
                                        # DW_AT_inline
	.byte	24                              # Abbrev [24] 0x4a6:0x8 DW_TAG_formal_parameter
	.byte	42                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	652                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x4ae:0x8 DW_TAG_formal_parameter
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	155                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x4b6:0x8 DW_TAG_variable
	.byte	83                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	47                              # DW_AT_decl_line
	.long	182                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x4be:0x8 DW_TAG_variable
	.byte	86                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	51                              # DW_AT_decl_line
	.long	312                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x4c6:0x8 DW_TAG_variable
	.byte	84                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	48                              # DW_AT_decl_line
	.long	194                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	31                              # Abbrev [31] 0x4cf:0x48 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	90                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	155                             # DW_AT_type
                                        # DW_AT_external
	.byte	32                              # Abbrev [32] 0x4de:0x9 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	42                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
	.long	652                             # DW_AT_type
	.byte	33                              # Abbrev [33] 0x4e7:0x2f DW_TAG_inlined_subroutine
	.long	1182                            # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp52-.Ltmp22                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	45                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	36                              # Abbrev [36] 0x4f4:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	1190                            # DW_AT_abstract_origin
	.byte	37                              # Abbrev [37] 0x4fb:0x6 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.long	1198                            # DW_AT_abstract_origin
	.byte	34                              # Abbrev [34] 0x501:0x8 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	16
	.long	1206                            # DW_AT_abstract_origin
	.byte	35                              # Abbrev [35] 0x509:0x6 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.long	1214                            # DW_AT_abstract_origin
	.byte	35                              # Abbrev [35] 0x50f:0x6 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.long	1222                            # DW_AT_abstract_origin
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
	.byte	4                               #   start index
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   length
	.byte	3                               # DW_RLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	368                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/uprobe_add.c"              # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=57
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=59
.Linfo_string4:
	.asciz	"char"                          # string offset=67
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=72
.Linfo_string6:
	.asciz	"pending"                       # string offset=92
.Linfo_string7:
	.asciz	"type"                          # string offset=100
.Linfo_string8:
	.asciz	"int"                           # string offset=105
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=109
.Linfo_string10:
	.asciz	"key"                           # string offset=121
.Linfo_string11:
	.asciz	"unsigned long long"            # string offset=125
.Linfo_string12:
	.asciz	"__u64"                         # string offset=144
.Linfo_string13:
	.asciz	"value"                         # string offset=150
.Linfo_string14:
	.asciz	"a"                             # string offset=156
.Linfo_string15:
	.asciz	"__s32"                         # string offset=158
.Linfo_string16:
	.asciz	"b"                             # string offset=164
.Linfo_string17:
	.asciz	"args"                          # string offset=166
.Linfo_string18:
	.asciz	"events"                        # string offset=171
.Linfo_string19:
	.asciz	"key_size"                      # string offset=178
.Linfo_string20:
	.asciz	"value_size"                    # string offset=187
.Linfo_string21:
	.asciz	"unused_event"                  # string offset=198
.Linfo_string22:
	.asciz	"pid"                           # string offset=211
.Linfo_string23:
	.asciz	"unsigned int"                  # string offset=215
.Linfo_string24:
	.asciz	"__u32"                         # string offset=228
.Linfo_string25:
	.asciz	"ret"                           # string offset=234
.Linfo_string26:
	.asciz	"event"                         # string offset=238
.Linfo_string27:
	.asciz	"bpf_get_current_pid_tgid"      # string offset=244
.Linfo_string28:
	.asciz	"bpf_map_update_elem"           # string offset=269
.Linfo_string29:
	.asciz	"long"                          # string offset=289
.Linfo_string30:
	.asciz	"bpf_map_lookup_elem"           # string offset=294
.Linfo_string31:
	.asciz	"bpf_map_delete_elem"           # string offset=314
.Linfo_string32:
	.asciz	"bpf_perf_event_output"         # string offset=334
.Linfo_string33:
	.asciz	"BPF_ANY"                       # string offset=356
.Linfo_string34:
	.asciz	"BPF_NOEXIST"                   # string offset=364
.Linfo_string35:
	.asciz	"BPF_EXIST"                     # string offset=376
.Linfo_string36:
	.asciz	"BPF_F_LOCK"                    # string offset=386
.Linfo_string37:
	.asciz	"unsigned long"                 # string offset=397
.Linfo_string38:
	.asciz	"BPF_F_INDEX_MASK"              # string offset=411
.Linfo_string39:
	.asciz	"BPF_F_CURRENT_CPU"             # string offset=428
.Linfo_string40:
	.asciz	"BPF_F_CTXLEN_MASK"             # string offset=446
.Linfo_string41:
	.asciz	"____add_entry"                 # string offset=464
.Linfo_string42:
	.asciz	"ctx"                           # string offset=478
.Linfo_string43:
	.asciz	"r15"                           # string offset=482
.Linfo_string44:
	.asciz	"r14"                           # string offset=486
.Linfo_string45:
	.asciz	"r13"                           # string offset=490
.Linfo_string46:
	.asciz	"r12"                           # string offset=494
.Linfo_string47:
	.asciz	"bp"                            # string offset=498
.Linfo_string48:
	.asciz	"bx"                            # string offset=501
.Linfo_string49:
	.asciz	"r11"                           # string offset=504
.Linfo_string50:
	.asciz	"r10"                           # string offset=508
.Linfo_string51:
	.asciz	"r9"                            # string offset=512
.Linfo_string52:
	.asciz	"r8"                            # string offset=515
.Linfo_string53:
	.asciz	"ax"                            # string offset=518
.Linfo_string54:
	.asciz	"cx"                            # string offset=521
.Linfo_string55:
	.asciz	"dx"                            # string offset=524
.Linfo_string56:
	.asciz	"si"                            # string offset=527
.Linfo_string57:
	.asciz	"di"                            # string offset=530
.Linfo_string58:
	.asciz	"orig_ax"                       # string offset=533
.Linfo_string59:
	.asciz	"ip"                            # string offset=541
.Linfo_string60:
	.asciz	"cs"                            # string offset=544
.Linfo_string61:
	.asciz	"unsigned short"                # string offset=547
.Linfo_string62:
	.asciz	"__u16"                         # string offset=562
.Linfo_string63:
	.asciz	"u16"                           # string offset=568
.Linfo_string64:
	.asciz	"csx"                           # string offset=572
.Linfo_string65:
	.asciz	"u64"                           # string offset=576
.Linfo_string66:
	.asciz	"fred_cs"                       # string offset=580
.Linfo_string67:
	.asciz	"sl"                            # string offset=588
.Linfo_string68:
	.asciz	"wfe"                           # string offset=591
.Linfo_string69:
	.asciz	"flags"                         # string offset=595
.Linfo_string70:
	.asciz	"sp"                            # string offset=601
.Linfo_string71:
	.asciz	"ss"                            # string offset=604
.Linfo_string72:
	.asciz	"ssx"                           # string offset=607
.Linfo_string73:
	.asciz	"fred_ss"                       # string offset=611
.Linfo_string74:
	.asciz	"sti"                           # string offset=619
.Linfo_string75:
	.asciz	"swevent"                       # string offset=623
.Linfo_string76:
	.asciz	"nmi"                           # string offset=631
.Linfo_string77:
	.asciz	"vector"                        # string offset=635
.Linfo_string78:
	.asciz	"enclave"                       # string offset=642
.Linfo_string79:
	.asciz	"lm"                            # string offset=650
.Linfo_string80:
	.asciz	"nested"                        # string offset=653
.Linfo_string81:
	.asciz	"insnlen"                       # string offset=660
.Linfo_string82:
	.asciz	"pt_regs"                       # string offset=668
.Linfo_string83:
	.asciz	"id"                            # string offset=676
.Linfo_string84:
	.asciz	"v"                             # string offset=679
.Linfo_string85:
	.asciz	"____add_exit"                  # string offset=681
.Linfo_string86:
	.asciz	"e"                             # string offset=694
.Linfo_string87:
	.asciz	"DW_ATE_unsigned_32"            # string offset=696
.Linfo_string88:
	.asciz	"DW_ATE_unsigned_64"            # string offset=715
.Linfo_string89:
	.asciz	"add_entry"                     # string offset=734
.Linfo_string90:
	.asciz	"add_exit"                      # string offset=744
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	pending
	.quad	events
	.quad	unused_event
	.quad	.Lfunc_begin0
	.quad	.Ltmp3
	.quad	.Lfunc_begin1
	.quad	.Ltmp22
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1332
	.long	1332
	.long	936
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
	.long	1024
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
	.long	67108866                        # 0x4000002
	.long	8
	.long	55
	.long	12
	.long	0                               # 0x0
	.long	57
	.long	12
	.long	32                              # 0x20
	.long	59                              # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	2
	.long	0                               # BTF_KIND_STRUCT(id = 13)
	.long	67108868                        # 0x4000004
	.long	32
	.long	65
	.long	1
	.long	0                               # 0x0
	.long	70
	.long	5
	.long	64                              # 0x40
	.long	82
	.long	7
	.long	128                             # 0x80
	.long	86
	.long	10
	.long	192                             # 0xc0
	.long	92                              # BTF_KIND_VAR(id = 14)
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
	.long	65
	.long	15
	.long	0                               # 0x0
	.long	100
	.long	15
	.long	64                              # 0x40
	.long	109
	.long	15
	.long	128                             # 0x80
	.long	120                             # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	17
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 19)
	.long	33554432                        # 0x2000000
	.long	20
	.long	127                             # BTF_KIND_STRUCT(id = 20)
	.long	67108885                        # 0x4000015
	.long	168
	.long	135
	.long	21
	.long	0                               # 0x0
	.long	139
	.long	21
	.long	64                              # 0x40
	.long	143
	.long	21
	.long	128                             # 0x80
	.long	147
	.long	21
	.long	192                             # 0xc0
	.long	151
	.long	21
	.long	256                             # 0x100
	.long	154
	.long	21
	.long	320                             # 0x140
	.long	157
	.long	21
	.long	384                             # 0x180
	.long	161
	.long	21
	.long	448                             # 0x1c0
	.long	165
	.long	21
	.long	512                             # 0x200
	.long	168
	.long	21
	.long	576                             # 0x240
	.long	171
	.long	21
	.long	640                             # 0x280
	.long	174
	.long	21
	.long	704                             # 0x2c0
	.long	177
	.long	21
	.long	768                             # 0x300
	.long	180
	.long	21
	.long	832                             # 0x340
	.long	183
	.long	21
	.long	896                             # 0x380
	.long	186
	.long	21
	.long	960                             # 0x3c0
	.long	194
	.long	21
	.long	1024                            # 0x400
	.long	0
	.long	22
	.long	1088                            # 0x440
	.long	197
	.long	21
	.long	1152                            # 0x480
	.long	203
	.long	21
	.long	1216                            # 0x4c0
	.long	0
	.long	28
	.long	1280                            # 0x500
	.long	206                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 22)
	.long	83886083                        # 0x5000003
	.long	8
	.long	220
	.long	23
	.long	0                               # 0x0
	.long	223
	.long	26
	.long	0                               # 0x0
	.long	227
	.long	27
	.long	0                               # 0x0
	.long	235                             # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	239                             # BTF_KIND_TYPEDEF(id = 24)
	.long	134217728                       # 0x8000000
	.long	25
	.long	245                             # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	260                             # BTF_KIND_TYPEDEF(id = 26)
	.long	134217728                       # 0x8000000
	.long	8
	.long	227                             # BTF_KIND_STRUCT(id = 27)
	.long	2214592515                      # 0x84000003
	.long	8
	.long	220
	.long	26
	.long	268435456                       # 0x10000000
	.long	264
	.long	26
	.long	33554448                        # 0x2000010
	.long	267
	.long	26
	.long	16777234                        # 0x1000012
	.long	0                               # BTF_KIND_UNION(id = 28)
	.long	83886083                        # 0x5000003
	.long	8
	.long	271
	.long	23
	.long	0                               # 0x0
	.long	274
	.long	26
	.long	0                               # 0x0
	.long	278
	.long	29
	.long	0                               # 0x0
	.long	278                             # BTF_KIND_STRUCT(id = 29)
	.long	2214592522                      # 0x8400000a
	.long	8
	.long	271
	.long	26
	.long	268435456                       # 0x10000000
	.long	286
	.long	26
	.long	16777232                        # 0x1000010
	.long	290
	.long	26
	.long	16777233                        # 0x1000011
	.long	298
	.long	26
	.long	16777234                        # 0x1000012
	.long	302
	.long	26
	.long	134217760                       # 0x8000020
	.long	65
	.long	26
	.long	67108912                        # 0x4000030
	.long	309
	.long	26
	.long	16777272                        # 0x1000038
	.long	317
	.long	26
	.long	16777273                        # 0x1000039
	.long	320
	.long	26
	.long	16777274                        # 0x100003a
	.long	327
	.long	26
	.long	67108924                        # 0x400003c
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 30)
	.long	218103809                       # 0xd000001
	.long	2
	.long	335
	.long	19
	.long	339                             # BTF_KIND_FUNC(id = 31)
	.long	201326593                       # 0xc000001
	.long	30
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 32)
	.long	218103809                       # 0xd000001
	.long	2
	.long	335
	.long	19
	.long	552                             # BTF_KIND_FUNC(id = 33)
	.long	201326593                       # 0xc000001
	.long	32
	.long	858                             # BTF_KIND_INT(id = 34)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 35)
	.long	50331648                        # 0x3000000
	.long	0
	.long	34
	.long	4
	.long	4
	.long	863                             # BTF_KIND_VAR(id = 36)
	.long	234881024                       # 0xe000000
	.long	35
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 37)
	.long	33554432                        # 0x2000000
	.long	38
	.long	0                               # BTF_KIND_CONST(id = 38)
	.long	167772160                       # 0xa000000
	.long	39
	.long	871                             # BTF_KIND_STRUCT(id = 39)
	.long	67108868                        # 0x4000004
	.long	16
	.long	877
	.long	40
	.long	0                               # 0x0
	.long	55
	.long	12
	.long	32                              # 0x20
	.long	57
	.long	12
	.long	64                              # 0x40
	.long	881
	.long	12
	.long	96                              # 0x60
	.long	885                             # BTF_KIND_TYPEDEF(id = 40)
	.long	134217728                       # 0x8000000
	.long	41
	.long	891                             # BTF_KIND_INT(id = 41)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	904                             # BTF_KIND_VAR(id = 42)
	.long	234881024                       # 0xe000000
	.long	37
	.long	1
	.long	917                             # BTF_KIND_DATASEC(id = 43)
	.long	251658241                       # 0xf000001
	.long	0
	.long	42
	.long	unused_event
	.long	8
	.long	922                             # BTF_KIND_DATASEC(id = 44)
	.long	251658242                       # 0xf000002
	.long	0
	.long	14
	.long	pending
	.long	32
	.long	18
	.long	events
	.long	24
	.long	928                             # BTF_KIND_DATASEC(id = 45)
	.long	251658241                       # 0xf000001
	.long	0
	.long	36
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
	.ascii	"args"                          # string offset=50
	.byte	0
	.byte	97                              # string offset=55
	.byte	0
	.byte	98                              # string offset=57
	.byte	0
	.ascii	"__s32"                         # string offset=59
	.byte	0
	.ascii	"type"                          # string offset=65
	.byte	0
	.ascii	"max_entries"                   # string offset=70
	.byte	0
	.ascii	"key"                           # string offset=82
	.byte	0
	.ascii	"value"                         # string offset=86
	.byte	0
	.ascii	"pending"                       # string offset=92
	.byte	0
	.ascii	"key_size"                      # string offset=100
	.byte	0
	.ascii	"value_size"                    # string offset=109
	.byte	0
	.ascii	"events"                        # string offset=120
	.byte	0
	.ascii	"pt_regs"                       # string offset=127
	.byte	0
	.ascii	"r15"                           # string offset=135
	.byte	0
	.ascii	"r14"                           # string offset=139
	.byte	0
	.ascii	"r13"                           # string offset=143
	.byte	0
	.ascii	"r12"                           # string offset=147
	.byte	0
	.ascii	"bp"                            # string offset=151
	.byte	0
	.ascii	"bx"                            # string offset=154
	.byte	0
	.ascii	"r11"                           # string offset=157
	.byte	0
	.ascii	"r10"                           # string offset=161
	.byte	0
	.ascii	"r9"                            # string offset=165
	.byte	0
	.ascii	"r8"                            # string offset=168
	.byte	0
	.ascii	"ax"                            # string offset=171
	.byte	0
	.ascii	"cx"                            # string offset=174
	.byte	0
	.ascii	"dx"                            # string offset=177
	.byte	0
	.ascii	"si"                            # string offset=180
	.byte	0
	.ascii	"di"                            # string offset=183
	.byte	0
	.ascii	"orig_ax"                       # string offset=186
	.byte	0
	.ascii	"ip"                            # string offset=194
	.byte	0
	.ascii	"flags"                         # string offset=197
	.byte	0
	.ascii	"sp"                            # string offset=203
	.byte	0
	.ascii	"unsigned long"                 # string offset=206
	.byte	0
	.ascii	"cs"                            # string offset=220
	.byte	0
	.ascii	"csx"                           # string offset=223
	.byte	0
	.ascii	"fred_cs"                       # string offset=227
	.byte	0
	.ascii	"u16"                           # string offset=235
	.byte	0
	.ascii	"__u16"                         # string offset=239
	.byte	0
	.ascii	"unsigned short"                # string offset=245
	.byte	0
	.ascii	"u64"                           # string offset=260
	.byte	0
	.ascii	"sl"                            # string offset=264
	.byte	0
	.ascii	"wfe"                           # string offset=267
	.byte	0
	.ascii	"ss"                            # string offset=271
	.byte	0
	.ascii	"ssx"                           # string offset=274
	.byte	0
	.ascii	"fred_ss"                       # string offset=278
	.byte	0
	.ascii	"sti"                           # string offset=286
	.byte	0
	.ascii	"swevent"                       # string offset=290
	.byte	0
	.ascii	"nmi"                           # string offset=298
	.byte	0
	.ascii	"vector"                        # string offset=302
	.byte	0
	.ascii	"enclave"                       # string offset=309
	.byte	0
	.ascii	"lm"                            # string offset=317
	.byte	0
	.ascii	"nested"                        # string offset=320
	.byte	0
	.ascii	"insnlen"                       # string offset=327
	.byte	0
	.ascii	"ctx"                           # string offset=335
	.byte	0
	.ascii	"add_entry"                     # string offset=339
	.byte	0
	.ascii	"uprobe"                        # string offset=349
	.byte	0
	.ascii	"0:14"                          # string offset=356
	.byte	0
	.ascii	"./src/uprobe_add.c"            # string offset=361
	.byte	0
	.ascii	"int BPF_KPROBE(add_entry, int a, int b)" # string offset=380
	.byte	0
	.ascii	"0:13"                          # string offset=420
	.byte	0
	.ascii	"\t__u64 id = bpf_get_current_pid_tgid();" # string offset=425
	.byte	0
	.ascii	"\tstruct args v = { .a = a, .b = b };" # string offset=465
	.byte	0
	.ascii	"\tbpf_map_update_elem(&pending, &id, &v, BPF_ANY);" # string offset=502
	.byte	0
	.ascii	"add_exit"                      # string offset=552
	.byte	0
	.ascii	"uretprobe"                     # string offset=561
	.byte	0
	.ascii	"int BPF_KRETPROBE(add_exit, int ret)" # string offset=571
	.byte	0
	.ascii	"0:10"                          # string offset=608
	.byte	0
	.ascii	"\tstruct args *v = bpf_map_lookup_elem(&pending, &id);" # string offset=613
	.byte	0
	.ascii	"\tif (!v)"                     # string offset=667
	.byte	0
	.ascii	"\tstruct event e = { .pid = id >> 32, .a = v->a, .b = v->b, .ret = ret };" # string offset=676
	.byte	0
	.ascii	"\tbpf_map_delete_elem(&pending, &id);" # string offset=749
	.byte	0
	.ascii	"\tbpf_perf_event_output(ctx, &events, BPF_F_CURRENT_CPU, &e, sizeof(e));" # string offset=786
	.byte	0
	.ascii	"char"                          # string offset=858
	.byte	0
	.ascii	"LICENSE"                       # string offset=863
	.byte	0
	.ascii	"event"                         # string offset=871
	.byte	0
	.ascii	"pid"                           # string offset=877
	.byte	0
	.ascii	"ret"                           # string offset=881
	.byte	0
	.ascii	"__u32"                         # string offset=885
	.byte	0
	.ascii	"unsigned int"                  # string offset=891
	.byte	0
	.ascii	"unused_event"                  # string offset=904
	.byte	0
	.ascii	".bss"                          # string offset=917
	.byte	0
	.ascii	".maps"                         # string offset=922
	.byte	0
	.ascii	"license"                       # string offset=928
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	36
	.long	36
	.long	372
	.long	408
	.long	68
	.long	8                               # FuncInfo
	.long	349                             # FuncInfo section string offset=349
	.long	1
	.long	.Lfunc_begin0
	.long	31
	.long	561                             # FuncInfo section string offset=561
	.long	1
	.long	.Lfunc_begin1
	.long	33
	.long	16                              # LineInfo
	.long	349                             # LineInfo section string offset=349
	.long	6
	.long	.Ltmp1
	.long	361
	.long	380
	.long	36869                           # Line 36 Col 5
	.long	.Ltmp5
	.long	361
	.long	425
	.long	38925                           # Line 38 Col 13
	.long	.Ltmp8
	.long	361
	.long	425
	.long	38920                           # Line 38 Col 8
	.long	.Ltmp11
	.long	361
	.long	465
	.long	39954                           # Line 39 Col 18
	.long	.Ltmp12
	.long	361
	.long	502
	.long	40962                           # Line 40 Col 2
	.long	.Ltmp15
	.long	361
	.long	380
	.long	36869                           # Line 36 Col 5
	.long	561                             # LineInfo section string offset=561
	.long	16
	.long	.Lfunc_begin1
	.long	361
	.long	571
	.long	46080                           # Line 45 Col 0
	.long	.Ltmp21
	.long	361
	.long	571
	.long	46085                           # Line 45 Col 5
	.long	.Ltmp24
	.long	361
	.long	425
	.long	48141                           # Line 47 Col 13
	.long	.Ltmp26
	.long	361
	.long	425
	.long	48136                           # Line 47 Col 8
	.long	.Ltmp27
	.long	361
	.long	613
	.long	49171                           # Line 48 Col 19
	.long	.Ltmp30
	.long	361
	.long	667
	.long	50182                           # Line 49 Col 6
	.long	.Ltmp33
	.long	361
	.long	676
	.long	52252                           # Line 51 Col 28
	.long	.Ltmp34
	.long	361
	.long	676
	.long	52255                           # Line 51 Col 31
	.long	.Ltmp35
	.long	361
	.long	676
	.long	52243                           # Line 51 Col 19
	.long	.Ltmp38
	.long	361
	.long	676
	.long	52270                           # Line 51 Col 46
	.long	.Ltmp39
	.long	361
	.long	676
	.long	52243                           # Line 51 Col 19
	.long	.Ltmp42
	.long	361
	.long	676
	.long	52281                           # Line 51 Col 57
	.long	.Ltmp43
	.long	361
	.long	676
	.long	52243                           # Line 51 Col 19
	.long	.Ltmp48
	.long	361
	.long	749
	.long	53250                           # Line 52 Col 2
	.long	.Ltmp51
	.long	361
	.long	786
	.long	54274                           # Line 53 Col 2
	.long	.Ltmp54
	.long	361
	.long	571
	.long	46085                           # Line 45 Col 5
	.long	16                              # FieldReloc
	.long	349                             # Field reloc section string offset=349
	.long	2
	.long	.Ltmp0
	.long	20
	.long	356
	.long	0
	.long	.Ltmp2
	.long	20
	.long	420
	.long	0
	.long	561                             # Field reloc section string offset=561
	.long	1
	.long	.Ltmp20
	.long	20
	.long	608
	.long	0
	.addrsig
	.addrsig_sym add_entry
	.addrsig_sym add_exit
	.addrsig_sym LICENSE
	.addrsig_sym pending
	.addrsig_sym events
	.section	.debug_line,"",@progbits
.Lline_table_start0:
