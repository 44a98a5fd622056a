	.text
	.file	"kprobe_open.c"
	.file	0 "." "src/kprobe_open.c" md5 0xd267435b4c7f9d997d90e3fc3fbe44bc
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	"kprobe/do_sys_openat2","ax",@progbits
	.globl	open_entry                      # -- Begin function open_entry
	.p2align	3
	.type	open_entry,@function
open_entry:                             # @open_entry
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: open_entry:ctx <- $r1
	.loc	0 26 5 prologue_end             # src/kprobe_open.c:26:5
.Ltmp0:
.Ltmp1:
	r8 = *(u64 *)(r1 + 96)
.Ltmp2:
	r6 = *(u64 *)(r1 + 104)
.Ltmp3:
	r9 = *(u64 *)(r1 + 112)
.Ltmp4:
.Ltmp5:
	#DEBUG_VALUE: ____open_entry:filename <- $r6
	#DEBUG_VALUE: ____open_entry:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_entry:ctx <- undef
	#DEBUG_VALUE: __r <- [DW_OP_deref] $r10
	#DEBUG_VALUE: ____open_entry:how <- $r8
	.loc	0 28 20                         # src/kprobe_open.c:28:20
.Ltmp6:
	r1 = rb ll
.Ltmp7:
.Ltmp8:
	r2 = 96
	r3 = 0
	call 131
.Ltmp9:
	r7 = r0
.Ltmp10:
.Ltmp11:
	#DEBUG_VALUE: ____open_entry:e <- $r7
	.loc	0 29 6                          # src/kprobe_open.c:29:6
.Ltmp12:
	if r7 == 0 goto LBB0_2
.Ltmp13:
.Ltmp14:
# %bb.1:
	#DEBUG_VALUE: ____open_entry:e <- $r7
	#DEBUG_VALUE: ____open_entry:how <- $r8
	#DEBUG_VALUE: __r <- [DW_OP_deref] $r10
	#DEBUG_VALUE: ____open_entry:dfd <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r9
	#DEBUG_VALUE: ____open_entry:filename <- $r6
	#DEBUG_VALUE: ____open_entry:dfd <- undef
	.loc	0 31 11                         # src/kprobe_open.c:31:11
.Ltmp15:
	call 14
.Ltmp16:
	.loc	0 32 9                          # src/kprobe_open.c:32:9
.Ltmp17:
	*(u32 *)(r7 + 4) = w9
	.loc	0 31 38                         # src/kprobe_open.c:31:38
.Ltmp18:
	r0 >>= 32
	.loc	0 31 9 is_stmt 0                # src/kprobe_open.c:31:9
.Ltmp19:
	*(u32 *)(r7 + 0) = w0
.Ltmp20:
	r1 = 0
	#DEBUG_VALUE: ____open_entry:how <- $r8
	r8 += r1
.Ltmp21:
.Ltmp22:
	.loc	0 0 9                           # src/kprobe_open.c:0:9
	r1 = r10
	r1 += -8
.Ltmp23:
	.loc	0 33 13 is_stmt 1               # src/kprobe_open.c:33:13
.Ltmp24:
.Ltmp25:
	w2 = 8
	r3 = r8
	call 113
.Ltmp26:
.Ltmp27:
	.loc	0 33 13 is_stmt 0               # src/kprobe_open.c:33:13
.Ltmp28:
	r1 = *(u64 *)(r10 - 8)
	w2 = 0
.Ltmp29:
.Ltmp30:
	.loc	0 35 15 is_stmt 1               # src/kprobe_open.c:35:15
.Ltmp31:
	*(u8 *)(r7 + 24) = w2
	.loc	0 33 11                         # src/kprobe_open.c:33:11
.Ltmp32:
	*(u64 *)(r7 + 8) = r1
	#DEBUG_VALUE: ____open_entry:filename <- $r6
	.loc	0 34 9                          # src/kprobe_open.c:34:9
.Ltmp33:
	r1 = 0
	*(u64 *)(r7 + 16) = r1
	.loc	0 36 29                         # src/kprobe_open.c:36:29
.Ltmp34:
	r1 = r7
	r1 += 25
	.loc	0 36 2 is_stmt 0                # src/kprobe_open.c:36:2
.Ltmp35:
	w2 = 64
	r3 = r6
	call 114
.Ltmp36:
	.loc	0 37 2 is_stmt 1                # src/kprobe_open.c:37:2
.Ltmp37:
	r1 = r7
	r2 = 0
	call 132
.Ltmp38:
.Ltmp39:
LBB0_2:
	.loc	0 26 5                          # src/kprobe_open.c:26:5
.Ltmp40:
	w0 = 0
	exit
.Ltmp41:
.Ltmp42:
.Lfunc_end0:
	.size	open_entry, .Lfunc_end0-open_entry
	.cfi_endproc
                                        # -- End function
	.section	"kretprobe/do_sys_openat2","ax",@progbits
	.globl	open_exit                       # -- Begin function open_exit
	.p2align	3
	.type	open_exit,@function
open_exit:                              # @open_exit
.Lfunc_begin1:
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: open_exit:ctx <- $r1
	.loc	0 42 5 prologue_end             # src/kprobe_open.c:42:5
.Ltmp43:
.Ltmp44:
	r8 = *(u64 *)(r1 + 80)
.Ltmp45:
.Ltmp46:
	#DEBUG_VALUE: ____open_exit:ctx <- undef
	#DEBUG_VALUE: ____open_exit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r8
	.loc	0 0 5 is_stmt 0                 # src/kprobe_open.c:0:5
	r7 = 0
.Ltmp47:
	.loc	0 44 20 is_stmt 1               # src/kprobe_open.c:44:20
.Ltmp48:
.Ltmp49:
	r1 = rb ll
.Ltmp50:
.Ltmp51:
	r2 = 96
	r3 = 0
	call 131
.Ltmp52:
	r6 = r0
.Ltmp53:
.Ltmp54:
	#DEBUG_VALUE: ____open_exit:e <- $r6
	.loc	0 45 6                          # src/kprobe_open.c:45:6
.Ltmp55:
	if r6 == 0 goto LBB1_2
.Ltmp56:
.Ltmp57:
# %bb.1:
	#DEBUG_VALUE: ____open_exit:e <- $r6
	#DEBUG_VALUE: ____open_exit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r8
	#DEBUG_VALUE: ____open_exit:ret <- [DW_OP_LLVM_convert 64 7, DW_OP_LLVM_convert 32 7, DW_OP_stack_value] $r8
	.loc	0 47 11                         # src/kprobe_open.c:47:11
.Ltmp58:
	call 14
.Ltmp59:
	.loc	0 0 11 is_stmt 0                # src/kprobe_open.c:0:11
	w1 = 1
	.loc	0 51 15 is_stmt 1               # src/kprobe_open.c:51:15
.Ltmp60:
	*(u16 *)(r6 + 24) = w1
	w1 = 0
	.loc	0 48 9                          # src/kprobe_open.c:48:9
.Ltmp61:
	*(u32 *)(r6 + 4) = w1
	.loc	0 50 11                         # src/kprobe_open.c:50:11
.Ltmp62:
	r8 <<= 32
.Ltmp63:
.Ltmp64:
	r8 s>>= 32
	.loc	0 50 9 is_stmt 0                # src/kprobe_open.c:50:9
.Ltmp65:
	*(u64 *)(r6 + 16) = r8
	.loc	0 47 38 is_stmt 1               # src/kprobe_open.c:47:38
.Ltmp66:
	r0 >>= 32
	.loc	0 47 9 is_stmt 0                # src/kprobe_open.c:47:9
.Ltmp67:
	*(u32 *)(r6 + 0) = w0
	.loc	0 49 11 is_stmt 1               # src/kprobe_open.c:49:11
.Ltmp68:
	*(u64 *)(r6 + 8) = r7
	.loc	0 53 2                          # src/kprobe_open.c:53:2
.Ltmp69:
	r1 = r6
	r2 = 0
	call 132
.Ltmp70:
.Ltmp71:
LBB1_2:
	.loc	0 42 5                          # src/kprobe_open.c:42:5
.Ltmp72:
	w0 = 0
	exit
.Ltmp73:
.Ltmp74:
.Lfunc_end1:
	.size	open_exit, .Lfunc_end1-open_exit
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
	.uleb128 .Ltmp7-.Lfunc_begin0           #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp4-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp13-.Lfunc_begin0          #   ending offset
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
	.uleb128 .Ltmp4-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	88                              # DW_OP_reg8
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	1                               # DW_LLE_base_addressx
	.byte	3                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp10-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp38-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	87                              # DW_OP_reg7
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	3                               # DW_LLE_startx_length
	.byte	6                               #   start index
	.uleb128 .Ltmp50-.Lfunc_begin1          #   length
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp45-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp63-.Lfunc_begin1          #   ending offset
	.byte	13                              # Loc expr size
	.byte	120                             # DW_OP_breg8
	.byte	0                               # 0
	.byte	168                             # DW_OP_convert
	.asciz	"\257\200\200"                  # 
	.byte	168                             # DW_OP_convert
	.asciz	"\263\200\200"                  # 
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	1                               # DW_LLE_base_addressx
	.byte	6                               #   base address index
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp53-.Lfunc_begin1          #   starting offset
	.uleb128 .Ltmp70-.Lfunc_begin1          #   ending offset
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
	.byte	22                              # Abbreviation Code
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
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	27                              # Abbreviation Code
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
	.byte	28                              # Abbreviation Code
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
	.byte	13                              # DW_AT_bit_size
	.byte	11                              # DW_FORM_data1
	.byte	107                             # DW_AT_data_bit_offset
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	30                              # Abbreviation Code
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
	.byte	31                              # Abbreviation Code
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
	.byte	32                              # Abbreviation Code
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
	.byte	5                               # DW_TAG_formal_parameter
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
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	37                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
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
	.byte	1                               # Abbrev [1] 0xc:0x4b1 DW_TAG_compile_unit
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
	.byte	83                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x33:0x4 DW_TAG_base_type
	.byte	82                              # DW_AT_name
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
	.short	2786                            # DW_AT_decl_line
	.byte	113                             # DW_AT_const_value
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
	.byte	14                              # Abbrev [14] 0x19e:0xa DW_TAG_variable
	.byte	31                              # DW_AT_name
	.long	378                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	2834                            # DW_AT_decl_line
	.byte	114                             # DW_AT_const_value
	.byte	14                              # Abbrev [14] 0x1a8:0xb DW_TAG_variable
	.byte	32                              # DW_AT_name
	.long	435                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.short	3176                            # DW_AT_decl_line
	.ascii	"\204\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1b3:0x5 DW_TAG_pointer_type
	.long	440                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x1b8:0xc DW_TAG_subroutine_type
                                        # DW_AT_prototyped
	.byte	16                              # Abbrev [16] 0x1b9:0x5 DW_TAG_formal_parameter
	.long	347                             # DW_AT_type
	.byte	16                              # Abbrev [16] 0x1be:0x5 DW_TAG_formal_parameter
	.long	262                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1c4:0x5 DW_TAG_pointer_type
	.long	457                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x1c9:0x25 DW_TAG_structure_type
	.byte	35                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	39727                           # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x1cf:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39728                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1d9:0xa DW_TAG_member
	.byte	33                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39729                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x1e3:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	262                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	39730                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x1ee:0x3b DW_TAG_subprogram
	.byte	36                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_inline
	.byte	24                              # Abbrev [24] 0x1f6:0x8 DW_TAG_formal_parameter
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	553                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x1fe:0x8 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x206:0x8 DW_TAG_formal_parameter
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	1034                            # DW_AT_type
	.byte	24                              # Abbrev [24] 0x20e:0x8 DW_TAG_formal_parameter
	.byte	78                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	452                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x216:0x8 DW_TAG_variable
	.byte	79                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.long	1044                            # DW_AT_type
	.byte	26                              # Abbrev [26] 0x21e:0xa DW_TAG_lexical_block
	.byte	25                              # Abbrev [25] 0x21f:0x8 DW_TAG_variable
	.byte	80                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.long	262                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x229:0x5 DW_TAG_pointer_type
	.long	558                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x22e:0x11f DW_TAG_structure_type
	.byte	77                              # DW_AT_name
	.byte	168                             # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1143                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x234:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1144                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x23e:0xa DW_TAG_member
	.byte	40                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1145                            # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x248:0xa DW_TAG_member
	.byte	41                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1146                            # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x252:0xa DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1147                            # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x25c:0xa DW_TAG_member
	.byte	43                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1148                            # DW_AT_decl_line
	.byte	32                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x266:0xa DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1149                            # DW_AT_decl_line
	.byte	40                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x270:0xa DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1150                            # DW_AT_decl_line
	.byte	48                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x27a:0xa DW_TAG_member
	.byte	46                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1151                            # DW_AT_decl_line
	.byte	56                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x284:0xa DW_TAG_member
	.byte	47                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1152                            # DW_AT_decl_line
	.byte	64                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x28e:0xa DW_TAG_member
	.byte	48                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1153                            # DW_AT_decl_line
	.byte	72                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x298:0xa DW_TAG_member
	.byte	49                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1154                            # DW_AT_decl_line
	.byte	80                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2a2:0xa DW_TAG_member
	.byte	50                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1155                            # DW_AT_decl_line
	.byte	88                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2ac:0xa DW_TAG_member
	.byte	51                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1156                            # DW_AT_decl_line
	.byte	96                              # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2b6:0xa DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1157                            # DW_AT_decl_line
	.byte	104                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2c0:0xa DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1158                            # DW_AT_decl_line
	.byte	112                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2ca:0xa DW_TAG_member
	.byte	54                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1159                            # DW_AT_decl_line
	.byte	120                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2d4:0xa DW_TAG_member
	.byte	55                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1160                            # DW_AT_decl_line
	.byte	128                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x2de:0x9 DW_TAG_member
	.long	743                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	136                             # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x2e7:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1161                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x2ec:0xa DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	849                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1162                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x2f6:0xa DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1163                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x300:0xa DW_TAG_member
	.byte	62                              # DW_AT_name
	.long	877                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1164                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	22                              # Abbrev [22] 0x30b:0xa DW_TAG_member
	.byte	16                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1166                            # DW_AT_decl_line
	.byte	144                             # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x315:0xa DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	845                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1167                            # DW_AT_decl_line
	.byte	152                             # DW_AT_data_member_location
	.byte	27                              # Abbrev [27] 0x31f:0x9 DW_TAG_member
	.long	808                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	160                             # DW_AT_data_member_location
	.byte	28                              # Abbrev [28] 0x328:0x24 DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1168                            # DW_AT_decl_line
	.byte	22                              # Abbrev [22] 0x32d:0xa DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	849                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1169                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x337:0xa DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1170                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	22                              # Abbrev [22] 0x341:0xa DW_TAG_member
	.byte	68                              # DW_AT_name
	.long	917                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1171                            # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	2                               # Abbrev [2] 0x34d:0x4 DW_TAG_base_type
	.byte	39                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x351:0x8 DW_TAG_typedef
	.long	857                             # DW_AT_type
	.byte	59                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.byte	13                              # Abbrev [13] 0x359:0x8 DW_TAG_typedef
	.long	865                             # DW_AT_type
	.byte	58                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	2                               # Abbrev [2] 0x361:0x4 DW_TAG_base_type
	.byte	57                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x365:0x8 DW_TAG_typedef
	.long	262                             # DW_AT_type
	.byte	61                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.byte	21                              # Abbrev [21] 0x36d:0x28 DW_TAG_structure_type
	.byte	62                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1120                            # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x373:0xb DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1121                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x37e:0xb DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1122                            # DW_AT_decl_line
	.byte	2                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x389:0xb DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1123                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	21                              # Abbrev [21] 0x395:0x75 DW_TAG_structure_type
	.byte	68                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	1126                            # DW_AT_decl_line
	.byte	29                              # Abbrev [29] 0x39b:0xb DW_TAG_member
	.byte	66                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1127                            # DW_AT_decl_line
	.byte	16                              # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3a6:0xb DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1128                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	16                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3b1:0xb DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1129                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	17                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3bc:0xb DW_TAG_member
	.byte	71                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1130                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	18                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3c7:0xb DW_TAG_member
	.byte	72                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1132                            # DW_AT_decl_line
	.byte	8                               # DW_AT_bit_size
	.byte	32                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3d2:0xb DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1134                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	48                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3dd:0xb DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1136                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	56                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3e8:0xb DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1137                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	57                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3f3:0xb DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1138                            # DW_AT_decl_line
	.byte	1                               # DW_AT_bit_size
	.byte	58                              # DW_AT_data_bit_offset
	.byte	29                              # Abbrev [29] 0x3fe:0xb DW_TAG_member
	.byte	76                              # DW_AT_name
	.long	869                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	1140                            # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	60                              # DW_AT_data_bit_offset
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x40a:0x5 DW_TAG_pointer_type
	.long	1039                            # DW_AT_type
	.byte	11                              # Abbrev [11] 0x40f:0x5 DW_TAG_const_type
	.long	78                              # DW_AT_type
	.byte	9                               # Abbrev [9] 0x414:0x5 DW_TAG_pointer_type
	.long	182                             # DW_AT_type
	.byte	30                              # Abbrev [30] 0x419:0x4f DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	84                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	31                              # Abbrev [31] 0x428:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.long	553                             # DW_AT_type
	.byte	32                              # Abbrev [32] 0x431:0x36 DW_TAG_inlined_subroutine
	.long	494                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp38-.Ltmp4                  # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	26                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	33                              # Abbrev [33] 0x43e:0x6 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.long	510                             # DW_AT_abstract_origin
	.byte	34                              # Abbrev [34] 0x444:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	518                             # DW_AT_abstract_origin
	.byte	33                              # Abbrev [33] 0x44b:0x6 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.long	526                             # DW_AT_abstract_origin
	.byte	35                              # Abbrev [35] 0x451:0x6 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.long	534                             # DW_AT_abstract_origin
	.byte	36                              # Abbrev [36] 0x457:0xf DW_TAG_lexical_block
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp29-.Ltmp23                 # DW_AT_high_pc
	.byte	37                              # Abbrev [37] 0x45d:0x8 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	0
	.long	543                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x468:0x21 DW_TAG_subprogram
	.byte	81                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_inline
	.byte	24                              # Abbrev [24] 0x470:0x8 DW_TAG_formal_parameter
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	553                             # DW_AT_type
	.byte	24                              # Abbrev [24] 0x478:0x8 DW_TAG_formal_parameter
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x480:0x8 DW_TAG_variable
	.byte	79                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	44                              # DW_AT_decl_line
	.long	1044                            # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	30                              # Abbrev [30] 0x489:0x33 DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	85                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	137                             # DW_AT_type
                                        # DW_AT_external
	.byte	31                              # Abbrev [31] 0x498:0x9 DW_TAG_formal_parameter
	.byte	4                               # DW_AT_location
	.byte	37                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	553                             # DW_AT_type
	.byte	32                              # Abbrev [32] 0x4a1:0x1a DW_TAG_inlined_subroutine
	.long	1128                            # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp70-.Ltmp47                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	42                              # DW_AT_call_line
	.byte	5                               # DW_AT_call_column
	.byte	33                              # Abbrev [33] 0x4ae:0x6 DW_TAG_formal_parameter
	.byte	5                               # DW_AT_location
	.long	1144                            # DW_AT_abstract_origin
	.byte	35                              # Abbrev [35] 0x4b4:0x6 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.long	1152                            # DW_AT_abstract_origin
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
	.byte	6                               #   start index
	.uleb128 .Lfunc_end1-.Lfunc_begin1      #   length
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	348                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/kprobe_open.c"             # string offset=40
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
	.asciz	"bpf_probe_read_kernel"         # string offset=303
.Linfo_string30:
	.asciz	"long"                          # string offset=325
.Linfo_string31:
	.asciz	"bpf_probe_read_user_str"       # string offset=330
.Linfo_string32:
	.asciz	"bpf_ringbuf_submit"            # string offset=354
.Linfo_string33:
	.asciz	"mode"                          # string offset=373
.Linfo_string34:
	.asciz	"resolve"                       # string offset=378
.Linfo_string35:
	.asciz	"open_how"                      # string offset=386
.Linfo_string36:
	.asciz	"____open_entry"                # string offset=395
.Linfo_string37:
	.asciz	"ctx"                           # string offset=410
.Linfo_string38:
	.asciz	"r15"                           # string offset=414
.Linfo_string39:
	.asciz	"unsigned long"                 # string offset=418
.Linfo_string40:
	.asciz	"r14"                           # string offset=432
.Linfo_string41:
	.asciz	"r13"                           # string offset=436
.Linfo_string42:
	.asciz	"r12"                           # string offset=440
.Linfo_string43:
	.asciz	"bp"                            # string offset=444
.Linfo_string44:
	.asciz	"bx"                            # string offset=447
.Linfo_string45:
	.asciz	"r11"                           # string offset=450
.Linfo_string46:
	.asciz	"r10"                           # string offset=454
.Linfo_string47:
	.asciz	"r9"                            # string offset=458
.Linfo_string48:
	.asciz	"r8"                            # string offset=461
.Linfo_string49:
	.asciz	"ax"                            # string offset=464
.Linfo_string50:
	.asciz	"cx"                            # string offset=467
.Linfo_string51:
	.asciz	"dx"                            # string offset=470
.Linfo_string52:
	.asciz	"si"                            # string offset=473
.Linfo_string53:
	.asciz	"di"                            # string offset=476
.Linfo_string54:
	.asciz	"orig_ax"                       # string offset=479
.Linfo_string55:
	.asciz	"ip"                            # string offset=487
.Linfo_string56:
	.asciz	"cs"                            # string offset=490
.Linfo_string57:
	.asciz	"unsigned short"                # string offset=493
.Linfo_string58:
	.asciz	"__u16"                         # string offset=508
.Linfo_string59:
	.asciz	"u16"                           # string offset=514
.Linfo_string60:
	.asciz	"csx"                           # string offset=518
.Linfo_string61:
	.asciz	"u64"                           # string offset=522
.Linfo_string62:
	.asciz	"fred_cs"                       # string offset=526
.Linfo_string63:
	.asciz	"sl"                            # string offset=534
.Linfo_string64:
	.asciz	"wfe"                           # string offset=537
.Linfo_string65:
	.asciz	"sp"                            # string offset=541
.Linfo_string66:
	.asciz	"ss"                            # string offset=544
.Linfo_string67:
	.asciz	"ssx"                           # string offset=547
.Linfo_string68:
	.asciz	"fred_ss"                       # string offset=551
.Linfo_string69:
	.asciz	"sti"                           # string offset=559
.Linfo_string70:
	.asciz	"swevent"                       # string offset=563
.Linfo_string71:
	.asciz	"nmi"                           # string offset=571
.Linfo_string72:
	.asciz	"vector"                        # string offset=575
.Linfo_string73:
	.asciz	"enclave"                       # string offset=582
.Linfo_string74:
	.asciz	"lm"                            # string offset=590
.Linfo_string75:
	.asciz	"nested"                        # string offset=593
.Linfo_string76:
	.asciz	"insnlen"                       # string offset=600
.Linfo_string77:
	.asciz	"pt_regs"                       # string offset=608
.Linfo_string78:
	.asciz	"how"                           # string offset=616
.Linfo_string79:
	.asciz	"e"                             # string offset=620
.Linfo_string80:
	.asciz	"__r"                           # string offset=622
.Linfo_string81:
	.asciz	"____open_exit"                 # string offset=626
.Linfo_string82:
	.asciz	"DW_ATE_unsigned_32"            # string offset=640
.Linfo_string83:
	.asciz	"DW_ATE_unsigned_64"            # string offset=659
.Linfo_string84:
	.asciz	"open_entry"                    # string offset=678
.Linfo_string85:
	.asciz	"open_exit"                     # string offset=689
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
	.quad	.Ltmp4
	.quad	.Ltmp23
	.quad	.Lfunc_begin1
	.quad	.Ltmp47
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1288
	.long	1288
	.long	1034
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
	.long	45                              # BTF_KIND_STRUCT(id = 10)
	.long	67108885                        # 0x4000015
	.long	168
	.long	53
	.long	11
	.long	0                               # 0x0
	.long	57
	.long	11
	.long	64                              # 0x40
	.long	61
	.long	11
	.long	128                             # 0x80
	.long	65
	.long	11
	.long	192                             # 0xc0
	.long	69
	.long	11
	.long	256                             # 0x100
	.long	72
	.long	11
	.long	320                             # 0x140
	.long	75
	.long	11
	.long	384                             # 0x180
	.long	79
	.long	11
	.long	448                             # 0x1c0
	.long	83
	.long	11
	.long	512                             # 0x200
	.long	86
	.long	11
	.long	576                             # 0x240
	.long	89
	.long	11
	.long	640                             # 0x280
	.long	92
	.long	11
	.long	704                             # 0x2c0
	.long	95
	.long	11
	.long	768                             # 0x300
	.long	98
	.long	11
	.long	832                             # 0x340
	.long	101
	.long	11
	.long	896                             # 0x380
	.long	104
	.long	11
	.long	960                             # 0x3c0
	.long	112
	.long	11
	.long	1024                            # 0x400
	.long	0
	.long	12
	.long	1088                            # 0x440
	.long	115
	.long	11
	.long	1152                            # 0x480
	.long	121
	.long	11
	.long	1216                            # 0x4c0
	.long	0
	.long	20
	.long	1280                            # 0x500
	.long	124                             # BTF_KIND_INT(id = 11)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_UNION(id = 12)
	.long	83886083                        # 0x5000003
	.long	8
	.long	138
	.long	13
	.long	0                               # 0x0
	.long	141
	.long	16
	.long	0                               # 0x0
	.long	145
	.long	19
	.long	0                               # 0x0
	.long	153                             # BTF_KIND_TYPEDEF(id = 13)
	.long	134217728                       # 0x8000000
	.long	14
	.long	157                             # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	15
	.long	163                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	178                             # BTF_KIND_TYPEDEF(id = 16)
	.long	134217728                       # 0x8000000
	.long	17
	.long	182                             # BTF_KIND_TYPEDEF(id = 17)
	.long	134217728                       # 0x8000000
	.long	18
	.long	188                             # BTF_KIND_INT(id = 18)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	145                             # BTF_KIND_STRUCT(id = 19)
	.long	2214592515                      # 0x84000003
	.long	8
	.long	138
	.long	16
	.long	268435456                       # 0x10000000
	.long	207
	.long	16
	.long	33554448                        # 0x2000010
	.long	210
	.long	16
	.long	16777234                        # 0x1000012
	.long	0                               # BTF_KIND_UNION(id = 20)
	.long	83886083                        # 0x5000003
	.long	8
	.long	214
	.long	13
	.long	0                               # 0x0
	.long	217
	.long	16
	.long	0                               # 0x0
	.long	221
	.long	21
	.long	0                               # 0x0
	.long	221                             # BTF_KIND_STRUCT(id = 21)
	.long	2214592522                      # 0x8400000a
	.long	8
	.long	214
	.long	16
	.long	268435456                       # 0x10000000
	.long	229
	.long	16
	.long	16777232                        # 0x1000010
	.long	233
	.long	16
	.long	16777233                        # 0x1000011
	.long	241
	.long	16
	.long	16777234                        # 0x1000012
	.long	245
	.long	16
	.long	134217760                       # 0x8000020
	.long	25
	.long	16
	.long	67108912                        # 0x4000030
	.long	252
	.long	16
	.long	16777272                        # 0x1000038
	.long	260
	.long	16
	.long	16777273                        # 0x1000039
	.long	263
	.long	16
	.long	16777274                        # 0x100003a
	.long	270
	.long	16
	.long	67108924                        # 0x400003c
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 22)
	.long	218103809                       # 0xd000001
	.long	2
	.long	278
	.long	9
	.long	282                             # BTF_KIND_FUNC(id = 23)
	.long	201326593                       # 0xc000001
	.long	22
	.long	558                             # BTF_KIND_STRUCT(id = 24)
	.long	67108867                        # 0x4000003
	.long	24
	.long	115
	.long	17
	.long	0                               # 0x0
	.long	567
	.long	17
	.long	64                              # 0x40
	.long	572
	.long	17
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 25)
	.long	218103809                       # 0xd000001
	.long	2
	.long	278
	.long	9
	.long	752                             # BTF_KIND_FUNC(id = 26)
	.long	201326593                       # 0xc000001
	.long	25
	.long	892                             # BTF_KIND_INT(id = 27)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 28)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	4
	.long	897                             # BTF_KIND_VAR(id = 29)
	.long	234881024                       # 0xe000000
	.long	28
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 30)
	.long	33554432                        # 0x2000000
	.long	31
	.long	0                               # BTF_KIND_CONST(id = 31)
	.long	167772160                       # 0xa000000
	.long	32
	.long	905                             # BTF_KIND_STRUCT(id = 32)
	.long	67108870                        # 0x4000006
	.long	96
	.long	911
	.long	33
	.long	0                               # 0x0
	.long	915
	.long	35
	.long	32                              # 0x20
	.long	115
	.long	17
	.long	64                              # 0x40
	.long	919
	.long	36
	.long	128                             # 0x80
	.long	923
	.long	38
	.long	192                             # 0xc0
	.long	933
	.long	40
	.long	200                             # 0xc8
	.long	942                             # BTF_KIND_TYPEDEF(id = 33)
	.long	134217728                       # 0x8000000
	.long	34
	.long	948                             # BTF_KIND_INT(id = 34)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	961                             # BTF_KIND_TYPEDEF(id = 35)
	.long	134217728                       # 0x8000000
	.long	2
	.long	967                             # BTF_KIND_TYPEDEF(id = 36)
	.long	134217728                       # 0x8000000
	.long	37
	.long	973                             # BTF_KIND_INT(id = 37)
	.long	16777216                        # 0x1000000
	.long	8
	.long	16777280                        # 0x1000040
	.long	983                             # BTF_KIND_TYPEDEF(id = 38)
	.long	134217728                       # 0x8000000
	.long	39
	.long	988                             # BTF_KIND_INT(id = 39)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_ARRAY(id = 40)
	.long	50331648                        # 0x3000000
	.long	0
	.long	27
	.long	4
	.long	64
	.long	1002                            # BTF_KIND_VAR(id = 41)
	.long	234881024                       # 0xe000000
	.long	30
	.long	1
	.long	1015                            # BTF_KIND_DATASEC(id = 42)
	.long	251658241                       # 0xf000001
	.long	0
	.long	41
	.long	unused_event
	.long	8
	.long	1020                            # BTF_KIND_DATASEC(id = 43)
	.long	251658241                       # 0xf000001
	.long	0
	.long	8
	.long	rb
	.long	16
	.long	1026                            # BTF_KIND_DATASEC(id = 44)
	.long	251658241                       # 0xf000001
	.long	0
	.long	29
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
	.ascii	"pt_regs"                       # string offset=45
	.byte	0
	.ascii	"r15"                           # string offset=53
	.byte	0
	.ascii	"r14"                           # string offset=57
	.byte	0
	.ascii	"r13"                           # string offset=61
	.byte	0
	.ascii	"r12"                           # string offset=65
	.byte	0
	.ascii	"bp"                            # string offset=69
	.byte	0
	.ascii	"bx"                            # string offset=72
	.byte	0
	.ascii	"r11"                           # string offset=75
	.byte	0
	.ascii	"r10"                           # string offset=79
	.byte	0
	.ascii	"r9"                            # string offset=83
	.byte	0
	.ascii	"r8"                            # string offset=86
	.byte	0
	.ascii	"ax"                            # string offset=89
	.byte	0
	.ascii	"cx"                            # string offset=92
	.byte	0
	.ascii	"dx"                            # string offset=95
	.byte	0
	.ascii	"si"                            # string offset=98
	.byte	0
	.ascii	"di"                            # string offset=101
	.byte	0
	.ascii	"orig_ax"                       # string offset=104
	.byte	0
	.ascii	"ip"                            # string offset=112
	.byte	0
	.ascii	"flags"                         # string offset=115
	.byte	0
	.ascii	"sp"                            # string offset=121
	.byte	0
	.ascii	"unsigned long"                 # string offset=124
	.byte	0
	.ascii	"cs"                            # string offset=138
	.byte	0
	.ascii	"csx"                           # string offset=141
	.byte	0
	.ascii	"fred_cs"                       # string offset=145
	.byte	0
	.ascii	"u16"                           # string offset=153
	.byte	0
	.ascii	"__u16"                         # string offset=157
	.byte	0
	.ascii	"unsigned short"                # string offset=163
	.byte	0
	.ascii	"u64"                           # string offset=178
	.byte	0
	.ascii	"__u64"                         # string offset=182
	.byte	0
	.ascii	"unsigned long long"            # string offset=188
	.byte	0
	.ascii	"sl"                            # string offset=207
	.byte	0
	.ascii	"wfe"                           # string offset=210
	.byte	0
	.ascii	"ss"                            # string offset=214
	.byte	0
	.ascii	"ssx"                           # string offset=217
	.byte	0
	.ascii	"fred_ss"                       # string offset=221
	.byte	0
	.ascii	"sti"                           # string offset=229
	.byte	0
	.ascii	"swevent"                       # string offset=233
	.byte	0
	.ascii	"nmi"                           # string offset=241
	.byte	0
	.ascii	"vector"                        # string offset=245
	.byte	0
	.ascii	"enclave"                       # string offset=252
	.byte	0
	.ascii	"lm"                            # string offset=260
	.byte	0
	.ascii	"nested"                        # string offset=263
	.byte	0
	.ascii	"insnlen"                       # string offset=270
	.byte	0
	.ascii	"ctx"                           # string offset=278
	.byte	0
	.ascii	"open_entry"                    # string offset=282
	.byte	0
	.ascii	"kprobe/do_sys_openat2"         # string offset=293
	.byte	0
	.ascii	"0:12"                          # string offset=315
	.byte	0
	.ascii	"./src/kprobe_open.c"           # string offset=320
	.byte	0
	.ascii	"int BPF_KPROBE(open_entry, int dfd, const char *filename, struct open_how *how)" # string offset=340
	.byte	0
	.ascii	"0:13"                          # string offset=420
	.byte	0
	.ascii	"0:14"                          # string offset=425
	.byte	0
	.ascii	"\tstruct event *e = bpf_ringbuf_reserve(&rb, sizeof(*e), 0);" # string offset=430
	.byte	0
	.ascii	"\tif (!e)"                     # string offset=490
	.byte	0
	.ascii	"\te->pid = bpf_get_current_pid_tgid() >> 32;" # string offset=499
	.byte	0
	.ascii	"\te->dfd = dfd;"               # string offset=543
	.byte	0
	.ascii	"open_how"                      # string offset=558
	.byte	0
	.ascii	"mode"                          # string offset=567
	.byte	0
	.ascii	"resolve"                       # string offset=572
	.byte	0
	.ascii	"0:0"                           # string offset=580
	.byte	0
	.ascii	"\te->flags = BPF_CORE_READ(how, flags);" # string offset=584
	.byte	0
	.ascii	"\te->is_return = 0;"           # string offset=623
	.byte	0
	.ascii	"\te->ret = 0;"                 # string offset=642
	.byte	0
	.ascii	"\tbpf_probe_read_user_str(e->filename, sizeof(e->filename), filename);" # string offset=655
	.byte	0
	.ascii	"\tbpf_ringbuf_submit(e, 0);"   # string offset=725
	.byte	0
	.ascii	"open_exit"                     # string offset=752
	.byte	0
	.ascii	"kretprobe/do_sys_openat2"      # string offset=762
	.byte	0
	.ascii	"0:10"                          # string offset=787
	.byte	0
	.ascii	"int BPF_KRETPROBE(open_exit, int ret)" # string offset=792
	.byte	0
	.ascii	"\te->is_return = 1;"           # string offset=830
	.byte	0
	.ascii	"\te->dfd = 0;"                 # string offset=849
	.byte	0
	.ascii	"\te->ret = ret;"               # string offset=862
	.byte	0
	.ascii	"\te->flags = 0;"               # string offset=877
	.byte	0
	.ascii	"char"                          # string offset=892
	.byte	0
	.ascii	"LICENSE"                       # string offset=897
	.byte	0
	.ascii	"event"                         # string offset=905
	.byte	0
	.ascii	"pid"                           # string offset=911
	.byte	0
	.ascii	"dfd"                           # string offset=915
	.byte	0
	.ascii	"ret"                           # string offset=919
	.byte	0
	.ascii	"is_return"                     # string offset=923
	.byte	0
	.ascii	"filename"                      # string offset=933
	.byte	0
	.ascii	"__u32"                         # string offset=942
	.byte	0
	.ascii	"unsigned int"                  # string offset=948
	.byte	0
	.ascii	"__s32"                         # string offset=961
	.byte	0
	.ascii	"__s64"                         # string offset=967
	.byte	0
	.ascii	"long long"                     # string offset=973
	.byte	0
	.ascii	"__u8"                          # string offset=983
	.byte	0
	.ascii	"unsigned char"                 # string offset=988
	.byte	0
	.ascii	"unused_event"                  # string offset=1002
	.byte	0
	.ascii	".bss"                          # string offset=1015
	.byte	0
	.ascii	".maps"                         # string offset=1020
	.byte	0
	.ascii	"license"                       # string offset=1026
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
	.long	100
	.long	8                               # FuncInfo
	.long	293                             # FuncInfo section string offset=293
	.long	1
	.long	.Lfunc_begin0
	.long	23
	.long	762                             # FuncInfo section string offset=762
	.long	1
	.long	.Lfunc_begin1
	.long	26
	.long	16                              # LineInfo
	.long	293                             # LineInfo section string offset=293
	.long	16
	.long	.Ltmp1
	.long	320
	.long	340
	.long	26629                           # Line 26 Col 5
	.long	.Ltmp6
	.long	320
	.long	430
	.long	28692                           # Line 28 Col 20
	.long	.Ltmp12
	.long	320
	.long	490
	.long	29702                           # Line 29 Col 6
	.long	.Ltmp15
	.long	320
	.long	499
	.long	31755                           # Line 31 Col 11
	.long	.Ltmp17
	.long	320
	.long	543
	.long	32777                           # Line 32 Col 9
	.long	.Ltmp18
	.long	320
	.long	499
	.long	31782                           # Line 31 Col 38
	.long	.Ltmp19
	.long	320
	.long	499
	.long	31753                           # Line 31 Col 9
	.long	.Ltmp25
	.long	320
	.long	584
	.long	33805                           # Line 33 Col 13
	.long	.Ltmp28
	.long	320
	.long	584
	.long	33805                           # Line 33 Col 13
	.long	.Ltmp31
	.long	320
	.long	623
	.long	35855                           # Line 35 Col 15
	.long	.Ltmp32
	.long	320
	.long	584
	.long	33803                           # Line 33 Col 11
	.long	.Ltmp33
	.long	320
	.long	642
	.long	34825                           # Line 34 Col 9
	.long	.Ltmp34
	.long	320
	.long	655
	.long	36893                           # Line 36 Col 29
	.long	.Ltmp35
	.long	320
	.long	655
	.long	36866                           # Line 36 Col 2
	.long	.Ltmp37
	.long	320
	.long	725
	.long	37890                           # Line 37 Col 2
	.long	.Ltmp40
	.long	320
	.long	340
	.long	26629                           # Line 26 Col 5
	.long	762                             # LineInfo section string offset=762
	.long	13
	.long	.Ltmp44
	.long	320
	.long	792
	.long	43013                           # Line 42 Col 5
	.long	.Ltmp49
	.long	320
	.long	430
	.long	45076                           # Line 44 Col 20
	.long	.Ltmp55
	.long	320
	.long	490
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp58
	.long	320
	.long	499
	.long	48139                           # Line 47 Col 11
	.long	.Ltmp60
	.long	320
	.long	830
	.long	52239                           # Line 51 Col 15
	.long	.Ltmp61
	.long	320
	.long	849
	.long	49161                           # Line 48 Col 9
	.long	.Ltmp62
	.long	320
	.long	862
	.long	51211                           # Line 50 Col 11
	.long	.Ltmp65
	.long	320
	.long	862
	.long	51209                           # Line 50 Col 9
	.long	.Ltmp66
	.long	320
	.long	499
	.long	48166                           # Line 47 Col 38
	.long	.Ltmp67
	.long	320
	.long	499
	.long	48137                           # Line 47 Col 9
	.long	.Ltmp68
	.long	320
	.long	877
	.long	50187                           # Line 49 Col 11
	.long	.Ltmp69
	.long	320
	.long	725
	.long	54274                           # Line 53 Col 2
	.long	.Ltmp72
	.long	320
	.long	792
	.long	43013                           # Line 42 Col 5
	.long	16                              # FieldReloc
	.long	293                             # Field reloc section string offset=293
	.long	4
	.long	.Ltmp0
	.long	10
	.long	315
	.long	0
	.long	.Ltmp2
	.long	10
	.long	420
	.long	0
	.long	.Ltmp3
	.long	10
	.long	425
	.long	0
	.long	.Ltmp20
	.long	24
	.long	580
	.long	0
	.long	762                             # Field reloc section string offset=762
	.long	1
	.long	.Ltmp43
	.long	10
	.long	787
	.long	0
	.addrsig
	.addrsig_sym open_entry
	.addrsig_sym open_exit
	.addrsig_sym LICENSE
	.addrsig_sym rb
	.section	.debug_line,"",@progbits
.Lline_table_start0:
