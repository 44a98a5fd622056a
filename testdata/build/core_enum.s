	.text
	.file	"core_enum.c"
	.file	0 "." "src/core_enum.c" md5 0x31d67e5e59f65a3b036b073b2ee6e28b
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_core_read.h" md5 0x3441d4105e978a1f6a56f472c2d0c17e
	.section	"tracepoint/syscalls/sys_enter_getgid","ax",@progbits
	.globl	enums                           # -- Begin function enums
	.p2align	3
	.type	enums,@function
enums:                                  # @enums
.Lfunc_begin0:
	.loc	0 22 0                          # src/core_enum.c:22:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
.Ltmp0:
	r1 = 1 ll
.Ltmp1:
	.loc	0 26 13 prologue_end            # src/core_enum.c:26:13
.Ltmp2:
.Ltmp3:
	r2 = tgid_value ll
	*(u64 *)(r2 + 0) = r1
.Ltmp4:
	r1 = 130 ll
	.loc	0 27 20                         # src/core_enum.c:27:20
.Ltmp5:
	r2 = ringbuf_output_id ll
	*(u64 *)(r2 + 0) = r1
.Ltmp6:
	r1 = 1 ll
	.loc	0 28 13                         # src/core_enum.c:28:13
.Ltmp7:
	r2 = hash_value ll
	*(u64 *)(r2 + 0) = r1
.Ltmp8:
	r1 = 1 ll
	.loc	0 23 21                         # src/core_enum.c:23:21
.Ltmp9:
	r2 = has_ringbuf_helper ll
	*(u32 *)(r2 + 0) = w1
.Ltmp10:
	r1 = 1 ll
	.loc	0 24 16                         # src/core_enum.c:24:16
.Ltmp11:
	r2 = has_arena_map ll
	*(u32 *)(r2 + 0) = w1
.Ltmp12:
	r1 = 1 ll
	.loc	0 25 14                         # src/core_enum.c:25:14
.Ltmp13:
	r2 = has_made_up ll
	*(u32 *)(r2 + 0) = w1
	.loc	0 29 2                          # src/core_enum.c:29:2
.Ltmp14:
	w0 = 0
	exit
.Ltmp15:
.Ltmp16:
.Lfunc_end0:
	.size	enums, .Lfunc_end0-enums
	.cfi_endproc
                                        # -- End function
	.type	has_ringbuf_helper,@object      # @has_ringbuf_helper
	.section	.bss,"aw",@nobits
	.globl	has_ringbuf_helper
	.p2align	2, 0x0
has_ringbuf_helper:
	.long	0                               # 0x0
	.size	has_ringbuf_helper, 4

	.type	has_arena_map,@object           # @has_arena_map
	.globl	has_arena_map
	.p2align	2, 0x0
has_arena_map:
	.long	0                               # 0x0
	.size	has_arena_map, 4

	.type	has_made_up,@object             # @has_made_up
	.globl	has_made_up
	.p2align	2, 0x0
has_made_up:
	.long	0                               # 0x0
	.size	has_made_up, 4

	.type	tgid_value,@object              # @tgid_value
	.globl	tgid_value
	.p2align	3, 0x0
tgid_value:
	.quad	0                               # 0x0
	.size	tgid_value, 8

	.type	ringbuf_output_id,@object       # @ringbuf_output_id
	.globl	ringbuf_output_id
	.p2align	3, 0x0
ringbuf_output_id:
	.quad	0                               # 0x0
	.size	ringbuf_output_id, 8

	.type	hash_value,@object              # @hash_value
	.globl	hash_value
	.p2align	3, 0x0
hash_value:
	.quad	0                               # 0x0
	.size	hash_value, 8

	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

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
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
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
	.byte	8                               # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	9                               # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
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
	.byte	11                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	38                              # DW_FORM_strx2
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	5                               # DW_FORM_data2
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	38                              # DW_FORM_strx2
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	4                               # DW_TAG_enumeration_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	38                              # DW_FORM_strx2
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
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
	.byte	38                              # DW_FORM_strx2
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
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	38                              # DW_FORM_strx2
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	38                              # DW_FORM_strx2
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
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
	.byte	1                               # Abbrev [1] 0xc:0x45d DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x2e:0xc DW_TAG_array_type
	.long	58                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x33:0x6 DW_TAG_subrange_type
	.long	62                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3a:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x3e:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x42:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x4d:0x8 DW_TAG_typedef
	.long	85                              # DW_AT_type
	.byte	8                               # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x55:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x59:0xb DW_TAG_variable
	.byte	9                               # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	2                               # Abbrev [2] 0x64:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	2                               # Abbrev [2] 0x6f:0xb DW_TAG_variable
	.byte	11                              # DW_AT_name
	.long	122                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	16                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	7                               # Abbrev [7] 0x7a:0x8 DW_TAG_typedef
	.long	130                             # DW_AT_type
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x82:0x4 DW_TAG_base_type
	.byte	12                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	2                               # Abbrev [2] 0x86:0xb DW_TAG_variable
	.byte	14                              # DW_AT_name
	.long	122                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	5
	.byte	2                               # Abbrev [2] 0x91:0xb DW_TAG_variable
	.byte	15                              # DW_AT_name
	.long	122                             # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	6
	.byte	8                               # Abbrev [8] 0x9c:0x2df DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.byte	229                             # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	8662                            # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0xa6:0x3 DW_TAG_enumerator
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xa9:0x3 DW_TAG_enumerator
	.byte	17                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xac:0x3 DW_TAG_enumerator
	.byte	18                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xaf:0x3 DW_TAG_enumerator
	.byte	19                              # DW_AT_name
	.byte	3                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xb2:0x3 DW_TAG_enumerator
	.byte	20                              # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xb5:0x3 DW_TAG_enumerator
	.byte	21                              # DW_AT_name
	.byte	5                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xb8:0x3 DW_TAG_enumerator
	.byte	22                              # DW_AT_name
	.byte	6                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xbb:0x3 DW_TAG_enumerator
	.byte	23                              # DW_AT_name
	.byte	7                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xbe:0x3 DW_TAG_enumerator
	.byte	24                              # DW_AT_name
	.byte	8                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xc1:0x3 DW_TAG_enumerator
	.byte	25                              # DW_AT_name
	.byte	9                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xc4:0x3 DW_TAG_enumerator
	.byte	26                              # DW_AT_name
	.byte	10                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xc7:0x3 DW_TAG_enumerator
	.byte	27                              # DW_AT_name
	.byte	11                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xca:0x3 DW_TAG_enumerator
	.byte	28                              # DW_AT_name
	.byte	12                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xcd:0x3 DW_TAG_enumerator
	.byte	29                              # DW_AT_name
	.byte	13                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xd0:0x3 DW_TAG_enumerator
	.byte	30                              # DW_AT_name
	.byte	14                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xd3:0x3 DW_TAG_enumerator
	.byte	31                              # DW_AT_name
	.byte	15                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xd6:0x3 DW_TAG_enumerator
	.byte	32                              # DW_AT_name
	.byte	16                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xd9:0x3 DW_TAG_enumerator
	.byte	33                              # DW_AT_name
	.byte	17                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xdc:0x3 DW_TAG_enumerator
	.byte	34                              # DW_AT_name
	.byte	18                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xdf:0x3 DW_TAG_enumerator
	.byte	35                              # DW_AT_name
	.byte	19                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xe2:0x3 DW_TAG_enumerator
	.byte	36                              # DW_AT_name
	.byte	20                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xe5:0x3 DW_TAG_enumerator
	.byte	37                              # DW_AT_name
	.byte	21                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xe8:0x3 DW_TAG_enumerator
	.byte	38                              # DW_AT_name
	.byte	22                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xeb:0x3 DW_TAG_enumerator
	.byte	39                              # DW_AT_name
	.byte	23                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xee:0x3 DW_TAG_enumerator
	.byte	40                              # DW_AT_name
	.byte	24                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xf1:0x3 DW_TAG_enumerator
	.byte	41                              # DW_AT_name
	.byte	25                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xf4:0x3 DW_TAG_enumerator
	.byte	42                              # DW_AT_name
	.byte	26                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xf7:0x3 DW_TAG_enumerator
	.byte	43                              # DW_AT_name
	.byte	27                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xfa:0x3 DW_TAG_enumerator
	.byte	44                              # DW_AT_name
	.byte	28                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xfd:0x3 DW_TAG_enumerator
	.byte	45                              # DW_AT_name
	.byte	29                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x100:0x3 DW_TAG_enumerator
	.byte	46                              # DW_AT_name
	.byte	30                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x103:0x3 DW_TAG_enumerator
	.byte	47                              # DW_AT_name
	.byte	31                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x106:0x3 DW_TAG_enumerator
	.byte	48                              # DW_AT_name
	.byte	32                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x109:0x3 DW_TAG_enumerator
	.byte	49                              # DW_AT_name
	.byte	33                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x10c:0x3 DW_TAG_enumerator
	.byte	50                              # DW_AT_name
	.byte	34                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x10f:0x3 DW_TAG_enumerator
	.byte	51                              # DW_AT_name
	.byte	35                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x112:0x3 DW_TAG_enumerator
	.byte	52                              # DW_AT_name
	.byte	36                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x115:0x3 DW_TAG_enumerator
	.byte	53                              # DW_AT_name
	.byte	37                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x118:0x3 DW_TAG_enumerator
	.byte	54                              # DW_AT_name
	.byte	38                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x11b:0x3 DW_TAG_enumerator
	.byte	55                              # DW_AT_name
	.byte	39                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x11e:0x3 DW_TAG_enumerator
	.byte	56                              # DW_AT_name
	.byte	40                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x121:0x3 DW_TAG_enumerator
	.byte	57                              # DW_AT_name
	.byte	41                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x124:0x3 DW_TAG_enumerator
	.byte	58                              # DW_AT_name
	.byte	42                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x127:0x3 DW_TAG_enumerator
	.byte	59                              # DW_AT_name
	.byte	43                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x12a:0x3 DW_TAG_enumerator
	.byte	60                              # DW_AT_name
	.byte	44                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x12d:0x3 DW_TAG_enumerator
	.byte	61                              # DW_AT_name
	.byte	45                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x130:0x3 DW_TAG_enumerator
	.byte	62                              # DW_AT_name
	.byte	46                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x133:0x3 DW_TAG_enumerator
	.byte	63                              # DW_AT_name
	.byte	47                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x136:0x3 DW_TAG_enumerator
	.byte	64                              # DW_AT_name
	.byte	48                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x139:0x3 DW_TAG_enumerator
	.byte	65                              # DW_AT_name
	.byte	49                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x13c:0x3 DW_TAG_enumerator
	.byte	66                              # DW_AT_name
	.byte	50                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x13f:0x3 DW_TAG_enumerator
	.byte	67                              # DW_AT_name
	.byte	51                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x142:0x3 DW_TAG_enumerator
	.byte	68                              # DW_AT_name
	.byte	52                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x145:0x3 DW_TAG_enumerator
	.byte	69                              # DW_AT_name
	.byte	53                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x148:0x3 DW_TAG_enumerator
	.byte	70                              # DW_AT_name
	.byte	54                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x14b:0x3 DW_TAG_enumerator
	.byte	71                              # DW_AT_name
	.byte	55                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x14e:0x3 DW_TAG_enumerator
	.byte	72                              # DW_AT_name
	.byte	56                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x151:0x3 DW_TAG_enumerator
	.byte	73                              # DW_AT_name
	.byte	57                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x154:0x3 DW_TAG_enumerator
	.byte	74                              # DW_AT_name
	.byte	58                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x157:0x3 DW_TAG_enumerator
	.byte	75                              # DW_AT_name
	.byte	59                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x15a:0x3 DW_TAG_enumerator
	.byte	76                              # DW_AT_name
	.byte	60                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x15d:0x3 DW_TAG_enumerator
	.byte	77                              # DW_AT_name
	.byte	61                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x160:0x3 DW_TAG_enumerator
	.byte	78                              # DW_AT_name
	.byte	62                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x163:0x3 DW_TAG_enumerator
	.byte	79                              # DW_AT_name
	.byte	63                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x166:0x3 DW_TAG_enumerator
	.byte	80                              # DW_AT_name
	.byte	64                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x169:0x3 DW_TAG_enumerator
	.byte	81                              # DW_AT_name
	.byte	65                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x16c:0x3 DW_TAG_enumerator
	.byte	82                              # DW_AT_name
	.byte	66                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x16f:0x3 DW_TAG_enumerator
	.byte	83                              # DW_AT_name
	.byte	67                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x172:0x3 DW_TAG_enumerator
	.byte	84                              # DW_AT_name
	.byte	68                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x175:0x3 DW_TAG_enumerator
	.byte	85                              # DW_AT_name
	.byte	69                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x178:0x3 DW_TAG_enumerator
	.byte	86                              # DW_AT_name
	.byte	70                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x17b:0x3 DW_TAG_enumerator
	.byte	87                              # DW_AT_name
	.byte	71                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x17e:0x3 DW_TAG_enumerator
	.byte	88                              # DW_AT_name
	.byte	72                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x181:0x3 DW_TAG_enumerator
	.byte	89                              # DW_AT_name
	.byte	73                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x184:0x3 DW_TAG_enumerator
	.byte	90                              # DW_AT_name
	.byte	74                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x187:0x3 DW_TAG_enumerator
	.byte	91                              # DW_AT_name
	.byte	75                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x18a:0x3 DW_TAG_enumerator
	.byte	92                              # DW_AT_name
	.byte	76                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x18d:0x3 DW_TAG_enumerator
	.byte	93                              # DW_AT_name
	.byte	77                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x190:0x3 DW_TAG_enumerator
	.byte	94                              # DW_AT_name
	.byte	78                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x193:0x3 DW_TAG_enumerator
	.byte	95                              # DW_AT_name
	.byte	79                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x196:0x3 DW_TAG_enumerator
	.byte	96                              # DW_AT_name
	.byte	80                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x199:0x3 DW_TAG_enumerator
	.byte	97                              # DW_AT_name
	.byte	81                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x19c:0x3 DW_TAG_enumerator
	.byte	98                              # DW_AT_name
	.byte	82                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x19f:0x3 DW_TAG_enumerator
	.byte	99                              # DW_AT_name
	.byte	83                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1a2:0x3 DW_TAG_enumerator
	.byte	100                             # DW_AT_name
	.byte	84                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1a5:0x3 DW_TAG_enumerator
	.byte	101                             # DW_AT_name
	.byte	85                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1a8:0x3 DW_TAG_enumerator
	.byte	102                             # DW_AT_name
	.byte	86                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ab:0x3 DW_TAG_enumerator
	.byte	103                             # DW_AT_name
	.byte	87                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ae:0x3 DW_TAG_enumerator
	.byte	104                             # DW_AT_name
	.byte	88                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1b1:0x3 DW_TAG_enumerator
	.byte	105                             # DW_AT_name
	.byte	89                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1b4:0x3 DW_TAG_enumerator
	.byte	106                             # DW_AT_name
	.byte	90                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1b7:0x3 DW_TAG_enumerator
	.byte	107                             # DW_AT_name
	.byte	91                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ba:0x3 DW_TAG_enumerator
	.byte	108                             # DW_AT_name
	.byte	92                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1bd:0x3 DW_TAG_enumerator
	.byte	109                             # DW_AT_name
	.byte	93                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1c0:0x3 DW_TAG_enumerator
	.byte	110                             # DW_AT_name
	.byte	94                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1c3:0x3 DW_TAG_enumerator
	.byte	111                             # DW_AT_name
	.byte	95                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1c6:0x3 DW_TAG_enumerator
	.byte	112                             # DW_AT_name
	.byte	96                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1c9:0x3 DW_TAG_enumerator
	.byte	113                             # DW_AT_name
	.byte	97                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1cc:0x3 DW_TAG_enumerator
	.byte	114                             # DW_AT_name
	.byte	98                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1cf:0x3 DW_TAG_enumerator
	.byte	115                             # DW_AT_name
	.byte	99                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1d2:0x3 DW_TAG_enumerator
	.byte	116                             # DW_AT_name
	.byte	100                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1d5:0x3 DW_TAG_enumerator
	.byte	117                             # DW_AT_name
	.byte	101                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1d8:0x3 DW_TAG_enumerator
	.byte	118                             # DW_AT_name
	.byte	102                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1db:0x3 DW_TAG_enumerator
	.byte	119                             # DW_AT_name
	.byte	103                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1de:0x3 DW_TAG_enumerator
	.byte	120                             # DW_AT_name
	.byte	104                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1e1:0x3 DW_TAG_enumerator
	.byte	121                             # DW_AT_name
	.byte	105                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1e4:0x3 DW_TAG_enumerator
	.byte	122                             # DW_AT_name
	.byte	106                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1e7:0x3 DW_TAG_enumerator
	.byte	123                             # DW_AT_name
	.byte	107                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ea:0x3 DW_TAG_enumerator
	.byte	124                             # DW_AT_name
	.byte	108                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ed:0x3 DW_TAG_enumerator
	.byte	125                             # DW_AT_name
	.byte	109                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1f0:0x3 DW_TAG_enumerator
	.byte	126                             # DW_AT_name
	.byte	110                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1f3:0x3 DW_TAG_enumerator
	.byte	127                             # DW_AT_name
	.byte	111                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1f6:0x3 DW_TAG_enumerator
	.byte	128                             # DW_AT_name
	.byte	112                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1f9:0x3 DW_TAG_enumerator
	.byte	129                             # DW_AT_name
	.byte	113                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1fc:0x3 DW_TAG_enumerator
	.byte	130                             # DW_AT_name
	.byte	114                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x1ff:0x3 DW_TAG_enumerator
	.byte	131                             # DW_AT_name
	.byte	115                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x202:0x3 DW_TAG_enumerator
	.byte	132                             # DW_AT_name
	.byte	116                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x205:0x3 DW_TAG_enumerator
	.byte	133                             # DW_AT_name
	.byte	117                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x208:0x3 DW_TAG_enumerator
	.byte	134                             # DW_AT_name
	.byte	118                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x20b:0x3 DW_TAG_enumerator
	.byte	135                             # DW_AT_name
	.byte	119                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x20e:0x3 DW_TAG_enumerator
	.byte	136                             # DW_AT_name
	.byte	120                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x211:0x3 DW_TAG_enumerator
	.byte	137                             # DW_AT_name
	.byte	121                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x214:0x3 DW_TAG_enumerator
	.byte	138                             # DW_AT_name
	.byte	122                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x217:0x3 DW_TAG_enumerator
	.byte	139                             # DW_AT_name
	.byte	123                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x21a:0x3 DW_TAG_enumerator
	.byte	140                             # DW_AT_name
	.byte	124                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x21d:0x3 DW_TAG_enumerator
	.byte	141                             # DW_AT_name
	.byte	125                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x220:0x3 DW_TAG_enumerator
	.byte	142                             # DW_AT_name
	.byte	126                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x223:0x3 DW_TAG_enumerator
	.byte	143                             # DW_AT_name
	.byte	127                             # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x226:0x4 DW_TAG_enumerator
	.byte	144                             # DW_AT_name
	.ascii	"\200\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x22a:0x4 DW_TAG_enumerator
	.byte	145                             # DW_AT_name
	.ascii	"\201\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x22e:0x4 DW_TAG_enumerator
	.byte	146                             # DW_AT_name
	.ascii	"\202\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x232:0x4 DW_TAG_enumerator
	.byte	147                             # DW_AT_name
	.ascii	"\203\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x236:0x4 DW_TAG_enumerator
	.byte	148                             # DW_AT_name
	.ascii	"\204\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x23a:0x4 DW_TAG_enumerator
	.byte	149                             # DW_AT_name
	.ascii	"\205\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x23e:0x4 DW_TAG_enumerator
	.byte	150                             # DW_AT_name
	.ascii	"\206\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x242:0x4 DW_TAG_enumerator
	.byte	151                             # DW_AT_name
	.ascii	"\207\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x246:0x4 DW_TAG_enumerator
	.byte	152                             # DW_AT_name
	.ascii	"\210\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x24a:0x4 DW_TAG_enumerator
	.byte	153                             # DW_AT_name
	.ascii	"\211\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x24e:0x4 DW_TAG_enumerator
	.byte	154                             # DW_AT_name
	.ascii	"\212\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x252:0x4 DW_TAG_enumerator
	.byte	155                             # DW_AT_name
	.ascii	"\213\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x256:0x4 DW_TAG_enumerator
	.byte	156                             # DW_AT_name
	.ascii	"\214\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x25a:0x4 DW_TAG_enumerator
	.byte	157                             # DW_AT_name
	.ascii	"\215\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x25e:0x4 DW_TAG_enumerator
	.byte	158                             # DW_AT_name
	.ascii	"\216\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x262:0x4 DW_TAG_enumerator
	.byte	159                             # DW_AT_name
	.ascii	"\217\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x266:0x4 DW_TAG_enumerator
	.byte	160                             # DW_AT_name
	.ascii	"\220\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x26a:0x4 DW_TAG_enumerator
	.byte	161                             # DW_AT_name
	.ascii	"\221\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x26e:0x4 DW_TAG_enumerator
	.byte	162                             # DW_AT_name
	.ascii	"\222\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x272:0x4 DW_TAG_enumerator
	.byte	163                             # DW_AT_name
	.ascii	"\223\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x276:0x4 DW_TAG_enumerator
	.byte	164                             # DW_AT_name
	.ascii	"\224\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x27a:0x4 DW_TAG_enumerator
	.byte	165                             # DW_AT_name
	.ascii	"\225\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x27e:0x4 DW_TAG_enumerator
	.byte	166                             # DW_AT_name
	.ascii	"\226\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x282:0x4 DW_TAG_enumerator
	.byte	167                             # DW_AT_name
	.ascii	"\227\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x286:0x4 DW_TAG_enumerator
	.byte	168                             # DW_AT_name
	.ascii	"\230\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x28a:0x4 DW_TAG_enumerator
	.byte	169                             # DW_AT_name
	.ascii	"\231\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x28e:0x4 DW_TAG_enumerator
	.byte	170                             # DW_AT_name
	.ascii	"\232\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x292:0x4 DW_TAG_enumerator
	.byte	171                             # DW_AT_name
	.ascii	"\233\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x296:0x4 DW_TAG_enumerator
	.byte	172                             # DW_AT_name
	.ascii	"\234\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x29a:0x4 DW_TAG_enumerator
	.byte	173                             # DW_AT_name
	.ascii	"\235\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x29e:0x4 DW_TAG_enumerator
	.byte	174                             # DW_AT_name
	.ascii	"\236\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2a2:0x4 DW_TAG_enumerator
	.byte	175                             # DW_AT_name
	.ascii	"\237\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2a6:0x4 DW_TAG_enumerator
	.byte	176                             # DW_AT_name
	.ascii	"\240\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2aa:0x4 DW_TAG_enumerator
	.byte	177                             # DW_AT_name
	.ascii	"\241\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ae:0x4 DW_TAG_enumerator
	.byte	178                             # DW_AT_name
	.ascii	"\242\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2b2:0x4 DW_TAG_enumerator
	.byte	179                             # DW_AT_name
	.ascii	"\243\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2b6:0x4 DW_TAG_enumerator
	.byte	180                             # DW_AT_name
	.ascii	"\244\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ba:0x4 DW_TAG_enumerator
	.byte	181                             # DW_AT_name
	.ascii	"\245\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2be:0x4 DW_TAG_enumerator
	.byte	182                             # DW_AT_name
	.ascii	"\246\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2c2:0x4 DW_TAG_enumerator
	.byte	183                             # DW_AT_name
	.ascii	"\247\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2c6:0x4 DW_TAG_enumerator
	.byte	184                             # DW_AT_name
	.ascii	"\250\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ca:0x4 DW_TAG_enumerator
	.byte	185                             # DW_AT_name
	.ascii	"\251\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ce:0x4 DW_TAG_enumerator
	.byte	186                             # DW_AT_name
	.ascii	"\252\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2d2:0x4 DW_TAG_enumerator
	.byte	187                             # DW_AT_name
	.ascii	"\253\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2d6:0x4 DW_TAG_enumerator
	.byte	188                             # DW_AT_name
	.ascii	"\254\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2da:0x4 DW_TAG_enumerator
	.byte	189                             # DW_AT_name
	.ascii	"\255\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2de:0x4 DW_TAG_enumerator
	.byte	190                             # DW_AT_name
	.ascii	"\256\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2e2:0x4 DW_TAG_enumerator
	.byte	191                             # DW_AT_name
	.ascii	"\257\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2e6:0x4 DW_TAG_enumerator
	.byte	192                             # DW_AT_name
	.ascii	"\260\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ea:0x4 DW_TAG_enumerator
	.byte	193                             # DW_AT_name
	.ascii	"\261\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2ee:0x4 DW_TAG_enumerator
	.byte	194                             # DW_AT_name
	.ascii	"\262\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2f2:0x4 DW_TAG_enumerator
	.byte	195                             # DW_AT_name
	.ascii	"\263\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2f6:0x4 DW_TAG_enumerator
	.byte	196                             # DW_AT_name
	.ascii	"\264\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2fa:0x4 DW_TAG_enumerator
	.byte	197                             # DW_AT_name
	.ascii	"\265\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x2fe:0x4 DW_TAG_enumerator
	.byte	198                             # DW_AT_name
	.ascii	"\266\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x302:0x4 DW_TAG_enumerator
	.byte	199                             # DW_AT_name
	.ascii	"\267\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x306:0x4 DW_TAG_enumerator
	.byte	200                             # DW_AT_name
	.ascii	"\270\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x30a:0x4 DW_TAG_enumerator
	.byte	201                             # DW_AT_name
	.ascii	"\271\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x30e:0x4 DW_TAG_enumerator
	.byte	202                             # DW_AT_name
	.ascii	"\272\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x312:0x4 DW_TAG_enumerator
	.byte	203                             # DW_AT_name
	.ascii	"\273\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x316:0x4 DW_TAG_enumerator
	.byte	204                             # DW_AT_name
	.ascii	"\274\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x31a:0x4 DW_TAG_enumerator
	.byte	205                             # DW_AT_name
	.ascii	"\275\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x31e:0x4 DW_TAG_enumerator
	.byte	206                             # DW_AT_name
	.ascii	"\276\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x322:0x4 DW_TAG_enumerator
	.byte	207                             # DW_AT_name
	.ascii	"\277\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x326:0x4 DW_TAG_enumerator
	.byte	208                             # DW_AT_name
	.ascii	"\300\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x32a:0x4 DW_TAG_enumerator
	.byte	209                             # DW_AT_name
	.ascii	"\301\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x32e:0x4 DW_TAG_enumerator
	.byte	210                             # DW_AT_name
	.ascii	"\302\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x332:0x4 DW_TAG_enumerator
	.byte	211                             # DW_AT_name
	.ascii	"\303\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x336:0x4 DW_TAG_enumerator
	.byte	212                             # DW_AT_name
	.ascii	"\304\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x33a:0x4 DW_TAG_enumerator
	.byte	213                             # DW_AT_name
	.ascii	"\305\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x33e:0x4 DW_TAG_enumerator
	.byte	214                             # DW_AT_name
	.ascii	"\306\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x342:0x4 DW_TAG_enumerator
	.byte	215                             # DW_AT_name
	.ascii	"\307\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x346:0x4 DW_TAG_enumerator
	.byte	216                             # DW_AT_name
	.ascii	"\310\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x34a:0x4 DW_TAG_enumerator
	.byte	217                             # DW_AT_name
	.ascii	"\311\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x34e:0x4 DW_TAG_enumerator
	.byte	218                             # DW_AT_name
	.ascii	"\312\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x352:0x4 DW_TAG_enumerator
	.byte	219                             # DW_AT_name
	.ascii	"\313\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x356:0x4 DW_TAG_enumerator
	.byte	220                             # DW_AT_name
	.ascii	"\314\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x35a:0x4 DW_TAG_enumerator
	.byte	221                             # DW_AT_name
	.ascii	"\315\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x35e:0x4 DW_TAG_enumerator
	.byte	222                             # DW_AT_name
	.ascii	"\316\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x362:0x4 DW_TAG_enumerator
	.byte	223                             # DW_AT_name
	.ascii	"\317\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x366:0x4 DW_TAG_enumerator
	.byte	224                             # DW_AT_name
	.ascii	"\320\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x36a:0x4 DW_TAG_enumerator
	.byte	225                             # DW_AT_name
	.ascii	"\321\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x36e:0x4 DW_TAG_enumerator
	.byte	226                             # DW_AT_name
	.ascii	"\322\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x372:0x4 DW_TAG_enumerator
	.byte	227                             # DW_AT_name
	.ascii	"\323\001"                      # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x376:0x4 DW_TAG_enumerator
	.byte	228                             # DW_AT_name
	.ascii	"\324\001"                      # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x37b:0x10 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.byte	232                             # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x384:0x3 DW_TAG_enumerator
	.byte	230                             # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x387:0x3 DW_TAG_enumerator
	.byte	231                             # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x38b:0x89 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.short	270                             # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	8221                            # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x396:0x3 DW_TAG_enumerator
	.byte	233                             # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x399:0x3 DW_TAG_enumerator
	.byte	234                             # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x39c:0x3 DW_TAG_enumerator
	.byte	235                             # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x39f:0x3 DW_TAG_enumerator
	.byte	236                             # DW_AT_name
	.byte	3                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3a2:0x3 DW_TAG_enumerator
	.byte	237                             # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3a5:0x3 DW_TAG_enumerator
	.byte	238                             # DW_AT_name
	.byte	5                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3a8:0x3 DW_TAG_enumerator
	.byte	239                             # DW_AT_name
	.byte	6                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3ab:0x3 DW_TAG_enumerator
	.byte	240                             # DW_AT_name
	.byte	7                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3ae:0x3 DW_TAG_enumerator
	.byte	241                             # DW_AT_name
	.byte	8                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3b1:0x3 DW_TAG_enumerator
	.byte	242                             # DW_AT_name
	.byte	9                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3b4:0x3 DW_TAG_enumerator
	.byte	243                             # DW_AT_name
	.byte	10                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3b7:0x3 DW_TAG_enumerator
	.byte	244                             # DW_AT_name
	.byte	11                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3ba:0x3 DW_TAG_enumerator
	.byte	245                             # DW_AT_name
	.byte	12                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3bd:0x3 DW_TAG_enumerator
	.byte	246                             # DW_AT_name
	.byte	13                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3c0:0x3 DW_TAG_enumerator
	.byte	247                             # DW_AT_name
	.byte	14                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3c3:0x3 DW_TAG_enumerator
	.byte	248                             # DW_AT_name
	.byte	15                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3c6:0x3 DW_TAG_enumerator
	.byte	249                             # DW_AT_name
	.byte	16                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3c9:0x3 DW_TAG_enumerator
	.byte	250                             # DW_AT_name
	.byte	17                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3cc:0x3 DW_TAG_enumerator
	.byte	251                             # DW_AT_name
	.byte	18                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3cf:0x3 DW_TAG_enumerator
	.byte	252                             # DW_AT_name
	.byte	19                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3d2:0x3 DW_TAG_enumerator
	.byte	253                             # DW_AT_name
	.byte	19                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3d5:0x3 DW_TAG_enumerator
	.byte	254                             # DW_AT_name
	.byte	20                              # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x3d8:0x3 DW_TAG_enumerator
	.byte	255                             # DW_AT_name
	.byte	21                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3db:0x4 DW_TAG_enumerator
	.short	256                             # DW_AT_name
	.byte	21                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3df:0x4 DW_TAG_enumerator
	.short	257                             # DW_AT_name
	.byte	22                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3e3:0x4 DW_TAG_enumerator
	.short	258                             # DW_AT_name
	.byte	23                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3e7:0x4 DW_TAG_enumerator
	.short	259                             # DW_AT_name
	.byte	24                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3eb:0x4 DW_TAG_enumerator
	.short	260                             # DW_AT_name
	.byte	25                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3ef:0x4 DW_TAG_enumerator
	.short	261                             # DW_AT_name
	.byte	26                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3f3:0x4 DW_TAG_enumerator
	.short	262                             # DW_AT_name
	.byte	27                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3f7:0x4 DW_TAG_enumerator
	.short	263                             # DW_AT_name
	.byte	28                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3fb:0x4 DW_TAG_enumerator
	.short	264                             # DW_AT_name
	.byte	29                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x3ff:0x4 DW_TAG_enumerator
	.short	265                             # DW_AT_name
	.byte	30                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x403:0x4 DW_TAG_enumerator
	.short	266                             # DW_AT_name
	.byte	31                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x407:0x4 DW_TAG_enumerator
	.short	267                             # DW_AT_name
	.byte	32                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x40b:0x4 DW_TAG_enumerator
	.short	268                             # DW_AT_name
	.byte	33                              # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x40f:0x4 DW_TAG_enumerator
	.short	269                             # DW_AT_name
	.byte	34                              # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	13                              # Abbrev [13] 0x414:0x14 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.short	273                             # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x41e:0x4 DW_TAG_enumerator
	.short	271                             # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x422:0x5 DW_TAG_enumerator
	.short	272                             # DW_AT_name
	.ascii	"\347\007"                      # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x428:0x20 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.short	279                             # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	2522                            # DW_AT_decl_line
	.byte	12                              # Abbrev [12] 0x433:0x4 DW_TAG_enumerator
	.short	274                             # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x437:0x4 DW_TAG_enumerator
	.short	275                             # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x43b:0x4 DW_TAG_enumerator
	.short	276                             # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x43f:0x4 DW_TAG_enumerator
	.short	277                             # DW_AT_name
	.byte	3                               # DW_AT_const_value
	.byte	12                              # Abbrev [12] 0x443:0x4 DW_TAG_enumerator
	.short	278                             # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x448:0x1a DW_TAG_subprogram
	.byte	7                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.short	280                             # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	1122                            # DW_AT_type
                                        # DW_AT_external
	.byte	15                              # Abbrev [15] 0x458:0x9 DW_TAG_formal_parameter
	.short	282                             # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.long	1127                            # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0x462:0x5 DW_TAG_base_type
	.short	281                             # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	17                              # Abbrev [17] 0x467:0x1 DW_TAG_pointer_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	1136                            # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/core_enum.c"               # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=56
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=58
.Linfo_string4:
	.asciz	"char"                          # string offset=66
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=71
.Linfo_string6:
	.asciz	"has_ringbuf_helper"            # string offset=91
.Linfo_string7:
	.asciz	"unsigned int"                  # string offset=110
.Linfo_string8:
	.asciz	"__u32"                         # string offset=123
.Linfo_string9:
	.asciz	"has_arena_map"                 # string offset=129
.Linfo_string10:
	.asciz	"has_made_up"                   # string offset=143
.Linfo_string11:
	.asciz	"tgid_value"                    # string offset=155
.Linfo_string12:
	.asciz	"unsigned long long"            # string offset=166
.Linfo_string13:
	.asciz	"__u64"                         # string offset=185
.Linfo_string14:
	.asciz	"ringbuf_output_id"             # string offset=191
.Linfo_string15:
	.asciz	"hash_value"                    # string offset=209
.Linfo_string16:
	.asciz	"BPF_FUNC_unspec"               # string offset=220
.Linfo_string17:
	.asciz	"BPF_FUNC_map_lookup_elem"      # string offset=236
.Linfo_string18:
	.asciz	"BPF_FUNC_map_update_elem"      # string offset=261
.Linfo_string19:
	.asciz	"BPF_FUNC_map_delete_elem"      # string offset=286
.Linfo_string20:
	.asciz	"BPF_FUNC_probe_read"           # string offset=311
.Linfo_string21:
	.asciz	"BPF_FUNC_ktime_get_ns"         # string offset=331
.Linfo_string22:
	.asciz	"BPF_FUNC_trace_printk"         # string offset=353
.Linfo_string23:
	.asciz	"BPF_FUNC_get_prandom_u32"      # string offset=375
.Linfo_string24:
	.asciz	"BPF_FUNC_get_smp_processor_id" # string offset=400
.Linfo_string25:
	.asciz	"BPF_FUNC_skb_store_bytes"      # string offset=430
.Linfo_string26:
	.asciz	"BPF_FUNC_l3_csum_replace"      # string offset=455
.Linfo_string27:
	.asciz	"BPF_FUNC_l4_csum_replace"      # string offset=480
.Linfo_string28:
	.asciz	"BPF_FUNC_tail_call"            # string offset=505
.Linfo_string29:
	.asciz	"BPF_FUNC_clone_redirect"       # string offset=524
.Linfo_string30:
	.asciz	"BPF_FUNC_get_current_pid_tgid" # string offset=548
.Linfo_string31:
	.asciz	"BPF_FUNC_get_current_uid_gid"  # string offset=578
.Linfo_string32:
	.asciz	"BPF_FUNC_get_current_comm"     # string offset=607
.Linfo_string33:
	.asciz	"BPF_FUNC_get_cgroup_classid"   # string offset=633
.Linfo_string34:
	.asciz	"BPF_FUNC_skb_vlan_push"        # string offset=661
.Linfo_string35:
	.asciz	"BPF_FUNC_skb_vlan_pop"         # string offset=684
.Linfo_string36:
	.asciz	"BPF_FUNC_skb_get_tunnel_key"   # string offset=706
.Linfo_string37:
	.asciz	"BPF_FUNC_skb_set_tunnel_key"   # string offset=734
.Linfo_string38:
	.asciz	"BPF_FUNC_perf_event_read"      # string offset=762
.Linfo_string39:
	.asciz	"BPF_FUNC_redirect"             # string offset=787
.Linfo_string40:
	.asciz	"BPF_FUNC_get_route_realm"      # string offset=805
.Linfo_string41:
	.asciz	"BPF_FUNC_perf_event_output"    # string offset=830
.Linfo_string42:
	.asciz	"BPF_FUNC_skb_load_bytes"       # string offset=857
.Linfo_string43:
	.asciz	"BPF_FUNC_get_stackid"          # string offset=881
.Linfo_string44:
	.asciz	"BPF_FUNC_csum_diff"            # string offset=902
.Linfo_string45:
	.asciz	"BPF_FUNC_skb_get_tunnel_opt"   # string offset=921
.Linfo_string46:
	.asciz	"BPF_FUNC_skb_set_tunnel_opt"   # string offset=949
.Linfo_string47:
	.asciz	"BPF_FUNC_skb_change_proto"     # string offset=977
.Linfo_string48:
	.asciz	"BPF_FUNC_skb_change_type"      # string offset=1003
.Linfo_string49:
	.asciz	"BPF_FUNC_skb_under_cgroup"     # string offset=1028
.Linfo_string50:
	.asciz	"BPF_FUNC_get_hash_recalc"      # string offset=1054
.Linfo_string51:
	.asciz	"BPF_FUNC_get_current_task"     # string offset=1079
.Linfo_string52:
	.asciz	"BPF_FUNC_probe_write_user"     # string offset=1105
.Linfo_string53:
	.asciz	"BPF_FUNC_current_task_under_cgroup" # string offset=1131
.Linfo_string54:
	.asciz	"BPF_FUNC_skb_change_tail"      # string offset=1166
.Linfo_string55:
	.asciz	"BPF_FUNC_skb_pull_data"        # string offset=1191
.Linfo_string56:
	.asciz	"BPF_FUNC_csum_update"          # string offset=1214
.Linfo_string57:
	.asciz	"BPF_FUNC_set_hash_invalid"     # string offset=1235
.Linfo_string58:
	.asciz	"BPF_FUNC_get_numa_node_id"     # string offset=1261
.Linfo_string59:
	.asciz	"BPF_FUNC_skb_change_head"      # string offset=1287
.Linfo_string60:
	.asciz	"BPF_FUNC_xdp_adjust_head"      # string offset=1312
.Linfo_string61:
	.asciz	"BPF_FUNC_probe_read_str"       # string offset=1337
.Linfo_string62:
	.asciz	"BPF_FUNC_get_socket_cookie"    # string offset=1361
.Linfo_string63:
	.asciz	"BPF_FUNC_get_socket_uid"       # string offset=1388
.Linfo_string64:
	.asciz	"BPF_FUNC_set_hash"             # string offset=1412
.Linfo_string65:
	.asciz	"BPF_FUNC_setsockopt"           # string offset=1430
.Linfo_string66:
	.asciz	"BPF_FUNC_skb_adjust_room"      # string offset=1450
.Linfo_string67:
	.asciz	"BPF_FUNC_redirect_map"         # string offset=1475
.Linfo_string68:
	.asciz	"BPF_FUNC_sk_redirect_map"      # string offset=1497
.Linfo_string69:
	.asciz	"BPF_FUNC_sock_map_update"      # string offset=1522
.Linfo_string70:
	.asciz	"BPF_FUNC_xdp_adjust_meta"      # string offset=1547
.Linfo_string71:
	.asciz	"BPF_FUNC_perf_event_read_value" # string offset=1572
.Linfo_string72:
	.asciz	"BPF_FUNC_perf_prog_read_value" # string offset=1603
.Linfo_string73:
	.asciz	"BPF_FUNC_getsockopt"           # string offset=1633
.Linfo_string74:
	.asciz	"BPF_FUNC_override_return"      # string offset=1653
.Linfo_string75:
	.asciz	"BPF_FUNC_sock_ops_cb_flags_set" # string offset=1678
.Linfo_string76:
	.asciz	"BPF_FUNC_msg_redirect_map"     # string offset=1709
.Linfo_string77:
	.asciz	"BPF_FUNC_msg_apply_bytes"      # string offset=1735
.Linfo_string78:
	.asciz	"BPF_FUNC_msg_cork_bytes"       # string offset=1760
.Linfo_string79:
	.asciz	"BPF_FUNC_msg_pull_data"        # string offset=1784
.Linfo_string80:
	.asciz	"BPF_FUNC_bind"                 # string offset=1807
.Linfo_string81:
	.asciz	"BPF_FUNC_xdp_adjust_tail"      # string offset=1821
.Linfo_string82:
	.asciz	"BPF_FUNC_skb_get_xfrm_state"   # string offset=1846
.Linfo_string83:
	.asciz	"BPF_FUNC_get_stack"            # string offset=1874
.Linfo_string84:
	.asciz	"BPF_FUNC_skb_load_bytes_relative" # string offset=1893
.Linfo_string85:
	.asciz	"BPF_FUNC_fib_lookup"           # string offset=1926
.Linfo_string86:
	.asciz	"BPF_FUNC_sock_hash_update"     # string offset=1946
.Linfo_string87:
	.asciz	"BPF_FUNC_msg_redirect_hash"    # string offset=1972
.Linfo_string88:
	.asciz	"BPF_FUNC_sk_redirect_hash"     # string offset=1999
.Linfo_string89:
	.asciz	"BPF_FUNC_lwt_push_encap"       # string offset=2025
.Linfo_string90:
	.asciz	"BPF_FUNC_lwt_seg6_store_bytes" # string offset=2049
.Linfo_string91:
	.asciz	"BPF_FUNC_lwt_seg6_adjust_srh"  # string offset=2079
.Linfo_string92:
	.asciz	"BPF_FUNC_lwt_seg6_action"      # string offset=2108
.Linfo_string93:
	.asciz	"BPF_FUNC_rc_repeat"            # string offset=2133
.Linfo_string94:
	.asciz	"BPF_FUNC_rc_keydown"           # string offset=2152
.Linfo_string95:
	.asciz	"BPF_FUNC_skb_cgroup_id"        # string offset=2172
.Linfo_string96:
	.asciz	"BPF_FUNC_get_current_cgroup_id" # string offset=2195
.Linfo_string97:
	.asciz	"BPF_FUNC_get_local_storage"    # string offset=2226
.Linfo_string98:
	.asciz	"BPF_FUNC_sk_select_reuseport"  # string offset=2253
.Linfo_string99:
	.asciz	"BPF_FUNC_skb_ancestor_cgroup_id" # string offset=2282
.Linfo_string100:
	.asciz	"BPF_FUNC_sk_lookup_tcp"        # string offset=2314
.Linfo_string101:
	.asciz	"BPF_FUNC_sk_lookup_udp"        # string offset=2337
.Linfo_string102:
	.asciz	"BPF_FUNC_sk_release"           # string offset=2360
.Linfo_string103:
	.asciz	"BPF_FUNC_map_push_elem"        # string offset=2380
.Linfo_string104:
	.asciz	"BPF_FUNC_map_pop_elem"         # string offset=2403
.Linfo_string105:
	.asciz	"BPF_FUNC_map_peek_elem"        # string offset=2425
.Linfo_string106:
	.asciz	"BPF_FUNC_msg_push_data"        # string offset=2448
.Linfo_string107:
	.asciz	"BPF_FUNC_msg_pop_data"         # string offset=2471
.Linfo_string108:
	.asciz	"BPF_FUNC_rc_pointer_rel"       # string offset=2493
.Linfo_string109:
	.asciz	"BPF_FUNC_spin_lock"            # string offset=2517
.Linfo_string110:
	.asciz	"BPF_FUNC_spin_unlock"          # string offset=2536
.Linfo_string111:
	.asciz	"BPF_FUNC_sk_fullsock"          # string offset=2557
.Linfo_string112:
	.asciz	"BPF_FUNC_tcp_sock"             # string offset=2578
.Linfo_string113:
	.asciz	"BPF_FUNC_skb_ecn_set_ce"       # string offset=2596
.Linfo_string114:
	.asciz	"BPF_FUNC_get_listener_sock"    # string offset=2620
.Linfo_string115:
	.asciz	"BPF_FUNC_skc_lookup_tcp"       # string offset=2647
.Linfo_string116:
	.asciz	"BPF_FUNC_tcp_check_syncookie"  # string offset=2671
.Linfo_string117:
	.asciz	"BPF_FUNC_sysctl_get_name"      # string offset=2700
.Linfo_string118:
	.asciz	"BPF_FUNC_sysctl_get_current_value" # string offset=2725
.Linfo_string119:
	.asciz	"BPF_FUNC_sysctl_get_new_value" # string offset=2759
.Linfo_string120:
	.asciz	"BPF_FUNC_sysctl_set_new_value" # string offset=2789
.Linfo_string121:
	.asciz	"BPF_FUNC_strtol"               # string offset=2819
.Linfo_string122:
	.asciz	"BPF_FUNC_strtoul"              # string offset=2835
.Linfo_string123:
	.asciz	"BPF_FUNC_sk_storage_get"       # string offset=2852
.Linfo_string124:
	.asciz	"BPF_FUNC_sk_storage_delete"    # string offset=2876
.Linfo_string125:
	.asciz	"BPF_FUNC_send_signal"          # string offset=2903
.Linfo_string126:
	.asciz	"BPF_FUNC_tcp_gen_syncookie"    # string offset=2924
.Linfo_string127:
	.asciz	"BPF_FUNC_skb_output"           # string offset=2951
.Linfo_string128:
	.asciz	"BPF_FUNC_probe_read_user"      # string offset=2971
.Linfo_string129:
	.asciz	"BPF_FUNC_probe_read_kernel"    # string offset=2996
.Linfo_string130:
	.asciz	"BPF_FUNC_probe_read_user_str"  # string offset=3023
.Linfo_string131:
	.asciz	"BPF_FUNC_probe_read_kernel_str" # string offset=3052
.Linfo_string132:
	.asciz	"BPF_FUNC_tcp_send_ack"         # string offset=3083
.Linfo_string133:
	.asciz	"BPF_FUNC_send_signal_thread"   # string offset=3105
.Linfo_string134:
	.asciz	"BPF_FUNC_jiffies64"            # string offset=3133
.Linfo_string135:
	.asciz	"BPF_FUNC_read_branch_records"  # string offset=3152
.Linfo_string136:
	.asciz	"BPF_FUNC_get_ns_current_pid_tgid" # string offset=3181
.Linfo_string137:
	.asciz	"BPF_FUNC_xdp_output"           # string offset=3214
.Linfo_string138:
	.asciz	"BPF_FUNC_get_netns_cookie"     # string offset=3234
.Linfo_string139:
	.asciz	"BPF_FUNC_get_current_ancestor_cgroup_id" # string offset=3260
.Linfo_string140:
	.asciz	"BPF_FUNC_sk_assign"            # string offset=3300
.Linfo_string141:
	.asciz	"BPF_FUNC_ktime_get_boot_ns"    # string offset=3319
.Linfo_string142:
	.asciz	"BPF_FUNC_seq_printf"           # string offset=3346
.Linfo_string143:
	.asciz	"BPF_FUNC_seq_write"            # string offset=3366
.Linfo_string144:
	.asciz	"BPF_FUNC_sk_cgroup_id"         # string offset=3385
.Linfo_string145:
	.asciz	"BPF_FUNC_sk_ancestor_cgroup_id" # string offset=3407
.Linfo_string146:
	.asciz	"BPF_FUNC_ringbuf_output"       # string offset=3438
.Linfo_string147:
	.asciz	"BPF_FUNC_ringbuf_reserve"      # string offset=3462
.Linfo_string148:
	.asciz	"BPF_FUNC_ringbuf_submit"       # string offset=3487
.Linfo_string149:
	.asciz	"BPF_FUNC_ringbuf_discard"      # string offset=3511
.Linfo_string150:
	.asciz	"BPF_FUNC_ringbuf_query"        # string offset=3536
.Linfo_string151:
	.asciz	"BPF_FUNC_csum_level"           # string offset=3559
.Linfo_string152:
	.asciz	"BPF_FUNC_skc_to_tcp6_sock"     # string offset=3579
.Linfo_string153:
	.asciz	"BPF_FUNC_skc_to_tcp_sock"      # string offset=3605
.Linfo_string154:
	.asciz	"BPF_FUNC_skc_to_tcp_timewait_sock" # string offset=3630
.Linfo_string155:
	.asciz	"BPF_FUNC_skc_to_tcp_request_sock" # string offset=3664
.Linfo_string156:
	.asciz	"BPF_FUNC_skc_to_udp6_sock"     # string offset=3697
.Linfo_string157:
	.asciz	"BPF_FUNC_get_task_stack"       # string offset=3723
.Linfo_string158:
	.asciz	"BPF_FUNC_load_hdr_opt"         # string offset=3747
.Linfo_string159:
	.asciz	"BPF_FUNC_store_hdr_opt"        # string offset=3769
.Linfo_string160:
	.asciz	"BPF_FUNC_reserve_hdr_opt"      # string offset=3792
.Linfo_string161:
	.asciz	"BPF_FUNC_inode_storage_get"    # string offset=3817
.Linfo_string162:
	.asciz	"BPF_FUNC_inode_storage_delete" # string offset=3844
.Linfo_string163:
	.asciz	"BPF_FUNC_d_path"               # string offset=3874
.Linfo_string164:
	.asciz	"BPF_FUNC_copy_from_user"       # string offset=3890
.Linfo_string165:
	.asciz	"BPF_FUNC_snprintf_btf"         # string offset=3914
.Linfo_string166:
	.asciz	"BPF_FUNC_seq_printf_btf"       # string offset=3936
.Linfo_string167:
	.asciz	"BPF_FUNC_skb_cgroup_classid"   # string offset=3960
.Linfo_string168:
	.asciz	"BPF_FUNC_redirect_neigh"       # string offset=3988
.Linfo_string169:
	.asciz	"BPF_FUNC_per_cpu_ptr"          # string offset=4012
.Linfo_string170:
	.asciz	"BPF_FUNC_this_cpu_ptr"         # string offset=4033
.Linfo_string171:
	.asciz	"BPF_FUNC_redirect_peer"        # string offset=4055
.Linfo_string172:
	.asciz	"BPF_FUNC_task_storage_get"     # string offset=4078
.Linfo_string173:
	.asciz	"BPF_FUNC_task_storage_delete"  # string offset=4104
.Linfo_string174:
	.asciz	"BPF_FUNC_get_current_task_btf" # string offset=4133
.Linfo_string175:
	.asciz	"BPF_FUNC_bprm_opts_set"        # string offset=4163
.Linfo_string176:
	.asciz	"BPF_FUNC_ktime_get_coarse_ns"  # string offset=4186
.Linfo_string177:
	.asciz	"BPF_FUNC_ima_inode_hash"       # string offset=4215
.Linfo_string178:
	.asciz	"BPF_FUNC_sock_from_file"       # string offset=4239
.Linfo_string179:
	.asciz	"BPF_FUNC_check_mtu"            # string offset=4263
.Linfo_string180:
	.asciz	"BPF_FUNC_for_each_map_elem"    # string offset=4282
.Linfo_string181:
	.asciz	"BPF_FUNC_snprintf"             # string offset=4309
.Linfo_string182:
	.asciz	"BPF_FUNC_sys_bpf"              # string offset=4327
.Linfo_string183:
	.asciz	"BPF_FUNC_btf_find_by_name_kind" # string offset=4344
.Linfo_string184:
	.asciz	"BPF_FUNC_sys_close"            # string offset=4375
.Linfo_string185:
	.asciz	"BPF_FUNC_timer_init"           # string offset=4394
.Linfo_string186:
	.asciz	"BPF_FUNC_timer_set_callback"   # string offset=4414
.Linfo_string187:
	.asciz	"BPF_FUNC_timer_start"          # string offset=4442
.Linfo_string188:
	.asciz	"BPF_FUNC_timer_cancel"         # string offset=4463
.Linfo_string189:
	.asciz	"BPF_FUNC_get_func_ip"          # string offset=4485
.Linfo_string190:
	.asciz	"BPF_FUNC_get_attach_cookie"    # string offset=4506
.Linfo_string191:
	.asciz	"BPF_FUNC_task_pt_regs"         # string offset=4533
.Linfo_string192:
	.asciz	"BPF_FUNC_get_branch_snapshot"  # string offset=4555
.Linfo_string193:
	.asciz	"BPF_FUNC_trace_vprintk"        # string offset=4584
.Linfo_string194:
	.asciz	"BPF_FUNC_skc_to_unix_sock"     # string offset=4607
.Linfo_string195:
	.asciz	"BPF_FUNC_kallsyms_lookup_name" # string offset=4633
.Linfo_string196:
	.asciz	"BPF_FUNC_find_vma"             # string offset=4663
.Linfo_string197:
	.asciz	"BPF_FUNC_loop"                 # string offset=4681
.Linfo_string198:
	.asciz	"BPF_FUNC_strncmp"              # string offset=4695
.Linfo_string199:
	.asciz	"BPF_FUNC_get_func_arg"         # string offset=4712
.Linfo_string200:
	.asciz	"BPF_FUNC_get_func_ret"         # string offset=4734
.Linfo_string201:
	.asciz	"BPF_FUNC_get_func_arg_cnt"     # string offset=4756
.Linfo_string202:
	.asciz	"BPF_FUNC_get_retval"           # string offset=4782
.Linfo_string203:
	.asciz	"BPF_FUNC_set_retval"           # string offset=4802
.Linfo_string204:
	.asciz	"BPF_FUNC_xdp_get_buff_len"     # string offset=4822
.Linfo_string205:
	.asciz	"BPF_FUNC_xdp_load_bytes"       # string offset=4848
.Linfo_string206:
	.asciz	"BPF_FUNC_xdp_store_bytes"      # string offset=4872
.Linfo_string207:
	.asciz	"BPF_FUNC_copy_from_user_task"  # string offset=4897
.Linfo_string208:
	.asciz	"BPF_FUNC_skb_set_tstamp"       # string offset=4926
.Linfo_string209:
	.asciz	"BPF_FUNC_ima_file_hash"        # string offset=4950
.Linfo_string210:
	.asciz	"BPF_FUNC_kptr_xchg"            # string offset=4973
.Linfo_string211:
	.asciz	"BPF_FUNC_map_lookup_percpu_elem" # string offset=4992
.Linfo_string212:
	.asciz	"BPF_FUNC_skc_to_mptcp_sock"    # string offset=5024
.Linfo_string213:
	.asciz	"BPF_FUNC_dynptr_from_mem"      # string offset=5051
.Linfo_string214:
	.asciz	"BPF_FUNC_ringbuf_reserve_dynptr" # string offset=5076
.Linfo_string215:
	.asciz	"BPF_FUNC_ringbuf_submit_dynptr" # string offset=5108
.Linfo_string216:
	.asciz	"BPF_FUNC_ringbuf_discard_dynptr" # string offset=5139
.Linfo_string217:
	.asciz	"BPF_FUNC_dynptr_read"          # string offset=5171
.Linfo_string218:
	.asciz	"BPF_FUNC_dynptr_write"         # string offset=5192
.Linfo_string219:
	.asciz	"BPF_FUNC_dynptr_data"          # string offset=5214
.Linfo_string220:
	.asciz	"BPF_FUNC_tcp_raw_gen_syncookie_ipv4" # string offset=5235
.Linfo_string221:
	.asciz	"BPF_FUNC_tcp_raw_gen_syncookie_ipv6" # string offset=5271
.Linfo_string222:
	.asciz	"BPF_FUNC_tcp_raw_check_syncookie_ipv4" # string offset=5307
.Linfo_string223:
	.asciz	"BPF_FUNC_tcp_raw_check_syncookie_ipv6" # string offset=5345
.Linfo_string224:
	.asciz	"BPF_FUNC_ktime_get_tai_ns"     # string offset=5383
.Linfo_string225:
	.asciz	"BPF_FUNC_user_ringbuf_drain"   # string offset=5409
.Linfo_string226:
	.asciz	"BPF_FUNC_cgrp_storage_get"     # string offset=5437
.Linfo_string227:
	.asciz	"BPF_FUNC_cgrp_storage_delete"  # string offset=5463
.Linfo_string228:
	.asciz	"__BPF_FUNC_MAX_ID"             # string offset=5492
.Linfo_string229:
	.asciz	"bpf_func_id"                   # string offset=5510
.Linfo_string230:
	.asciz	"BPF_ENUMVAL_EXISTS"            # string offset=5522
.Linfo_string231:
	.asciz	"BPF_ENUMVAL_VALUE"             # string offset=5541
.Linfo_string232:
	.asciz	"bpf_enum_value_kind"           # string offset=5559
.Linfo_string233:
	.asciz	"BPF_MAP_TYPE_UNSPEC"           # string offset=5579
.Linfo_string234:
	.asciz	"BPF_MAP_TYPE_HASH"             # string offset=5599
.Linfo_string235:
	.asciz	"BPF_MAP_TYPE_ARRAY"            # string offset=5617
.Linfo_string236:
	.asciz	"BPF_MAP_TYPE_PROG_ARRAY"       # string offset=5636
.Linfo_string237:
	.asciz	"BPF_MAP_TYPE_PERF_EVENT_ARRAY" # string offset=5660
.Linfo_string238:
	.asciz	"BPF_MAP_TYPE_PERCPU_HASH"      # string offset=5690
.Linfo_string239:
	.asciz	"BPF_MAP_TYPE_PERCPU_ARRAY"     # string offset=5715
.Linfo_string240:
	.asciz	"BPF_MAP_TYPE_STACK_TRACE"      # string offset=5741
.Linfo_string241:
	.asciz	"BPF_MAP_TYPE_CGROUP_ARRAY"     # string offset=5766
.Linfo_string242:
	.asciz	"BPF_MAP_TYPE_LRU_HASH"         # string offset=5792
.Linfo_string243:
	.asciz	"BPF_MAP_TYPE_LRU_PERCPU_HASH"  # string offset=5814
.Linfo_string244:
	.asciz	"BPF_MAP_TYPE_LPM_TRIE"         # string offset=5843
.Linfo_string245:
	.asciz	"BPF_MAP_TYPE_ARRAY_OF_MAPS"    # string offset=5865
.Linfo_string246:
	.asciz	"BPF_MAP_TYPE_HASH_OF_MAPS"     # string offset=5892
.Linfo_string247:
	.asciz	"BPF_MAP_TYPE_DEVMAP"           # string offset=5918
.Linfo_string248:
	.asciz	"BPF_MAP_TYPE_SOCKMAP"          # string offset=5938
.Linfo_string249:
	.asciz	"BPF_MAP_TYPE_CPUMAP"           # string offset=5959
.Linfo_string250:
	.asciz	"BPF_MAP_TYPE_XSKMAP"           # string offset=5979
.Linfo_string251:
	.asciz	"BPF_MAP_TYPE_SOCKHASH"         # string offset=5999
.Linfo_string252:
	.asciz	"BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED" # string offset=6021
.Linfo_string253:
	.asciz	"BPF_MAP_TYPE_CGROUP_STORAGE"   # string offset=6060
.Linfo_string254:
	.asciz	"BPF_MAP_TYPE_REUSEPORT_SOCKARRAY" # string offset=6088
.Linfo_string255:
	.asciz	"BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE_DEPRECATED" # string offset=6121
.Linfo_string256:
	.asciz	"BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE" # string offset=6167
.Linfo_string257:
	.asciz	"BPF_MAP_TYPE_QUEUE"            # string offset=6202
.Linfo_string258:
	.asciz	"BPF_MAP_TYPE_STACK"            # string offset=6221
.Linfo_string259:
	.asciz	"BPF_MAP_TYPE_SK_STORAGE"       # string offset=6240
.Linfo_string260:
	.asciz	"BPF_MAP_TYPE_DEVMAP_HASH"      # string offset=6264
.Linfo_string261:
	.asciz	"BPF_MAP_TYPE_STRUCT_OPS"       # string offset=6289
.Linfo_string262:
	.asciz	"BPF_MAP_TYPE_RINGBUF"          # string offset=6313
.Linfo_string263:
	.asciz	"BPF_MAP_TYPE_INODE_STORAGE"    # string offset=6334
.Linfo_string264:
	.asciz	"BPF_MAP_TYPE_TASK_STORAGE"     # string offset=6361
.Linfo_string265:
	.asciz	"BPF_MAP_TYPE_BLOOM_FILTER"     # string offset=6387
.Linfo_string266:
	.asciz	"BPF_MAP_TYPE_USER_RINGBUF"     # string offset=6413
.Linfo_string267:
	.asciz	"BPF_MAP_TYPE_CGRP_STORAGE"     # string offset=6439
.Linfo_string268:
	.asciz	"BPF_MAP_TYPE_ARENA"            # string offset=6465
.Linfo_string269:
	.asciz	"__MAX_BPF_MAP_TYPE"            # string offset=6484
.Linfo_string270:
	.asciz	"bpf_map_type"                  # string offset=6503
.Linfo_string271:
	.asciz	"BPF_MAP_TYPE_HASH___local"     # string offset=6516
.Linfo_string272:
	.asciz	"BPF_MAP_TYPE_BPF4J_NONE___local" # string offset=6542
.Linfo_string273:
	.asciz	"bpf_map_type___local"          # string offset=6574
.Linfo_string274:
	.asciz	"PIDTYPE_PID"                   # string offset=6595
.Linfo_string275:
	.asciz	"PIDTYPE_TGID"                  # string offset=6607
.Linfo_string276:
	.asciz	"PIDTYPE_PGID"                  # string offset=6620
.Linfo_string277:
	.asciz	"PIDTYPE_SID"                   # string offset=6633
.Linfo_string278:
	.asciz	"PIDTYPE_MAX"                   # string offset=6645
.Linfo_string279:
	.asciz	"pid_type"                      # string offset=6657
.Linfo_string280:
	.asciz	"enums"                         # string offset=6666
.Linfo_string281:
	.asciz	"int"                           # string offset=6672
.Linfo_string282:
	.asciz	"ctx"                           # string offset=6676
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
	.long	.Linfo_string106
	.long	.Linfo_string107
	.long	.Linfo_string108
	.long	.Linfo_string109
	.long	.Linfo_string110
	.long	.Linfo_string111
	.long	.Linfo_string112
	.long	.Linfo_string113
	.long	.Linfo_string114
	.long	.Linfo_string115
	.long	.Linfo_string116
	.long	.Linfo_string117
	.long	.Linfo_string118
	.long	.Linfo_string119
	.long	.Linfo_string120
	.long	.Linfo_string121
	.long	.Linfo_string122
	.long	.Linfo_string123
	.long	.Linfo_string124
	.long	.Linfo_string125
	.long	.Linfo_string126
	.long	.Linfo_string127
	.long	.Linfo_string128
	.long	.Linfo_string129
	.long	.Linfo_string130
	.long	.Linfo_string131
	.long	.Linfo_string132
	.long	.Linfo_string133
	.long	.Linfo_string134
	.long	.Linfo_string135
	.long	.Linfo_string136
	.long	.Linfo_string137
	.long	.Linfo_string138
	.long	.Linfo_string139
	.long	.Linfo_string140
	.long	.Linfo_string141
	.long	.Linfo_string142
	.long	.Linfo_string143
	.long	.Linfo_string144
	.long	.Linfo_string145
	.long	.Linfo_string146
	.long	.Linfo_string147
	.long	.Linfo_string148
	.long	.Linfo_string149
	.long	.Linfo_string150
	.long	.Linfo_string151
	.long	.Linfo_string152
	.long	.Linfo_string153
	.long	.Linfo_string154
	.long	.Linfo_string155
	.long	.Linfo_string156
	.long	.Linfo_string157
	.long	.Linfo_string158
	.long	.Linfo_string159
	.long	.Linfo_string160
	.long	.Linfo_string161
	.long	.Linfo_string162
	.long	.Linfo_string163
	.long	.Linfo_string164
	.long	.Linfo_string165
	.long	.Linfo_string166
	.long	.Linfo_string167
	.long	.Linfo_string168
	.long	.Linfo_string169
	.long	.Linfo_string170
	.long	.Linfo_string171
	.long	.Linfo_string172
	.long	.Linfo_string173
	.long	.Linfo_string174
	.long	.Linfo_string175
	.long	.Linfo_string176
	.long	.Linfo_string177
	.long	.Linfo_string178
	.long	.Linfo_string179
	.long	.Linfo_string180
	.long	.Linfo_string181
	.long	.Linfo_string182
	.long	.Linfo_string183
	.long	.Linfo_string184
	.long	.Linfo_string185
	.long	.Linfo_string186
	.long	.Linfo_string187
	.long	.Linfo_string188
	.long	.Linfo_string189
	.long	.Linfo_string190
	.long	.Linfo_string191
	.long	.Linfo_string192
	.long	.Linfo_string193
	.long	.Linfo_string194
	.long	.Linfo_string195
	.long	.Linfo_string196
	.long	.Linfo_string197
	.long	.Linfo_string198
	.long	.Linfo_string199
	.long	.Linfo_string200
	.long	.Linfo_string201
	.long	.Linfo_string202
	.long	.Linfo_string203
	.long	.Linfo_string204
	.long	.Linfo_string205
	.long	.Linfo_string206
	.long	.Linfo_string207
	.long	.Linfo_string208
	.long	.Linfo_string209
	.long	.Linfo_string210
	.long	.Linfo_string211
	.long	.Linfo_string212
	.long	.Linfo_string213
	.long	.Linfo_string214
	.long	.Linfo_string215
	.long	.Linfo_string216
	.long	.Linfo_string217
	.long	.Linfo_string218
	.long	.Linfo_string219
	.long	.Linfo_string220
	.long	.Linfo_string221
	.long	.Linfo_string222
	.long	.Linfo_string223
	.long	.Linfo_string224
	.long	.Linfo_string225
	.long	.Linfo_string226
	.long	.Linfo_string227
	.long	.Linfo_string228
	.long	.Linfo_string229
	.long	.Linfo_string230
	.long	.Linfo_string231
	.long	.Linfo_string232
	.long	.Linfo_string233
	.long	.Linfo_string234
	.long	.Linfo_string235
	.long	.Linfo_string236
	.long	.Linfo_string237
	.long	.Linfo_string238
	.long	.Linfo_string239
	.long	.Linfo_string240
	.long	.Linfo_string241
	.long	.Linfo_string242
	.long	.Linfo_string243
	.long	.Linfo_string244
	.long	.Linfo_string245
	.long	.Linfo_string246
	.long	.Linfo_string247
	.long	.Linfo_string248
	.long	.Linfo_string249
	.long	.Linfo_string250
	.long	.Linfo_string251
	.long	.Linfo_string252
	.long	.Linfo_string253
	.long	.Linfo_string254
	.long	.Linfo_string255
	.long	.Linfo_string256
	.long	.Linfo_string257
	.long	.Linfo_string258
	.long	.Linfo_string259
	.long	.Linfo_string260
	.long	.Linfo_string261
	.long	.Linfo_string262
	.long	.Linfo_string263
	.long	.Linfo_string264
	.long	.Linfo_string265
	.long	.Linfo_string266
	.long	.Linfo_string267
	.long	.Linfo_string268
	.long	.Linfo_string269
	.long	.Linfo_string270
	.long	.Linfo_string271
	.long	.Linfo_string272
	.long	.Linfo_string273
	.long	.Linfo_string274
	.long	.Linfo_string275
	.long	.Linfo_string276
	.long	.Linfo_string277
	.long	.Linfo_string278
	.long	.Linfo_string279
	.long	.Linfo_string280
	.long	.Linfo_string281
	.long	.Linfo_string282
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	has_ringbuf_helper
	.quad	has_arena_map
	.quad	has_made_up
	.quad	tgid_value
	.quad	ringbuf_output_id
	.quad	hash_value
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	2496
	.long	2496
	.long	7195
	.long	0                               # BTF_KIND_PTR(id = 1)
	.long	33554432                        # 0x2000000
	.long	0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 2)
	.long	218103809                       # 0xd000001
	.long	3
	.long	1
	.long	1
	.long	5                               # BTF_KIND_INT(id = 3)
	.long	16777216                        # 0x1000000
	.long	4
	.long	16777248                        # 0x1000020
	.long	9                               # BTF_KIND_FUNC(id = 4)
	.long	201326593                       # 0xc000001
	.long	2
	.long	52                              # BTF_KIND_ENUM(id = 5)
	.long	100663301                       # 0x6000005
	.long	4
	.long	61
	.long	0
	.long	73
	.long	1
	.long	86
	.long	2
	.long	99
	.long	3
	.long	111
	.long	4
	.long	228                             # BTF_KIND_ENUM(id = 6)
	.long	100663509                       # 0x60000d5
	.long	4
	.long	240
	.long	0
	.long	256
	.long	1
	.long	281
	.long	2
	.long	306
	.long	3
	.long	331
	.long	4
	.long	351
	.long	5
	.long	373
	.long	6
	.long	395
	.long	7
	.long	420
	.long	8
	.long	450
	.long	9
	.long	475
	.long	10
	.long	500
	.long	11
	.long	525
	.long	12
	.long	544
	.long	13
	.long	568
	.long	14
	.long	598
	.long	15
	.long	627
	.long	16
	.long	653
	.long	17
	.long	681
	.long	18
	.long	704
	.long	19
	.long	726
	.long	20
	.long	754
	.long	21
	.long	782
	.long	22
	.long	807
	.long	23
	.long	825
	.long	24
	.long	850
	.long	25
	.long	877
	.long	26
	.long	901
	.long	27
	.long	922
	.long	28
	.long	941
	.long	29
	.long	969
	.long	30
	.long	997
	.long	31
	.long	1023
	.long	32
	.long	1048
	.long	33
	.long	1074
	.long	34
	.long	1099
	.long	35
	.long	1125
	.long	36
	.long	1151
	.long	37
	.long	1186
	.long	38
	.long	1211
	.long	39
	.long	1234
	.long	40
	.long	1255
	.long	41
	.long	1281
	.long	42
	.long	1307
	.long	43
	.long	1332
	.long	44
	.long	1357
	.long	45
	.long	1381
	.long	46
	.long	1408
	.long	47
	.long	1432
	.long	48
	.long	1450
	.long	49
	.long	1470
	.long	50
	.long	1495
	.long	51
	.long	1517
	.long	52
	.long	1542
	.long	53
	.long	1567
	.long	54
	.long	1592
	.long	55
	.long	1623
	.long	56
	.long	1653
	.long	57
	.long	1673
	.long	58
	.long	1698
	.long	59
	.long	1729
	.long	60
	.long	1755
	.long	61
	.long	1780
	.long	62
	.long	1804
	.long	63
	.long	1827
	.long	64
	.long	1841
	.long	65
	.long	1866
	.long	66
	.long	1894
	.long	67
	.long	1913
	.long	68
	.long	1946
	.long	69
	.long	1966
	.long	70
	.long	1992
	.long	71
	.long	2019
	.long	72
	.long	2045
	.long	73
	.long	2069
	.long	74
	.long	2099
	.long	75
	.long	2128
	.long	76
	.long	2153
	.long	77
	.long	2172
	.long	78
	.long	2192
	.long	79
	.long	2215
	.long	80
	.long	2246
	.long	81
	.long	2273
	.long	82
	.long	2302
	.long	83
	.long	2334
	.long	84
	.long	2357
	.long	85
	.long	2380
	.long	86
	.long	2400
	.long	87
	.long	2423
	.long	88
	.long	2445
	.long	89
	.long	2468
	.long	90
	.long	2491
	.long	91
	.long	2513
	.long	92
	.long	2537
	.long	93
	.long	2556
	.long	94
	.long	2577
	.long	95
	.long	2598
	.long	96
	.long	2616
	.long	97
	.long	2640
	.long	98
	.long	2667
	.long	99
	.long	2691
	.long	100
	.long	2720
	.long	101
	.long	2745
	.long	102
	.long	2779
	.long	103
	.long	2809
	.long	104
	.long	2839
	.long	105
	.long	2855
	.long	106
	.long	2872
	.long	107
	.long	2896
	.long	108
	.long	2923
	.long	109
	.long	2944
	.long	110
	.long	2971
	.long	111
	.long	2991
	.long	112
	.long	3016
	.long	113
	.long	3043
	.long	114
	.long	3072
	.long	115
	.long	3103
	.long	116
	.long	3125
	.long	117
	.long	3153
	.long	118
	.long	3172
	.long	119
	.long	3201
	.long	120
	.long	3234
	.long	121
	.long	3254
	.long	122
	.long	3280
	.long	123
	.long	3320
	.long	124
	.long	3339
	.long	125
	.long	3366
	.long	126
	.long	3386
	.long	127
	.long	3405
	.long	128
	.long	3427
	.long	129
	.long	3458
	.long	130
	.long	3482
	.long	131
	.long	3507
	.long	132
	.long	3531
	.long	133
	.long	3556
	.long	134
	.long	3579
	.long	135
	.long	3599
	.long	136
	.long	3625
	.long	137
	.long	3650
	.long	138
	.long	3684
	.long	139
	.long	3717
	.long	140
	.long	3743
	.long	141
	.long	3767
	.long	142
	.long	3789
	.long	143
	.long	3812
	.long	144
	.long	3837
	.long	145
	.long	3864
	.long	146
	.long	3894
	.long	147
	.long	3910
	.long	148
	.long	3934
	.long	149
	.long	3956
	.long	150
	.long	3980
	.long	151
	.long	4008
	.long	152
	.long	4032
	.long	153
	.long	4053
	.long	154
	.long	4075
	.long	155
	.long	4098
	.long	156
	.long	4124
	.long	157
	.long	4153
	.long	158
	.long	4183
	.long	159
	.long	4206
	.long	160
	.long	4235
	.long	161
	.long	4259
	.long	162
	.long	4283
	.long	163
	.long	4302
	.long	164
	.long	4329
	.long	165
	.long	4347
	.long	166
	.long	4364
	.long	167
	.long	4395
	.long	168
	.long	4414
	.long	169
	.long	4434
	.long	170
	.long	4462
	.long	171
	.long	4483
	.long	172
	.long	4505
	.long	173
	.long	4526
	.long	174
	.long	4553
	.long	175
	.long	4575
	.long	176
	.long	4604
	.long	177
	.long	4627
	.long	178
	.long	4653
	.long	179
	.long	4683
	.long	180
	.long	4701
	.long	181
	.long	4715
	.long	182
	.long	4732
	.long	183
	.long	4754
	.long	184
	.long	4776
	.long	185
	.long	4802
	.long	186
	.long	4822
	.long	187
	.long	4842
	.long	188
	.long	4868
	.long	189
	.long	4892
	.long	190
	.long	4917
	.long	191
	.long	4946
	.long	192
	.long	4970
	.long	193
	.long	4993
	.long	194
	.long	5012
	.long	195
	.long	5044
	.long	196
	.long	5071
	.long	197
	.long	5096
	.long	198
	.long	5128
	.long	199
	.long	5159
	.long	200
	.long	5191
	.long	201
	.long	5212
	.long	202
	.long	5234
	.long	203
	.long	5255
	.long	204
	.long	5291
	.long	205
	.long	5327
	.long	206
	.long	5365
	.long	207
	.long	5403
	.long	208
	.long	5429
	.long	209
	.long	5457
	.long	210
	.long	5483
	.long	211
	.long	5512
	.long	212
	.long	5619                            # BTF_KIND_ENUM(id = 7)
	.long	100663298                       # 0x6000002
	.long	4
	.long	5640
	.long	1
	.long	5666
	.long	999
	.long	5882                            # BTF_KIND_ENUM(id = 8)
	.long	100663333                       # 0x6000025
	.long	4
	.long	5895
	.long	0
	.long	5915
	.long	1
	.long	5933
	.long	2
	.long	5952
	.long	3
	.long	5976
	.long	4
	.long	6006
	.long	5
	.long	6031
	.long	6
	.long	6057
	.long	7
	.long	6082
	.long	8
	.long	6108
	.long	9
	.long	6130
	.long	10
	.long	6159
	.long	11
	.long	6181
	.long	12
	.long	6208
	.long	13
	.long	6234
	.long	14
	.long	6254
	.long	15
	.long	6275
	.long	16
	.long	6295
	.long	17
	.long	6315
	.long	18
	.long	6337
	.long	19
	.long	6376
	.long	19
	.long	6404
	.long	20
	.long	6437
	.long	21
	.long	6483
	.long	21
	.long	6518
	.long	22
	.long	6537
	.long	23
	.long	6556
	.long	24
	.long	6580
	.long	25
	.long	6605
	.long	26
	.long	6629
	.long	27
	.long	6650
	.long	28
	.long	6677
	.long	29
	.long	6703
	.long	30
	.long	6729
	.long	31
	.long	6755
	.long	32
	.long	6781
	.long	33
	.long	6800
	.long	34
	.long	7020                            # BTF_KIND_TYPEDEF(id = 9)
	.long	134217728                       # 0x8000000
	.long	10
	.long	7026                            # BTF_KIND_INT(id = 10)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	7039                            # BTF_KIND_VAR(id = 11)
	.long	234881024                       # 0xe000000
	.long	9
	.long	1
	.long	7058                            # BTF_KIND_VAR(id = 12)
	.long	234881024                       # 0xe000000
	.long	9
	.long	1
	.long	7072                            # BTF_KIND_VAR(id = 13)
	.long	234881024                       # 0xe000000
	.long	9
	.long	1
	.long	7084                            # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	15
	.long	7090                            # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	7109                            # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	7120                            # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	7138                            # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	7149                            # BTF_KIND_INT(id = 19)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 20)
	.long	50331648                        # 0x3000000
	.long	0
	.long	19
	.long	21
	.long	4
	.long	7154                            # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	7174                            # BTF_KIND_VAR(id = 22)
	.long	234881024                       # 0xe000000
	.long	20
	.long	1
	.long	7182                            # BTF_KIND_DATASEC(id = 23)
	.long	251658246                       # 0xf000006
	.long	0
	.long	11
	.long	has_ringbuf_helper
	.long	4
	.long	12
	.long	has_arena_map
	.long	4
	.long	13
	.long	has_made_up
	.long	4
	.long	16
	.long	tgid_value
	.long	8
	.long	17
	.long	ringbuf_output_id
	.long	8
	.long	18
	.long	hash_value
	.long	8
	.long	7187                            # BTF_KIND_DATASEC(id = 24)
	.long	251658241                       # 0xf000001
	.long	0
	.long	22
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"ctx"                           # string offset=1
	.byte	0
	.ascii	"int"                           # string offset=5
	.byte	0
	.ascii	"enums"                         # string offset=9
	.byte	0
	.ascii	"tracepoint/syscalls/sys_enter_getgid" # string offset=15
	.byte	0
	.ascii	"pid_type"                      # string offset=52
	.byte	0
	.ascii	"PIDTYPE_PID"                   # string offset=61
	.byte	0
	.ascii	"PIDTYPE_TGID"                  # string offset=73
	.byte	0
	.ascii	"PIDTYPE_PGID"                  # string offset=86
	.byte	0
	.ascii	"PIDTYPE_SID"                   # string offset=99
	.byte	0
	.ascii	"PIDTYPE_MAX"                   # string offset=111
	.byte	0
	.byte	49                              # string offset=123
	.byte	0
	.ascii	"./src/core_enum.c"             # string offset=125
	.byte	0
	.ascii	"int enums(void *ctx)"          # string offset=143
	.byte	0
	.ascii	"\ttgid_value = bpf_core_enum_value(enum pid_type, PIDTYPE_TGID);" # string offset=164
	.byte	0
	.ascii	"bpf_func_id"                   # string offset=228
	.byte	0
	.ascii	"BPF_FUNC_unspec"               # string offset=240
	.byte	0
	.ascii	"BPF_FUNC_map_lookup_elem"      # string offset=256
	.byte	0
	.ascii	"BPF_FUNC_map_update_elem"      # string offset=281
	.byte	0
	.ascii	"BPF_FUNC_map_delete_elem"      # string offset=306
	.byte	0
	.ascii	"BPF_FUNC_probe_read"           # string offset=331
	.byte	0
	.ascii	"BPF_FUNC_ktime_get_ns"         # string offset=351
	.byte	0
	.ascii	"BPF_FUNC_trace_printk"         # string offset=373
	.byte	0
	.ascii	"BPF_FUNC_get_prandom_u32"      # string offset=395
	.byte	0
	.ascii	"BPF_FUNC_get_smp_processor_id" # string offset=420
	.byte	0
	.ascii	"BPF_FUNC_skb_store_bytes"      # string offset=450
	.byte	0
	.ascii	"BPF_FUNC_l3_csum_replace"      # string offset=475
	.byte	0
	.ascii	"BPF_FUNC_l4_csum_replace"      # string offset=500
	.byte	0
	.ascii	"BPF_FUNC_tail_call"            # string offset=525
	.byte	0
	.ascii	"BPF_FUNC_clone_redirect"       # string offset=544
	.byte	0
	.ascii	"BPF_FUNC_get_current_pid_tgid" # string offset=568
	.byte	0
	.ascii	"BPF_FUNC_get_current_uid_gid"  # string offset=598
	.byte	0
	.ascii	"BPF_FUNC_get_current_comm"     # string offset=627
	.byte	0
	.ascii	"BPF_FUNC_get_cgroup_classid"   # string offset=653
	.byte	0
	.ascii	"BPF_FUNC_skb_vlan_push"        # string offset=681
	.byte	0
	.ascii	"BPF_FUNC_skb_vlan_pop"         # string offset=704
	.byte	0
	.ascii	"BPF_FUNC_skb_get_tunnel_key"   # string offset=726
	.byte	0
	.ascii	"BPF_FUNC_skb_set_tunnel_key"   # string offset=754
	.byte	0
	.ascii	"BPF_FUNC_perf_event_read"      # string offset=782
	.byte	0
	.ascii	"BPF_FUNC_redirect"             # string offset=807
	.byte	0
	.ascii	"BPF_FUNC_get_route_realm"      # string offset=825
	.byte	0
	.ascii	"BPF_FUNC_perf_event_output"    # string offset=850
	.byte	0
	.ascii	"BPF_FUNC_skb_load_bytes"       # string offset=877
	.byte	0
	.ascii	"BPF_FUNC_get_stackid"          # string offset=901
	.byte	0
	.ascii	"BPF_FUNC_csum_diff"            # string offset=922
	.byte	0
	.ascii	"BPF_FUNC_skb_get_tunnel_opt"   # string offset=941
	.byte	0
	.ascii	"BPF_FUNC_skb_set_tunnel_opt"   # string offset=969
	.byte	0
	.ascii	"BPF_FUNC_skb_change_proto"     # string offset=997
	.byte	0
	.ascii	"BPF_FUNC_skb_change_type"      # string offset=1023
	.byte	0
	.ascii	"BPF_FUNC_skb_under_cgroup"     # string offset=1048
	.byte	0
	.ascii	"BPF_FUNC_get_hash_recalc"      # string offset=1074
	.byte	0
	.ascii	"BPF_FUNC_get_current_task"     # string offset=1099
	.byte	0
	.ascii	"BPF_FUNC_probe_write_user"     # string offset=1125
	.byte	0
	.ascii	"BPF_FUNC_current_task_under_cgroup" # string offset=1151
	.byte	0
	.ascii	"BPF_FUNC_skb_change_tail"      # string offset=1186
	.byte	0
	.ascii	"BPF_FUNC_skb_pull_data"        # string offset=1211
	.byte	0
	.ascii	"BPF_FUNC_csum_update"          # string offset=1234
	.byte	0
	.ascii	"BPF_FUNC_set_hash_invalid"     # string offset=1255
	.byte	0
	.ascii	"BPF_FUNC_get_numa_node_id"     # string offset=1281
	.byte	0
	.ascii	"BPF_FUNC_skb_change_head"      # string offset=1307
	.byte	0
	.ascii	"BPF_FUNC_xdp_adjust_head"      # string offset=1332
	.byte	0
	.ascii	"BPF_FUNC_probe_read_str"       # string offset=1357
	.byte	0
	.ascii	"BPF_FUNC_get_socket_cookie"    # string offset=1381
	.byte	0
	.ascii	"BPF_FUNC_get_socket_uid"       # string offset=1408
	.byte	0
	.ascii	"BPF_FUNC_set_hash"             # string offset=1432
	.byte	0
	.ascii	"BPF_FUNC_setsockopt"           # string offset=1450
	.byte	0
	.ascii	"BPF_FUNC_skb_adjust_room"      # string offset=1470
	.byte	0
	.ascii	"BPF_FUNC_redirect_map"         # string offset=1495
	.byte	0
	.ascii	"BPF_FUNC_sk_redirect_map"      # string offset=1517
	.byte	0
	.ascii	"BPF_FUNC_sock_map_update"      # string offset=1542
	.byte	0
	.ascii	"BPF_FUNC_xdp_adjust_meta"      # string offset=1567
	.byte	0
	.ascii	"BPF_FUNC_perf_event_read_value" # string offset=1592
	.byte	0
	.ascii	"BPF_FUNC_perf_prog_read_value" # string offset=1623
	.byte	0
	.ascii	"BPF_FUNC_getsockopt"           # string offset=1653
	.byte	0
	.ascii	"BPF_FUNC_override_return"      # string offset=1673
	.byte	0
	.ascii	"BPF_FUNC_sock_ops_cb_flags_set" # string offset=1698
	.byte	0
	.ascii	"BPF_FUNC_msg_redirect_map"     # string offset=1729
	.byte	0
	.ascii	"BPF_FUNC_msg_apply_bytes"      # string offset=1755
	.byte	0
	.ascii	"BPF_FUNC_msg_cork_bytes"       # string offset=1780
	.byte	0
	.ascii	"BPF_FUNC_msg_pull_data"        # string offset=1804
	.byte	0
	.ascii	"BPF_FUNC_bind"                 # string offset=1827
	.byte	0
	.ascii	"BPF_FUNC_xdp_adjust_tail"      # string offset=1841
	.byte	0
	.ascii	"BPF_FUNC_skb_get_xfrm_state"   # string offset=1866
	.byte	0
	.ascii	"BPF_FUNC_get_stack"            # string offset=1894
	.byte	0
	.ascii	"BPF_FUNC_skb_load_bytes_relative" # string offset=1913
	.byte	0
	.ascii	"BPF_FUNC_fib_lookup"           # string offset=1946
	.byte	0
	.ascii	"BPF_FUNC_sock_hash_update"     # string offset=1966
	.byte	0
	.ascii	"BPF_FUNC_msg_redirect_hash"    # string offset=1992
	.byte	0
	.ascii	"BPF_FUNC_sk_redirect_hash"     # string offset=2019
	.byte	0
	.ascii	"BPF_FUNC_lwt_push_encap"       # string offset=2045
	.byte	0
	.ascii	"BPF_FUNC_lwt_seg6_store_bytes" # string offset=2069
	.byte	0
	.ascii	"BPF_FUNC_lwt_seg6_adjust_srh"  # string offset=2099
	.byte	0
	.ascii	"BPF_FUNC_lwt_seg6_action"      # string offset=2128
	.byte	0
	.ascii	"BPF_FUNC_rc_repeat"            # string offset=2153
	.byte	0
	.ascii	"BPF_FUNC_rc_keydown"           # string offset=2172
	.byte	0
	.ascii	"BPF_FUNC_skb_cgroup_id"        # string offset=2192
	.byte	0
	.ascii	"BPF_FUNC_get_current_cgroup_id" # string offset=2215
	.byte	0
	.ascii	"BPF_FUNC_get_local_storage"    # string offset=2246
	.byte	0
	.ascii	"BPF_FUNC_sk_select_reuseport"  # string offset=2273
	.byte	0
	.ascii	"BPF_FUNC_skb_ancestor_cgroup_id" # string offset=2302
	.byte	0
	.ascii	"BPF_FUNC_sk_lookup_tcp"        # string offset=2334
	.byte	0
	.ascii	"BPF_FUNC_sk_lookup_udp"        # string offset=2357
	.byte	0
	.ascii	"BPF_FUNC_sk_release"           # string offset=2380
	.byte	0
	.ascii	"BPF_FUNC_map_push_elem"        # string offset=2400
	.byte	0
	.ascii	"BPF_FUNC_map_pop_elem"         # string offset=2423
	.byte	0
	.ascii	"BPF_FUNC_map_peek_elem"        # string offset=2445
	.byte	0
	.ascii	"BPF_FUNC_msg_push_data"        # string offset=2468
	.byte	0
	.ascii	"BPF_FUNC_msg_pop_data"         # string offset=2491
	.byte	0
	.ascii	"BPF_FUNC_rc_pointer_rel"       # string offset=2513
	.byte	0
	.ascii	"BPF_FUNC_spin_lock"            # string offset=2537
	.byte	0
	.ascii	"BPF_FUNC_spin_unlock"          # string offset=2556
	.byte	0
	.ascii	"BPF_FUNC_sk_fullsock"          # string offset=2577
	.byte	0
	.ascii	"BPF_FUNC_tcp_sock"             # string offset=2598
	.byte	0
	.ascii	"BPF_FUNC_skb_ecn_set_ce"       # string offset=2616
	.byte	0
	.ascii	"BPF_FUNC_get_listener_sock"    # string offset=2640
	.byte	0
	.ascii	"BPF_FUNC_skc_lookup_tcp"       # string offset=2667
	.byte	0
	.ascii	"BPF_FUNC_tcp_check_syncookie"  # string offset=2691
	.byte	0
	.ascii	"BPF_FUNC_sysctl_get_name"      # string offset=2720
	.byte	0
	.ascii	"BPF_FUNC_sysctl_get_current_value" # string offset=2745
	.byte	0
	.ascii	"BPF_FUNC_sysctl_get_new_value" # string offset=2779
	.byte	0
	.ascii	"BPF_FUNC_sysctl_set_new_value" # string offset=2809
	.byte	0
	.ascii	"BPF_FUNC_strtol"               # string offset=2839
	.byte	0
	.ascii	"BPF_FUNC_strtoul"              # string offset=2855
	.byte	0
	.ascii	"BPF_FUNC_sk_storage_get"       # string offset=2872
	.byte	0
	.ascii	"BPF_FUNC_sk_storage_delete"    # string offset=2896
	.byte	0
	.ascii	"BPF_FUNC_send_signal"          # string offset=2923
	.byte	0
	.ascii	"BPF_FUNC_tcp_gen_syncookie"    # string offset=2944
	.byte	0
	.ascii	"BPF_FUNC_skb_output"           # string offset=2971
	.byte	0
	.ascii	"BPF_FUNC_probe_read_user"      # string offset=2991
	.byte	0
	.ascii	"BPF_FUNC_probe_read_kernel"    # string offset=3016
	.byte	0
	.ascii	"BPF_FUNC_probe_read_user_str"  # string offset=3043
	.byte	0
	.ascii	"BPF_FUNC_probe_read_kernel_str" # string offset=3072
	.byte	0
	.ascii	"BPF_FUNC_tcp_send_ack"         # string offset=3103
	.byte	0
	.ascii	"BPF_FUNC_send_signal_thread"   # string offset=3125
	.byte	0
	.ascii	"BPF_FUNC_jiffies64"            # string offset=3153
	.byte	0
	.ascii	"BPF_FUNC_read_branch_records"  # string offset=3172
	.byte	0
	.ascii	"BPF_FUNC_get_ns_current_pid_tgid" # string offset=3201
	.byte	0
	.ascii	"BPF_FUNC_xdp_output"           # string offset=3234
	.byte	0
	.ascii	"BPF_FUNC_get_netns_cookie"     # string offset=3254
	.byte	0
	.ascii	"BPF_FUNC_get_current_ancestor_cgroup_id" # string offset=3280
	.byte	0
	.ascii	"BPF_FUNC_sk_assign"            # string offset=3320
	.byte	0
	.ascii	"BPF_FUNC_ktime_get_boot_ns"    # string offset=3339
	.byte	0
	.ascii	"BPF_FUNC_seq_printf"           # string offset=3366
	.byte	0
	.ascii	"BPF_FUNC_seq_write"            # string offset=3386
	.byte	0
	.ascii	"BPF_FUNC_sk_cgroup_id"         # string offset=3405
	.byte	0
	.ascii	"BPF_FUNC_sk_ancestor_cgroup_id" # string offset=3427
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_output"       # string offset=3458
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_reserve"      # string offset=3482
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_submit"       # string offset=3507
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_discard"      # string offset=3531
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_query"        # string offset=3556
	.byte	0
	.ascii	"BPF_FUNC_csum_level"           # string offset=3579
	.byte	0
	.ascii	"BPF_FUNC_skc_to_tcp6_sock"     # string offset=3599
	.byte	0
	.ascii	"BPF_FUNC_skc_to_tcp_sock"      # string offset=3625
	.byte	0
	.ascii	"BPF_FUNC_skc_to_tcp_timewait_sock" # string offset=3650
	.byte	0
	.ascii	"BPF_FUNC_skc_to_tcp_request_sock" # string offset=3684
	.byte	0
	.ascii	"BPF_FUNC_skc_to_udp6_sock"     # string offset=3717
	.byte	0
	.ascii	"BPF_FUNC_get_task_stack"       # string offset=3743
	.byte	0
	.ascii	"BPF_FUNC_load_hdr_opt"         # string offset=3767
	.byte	0
	.ascii	"BPF_FUNC_store_hdr_opt"        # string offset=3789
	.byte	0
	.ascii	"BPF_FUNC_reserve_hdr_opt"      # string offset=3812
	.byte	0
	.ascii	"BPF_FUNC_inode_storage_get"    # string offset=3837
	.byte	0
	.ascii	"BPF_FUNC_inode_storage_delete" # string offset=3864
	.byte	0
	.ascii	"BPF_FUNC_d_path"               # string offset=3894
	.byte	0
	.ascii	"BPF_FUNC_copy_from_user"       # string offset=3910
	.byte	0
	.ascii	"BPF_FUNC_snprintf_btf"         # string offset=3934
	.byte	0
	.ascii	"BPF_FUNC_seq_printf_btf"       # string offset=3956
	.byte	0
	.ascii	"BPF_FUNC_skb_cgroup_classid"   # string offset=3980
	.byte	0
	.ascii	"BPF_FUNC_redirect_neigh"       # string offset=4008
	.byte	0
	.ascii	"BPF_FUNC_per_cpu_ptr"          # string offset=4032
	.byte	0
	.ascii	"BPF_FUNC_this_cpu_ptr"         # string offset=4053
	.byte	0
	.ascii	"BPF_FUNC_redirect_peer"        # string offset=4075
	.byte	0
	.ascii	"BPF_FUNC_task_storage_get"     # string offset=4098
	.byte	0
	.ascii	"BPF_FUNC_task_storage_delete"  # string offset=4124
	.byte	0
	.ascii	"BPF_FUNC_get_current_task_btf" # string offset=4153
	.byte	0
	.ascii	"BPF_FUNC_bprm_opts_set"        # string offset=4183
	.byte	0
	.ascii	"BPF_FUNC_ktime_get_coarse_ns"  # string offset=4206
	.byte	0
	.ascii	"BPF_FUNC_ima_inode_hash"       # string offset=4235
	.byte	0
	.ascii	"BPF_FUNC_sock_from_file"       # string offset=4259
	.byte	0
	.ascii	"BPF_FUNC_check_mtu"            # string offset=4283
	.byte	0
	.ascii	"BPF_FUNC_for_each_map_elem"    # string offset=4302
	.byte	0
	.ascii	"BPF_FUNC_snprintf"             # string offset=4329
	.byte	0
	.ascii	"BPF_FUNC_sys_bpf"              # string offset=4347
	.byte	0
	.ascii	"BPF_FUNC_btf_find_by_name_kind" # string offset=4364
	.byte	0
	.ascii	"BPF_FUNC_sys_close"            # string offset=4395
	.byte	0
	.ascii	"BPF_FUNC_timer_init"           # string offset=4414
	.byte	0
	.ascii	"BPF_FUNC_timer_set_callback"   # string offset=4434
	.byte	0
	.ascii	"BPF_FUNC_timer_start"          # string offset=4462
	.byte	0
	.ascii	"BPF_FUNC_timer_cancel"         # string offset=4483
	.byte	0
	.ascii	"BPF_FUNC_get_func_ip"          # string offset=4505
	.byte	0
	.ascii	"BPF_FUNC_get_attach_cookie"    # string offset=4526
	.byte	0
	.ascii	"BPF_FUNC_task_pt_regs"         # string offset=4553
	.byte	0
	.ascii	"BPF_FUNC_get_branch_snapshot"  # string offset=4575
	.byte	0
	.ascii	"BPF_FUNC_trace_vprintk"        # string offset=4604
	.byte	0
	.ascii	"BPF_FUNC_skc_to_unix_sock"     # string offset=4627
	.byte	0
	.ascii	"BPF_FUNC_kallsyms_lookup_name" # string offset=4653
	.byte	0
	.ascii	"BPF_FUNC_find_vma"             # string offset=4683
	.byte	0
	.ascii	"BPF_FUNC_loop"                 # string offset=4701
	.byte	0
	.ascii	"BPF_FUNC_strncmp"              # string offset=4715
	.byte	0
	.ascii	"BPF_FUNC_get_func_arg"         # string offset=4732
	.byte	0
	.ascii	"BPF_FUNC_get_func_ret"         # string offset=4754
	.byte	0
	.ascii	"BPF_FUNC_get_func_arg_cnt"     # string offset=4776
	.byte	0
	.ascii	"BPF_FUNC_get_retval"           # string offset=4802
	.byte	0
	.ascii	"BPF_FUNC_set_retval"           # string offset=4822
	.byte	0
	.ascii	"BPF_FUNC_xdp_get_buff_len"     # string offset=4842
	.byte	0
	.ascii	"BPF_FUNC_xdp_load_bytes"       # string offset=4868
	.byte	0
	.ascii	"BPF_FUNC_xdp_store_bytes"      # string offset=4892
	.byte	0
	.ascii	"BPF_FUNC_copy_from_user_task"  # string offset=4917
	.byte	0
	.ascii	"BPF_FUNC_skb_set_tstamp"       # string offset=4946
	.byte	0
	.ascii	"BPF_FUNC_ima_file_hash"        # string offset=4970
	.byte	0
	.ascii	"BPF_FUNC_kptr_xchg"            # string offset=4993
	.byte	0
	.ascii	"BPF_FUNC_map_lookup_percpu_elem" # string offset=5012
	.byte	0
	.ascii	"BPF_FUNC_skc_to_mptcp_sock"    # string offset=5044
	.byte	0
	.ascii	"BPF_FUNC_dynptr_from_mem"      # string offset=5071
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_reserve_dynptr" # string offset=5096
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_submit_dynptr" # string offset=5128
	.byte	0
	.ascii	"BPF_FUNC_ringbuf_discard_dynptr" # string offset=5159
	.byte	0
	.ascii	"BPF_FUNC_dynptr_read"          # string offset=5191
	.byte	0
	.ascii	"BPF_FUNC_dynptr_write"         # string offset=5212
	.byte	0
	.ascii	"BPF_FUNC_dynptr_data"          # string offset=5234
	.byte	0
	.ascii	"BPF_FUNC_tcp_raw_gen_syncookie_ipv4" # string offset=5255
	.byte	0
	.ascii	"BPF_FUNC_tcp_raw_gen_syncookie_ipv6" # string offset=5291
	.byte	0
	.ascii	"BPF_FUNC_tcp_raw_check_syncookie_ipv4" # string offset=5327
	.byte	0
	.ascii	"BPF_FUNC_tcp_raw_check_syncookie_ipv6" # string offset=5365
	.byte	0
	.ascii	"BPF_FUNC_ktime_get_tai_ns"     # string offset=5403
	.byte	0
	.ascii	"BPF_FUNC_user_ringbuf_drain"   # string offset=5429
	.byte	0
	.ascii	"BPF_FUNC_cgrp_storage_get"     # string offset=5457
	.byte	0
	.ascii	"BPF_FUNC_cgrp_storage_delete"  # string offset=5483
	.byte	0
	.ascii	"__BPF_FUNC_MAX_ID"             # string offset=5512
	.byte	0
	.ascii	"130"                           # string offset=5530
	.byte	0
	.ascii	"\tringbuf_output_id = bpf_core_enum_value(enum bpf_func_id, BPF_FUNC_ringbuf_output);" # string offset=5534
	.byte	0
	.ascii	"bpf_map_type___local"          # string offset=5619
	.byte	0
	.ascii	"BPF_MAP_TYPE_HASH___local"     # string offset=5640
	.byte	0
	.ascii	"BPF_MAP_TYPE_BPF4J_NONE___local" # string offset=5666
	.byte	0
	.byte	48                              # string offset=5698
	.byte	0
	.ascii	"\thash_value = bpf_core_enum_value(enum bpf_map_type___local, BPF_MAP_TYPE_HASH___local);" # string offset=5700
	.byte	0
	.ascii	"\thas_ringbuf_helper = bpf_core_enum_value_exists(enum bpf_func_id, BPF_FUNC_ringbuf_output);" # string offset=5789
	.byte	0
	.ascii	"bpf_map_type"                  # string offset=5882
	.byte	0
	.ascii	"BPF_MAP_TYPE_UNSPEC"           # string offset=5895
	.byte	0
	.ascii	"BPF_MAP_TYPE_HASH"             # string offset=5915
	.byte	0
	.ascii	"BPF_MAP_TYPE_ARRAY"            # string offset=5933
	.byte	0
	.ascii	"BPF_MAP_TYPE_PROG_ARRAY"       # string offset=5952
	.byte	0
	.ascii	"BPF_MAP_TYPE_PERF_EVENT_ARRAY" # string offset=5976
	.byte	0
	.ascii	"BPF_MAP_TYPE_PERCPU_HASH"      # string offset=6006
	.byte	0
	.ascii	"BPF_MAP_TYPE_PERCPU_ARRAY"     # string offset=6031
	.byte	0
	.ascii	"BPF_MAP_TYPE_STACK_TRACE"      # string offset=6057
	.byte	0
	.ascii	"BPF_MAP_TYPE_CGROUP_ARRAY"     # string offset=6082
	.byte	0
	.ascii	"BPF_MAP_TYPE_LRU_HASH"         # string offset=6108
	.byte	0
	.ascii	"BPF_MAP_TYPE_LRU_PERCPU_HASH"  # string offset=6130
	.byte	0
	.ascii	"BPF_MAP_TYPE_LPM_TRIE"         # string offset=6159
	.byte	0
	.ascii	"BPF_MAP_TYPE_ARRAY_OF_MAPS"    # string offset=6181
	.byte	0
	.ascii	"BPF_MAP_TYPE_HASH_OF_MAPS"     # string offset=6208
	.byte	0
	.ascii	"BPF_MAP_TYPE_DEVMAP"           # string offset=6234
	.byte	0
	.ascii	"BPF_MAP_TYPE_SOCKMAP"          # string offset=6254
	.byte	0
	.ascii	"BPF_MAP_TYPE_CPUMAP"           # string offset=6275
	.byte	0
	.ascii	"BPF_MAP_TYPE_XSKMAP"           # string offset=6295
	.byte	0
	.ascii	"BPF_MAP_TYPE_SOCKHASH"         # string offset=6315
	.byte	0
	.ascii	"BPF_MAP_TYPE_CGROUP_STORAGE_DEPRECATED" # string offset=6337
	.byte	0
	.ascii	"BPF_MAP_TYPE_CGROUP_STORAGE"   # string offset=6376
	.byte	0
	.ascii	"BPF_MAP_TYPE_REUSEPORT_SOCKARRAY" # string offset=6404
	.byte	0
	.ascii	"BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE_DEPRECATED" # string offset=6437
	.byte	0
	.ascii	"BPF_MAP_TYPE_PERCPU_CGROUP_STORAGE" # string offset=6483
	.byte	0
	.ascii	"BPF_MAP_TYPE_QUEUE"            # string offset=6518
	.byte	0
	.ascii	"BPF_MAP_TYPE_STACK"            # string offset=6537
	.byte	0
	.ascii	"BPF_MAP_TYPE_SK_STORAGE"       # string offset=6556
	.byte	0
	.ascii	"BPF_MAP_TYPE_DEVMAP_HASH"      # string offset=6580
	.byte	0
	.ascii	"BPF_MAP_TYPE_STRUCT_OPS"       # string offset=6605
	.byte	0
	.ascii	"BPF_MAP_TYPE_RINGBUF"          # string offset=6629
	.byte	0
	.ascii	"BPF_MAP_TYPE_INODE_STORAGE"    # string offset=6650
	.byte	0
	.ascii	"BPF_MAP_TYPE_TASK_STORAGE"     # string offset=6677
	.byte	0
	.ascii	"BPF_MAP_TYPE_BLOOM_FILTER"     # string offset=6703
	.byte	0
	.ascii	"BPF_MAP_TYPE_USER_RINGBUF"     # string offset=6729
	.byte	0
	.ascii	"BPF_MAP_TYPE_CGRP_STORAGE"     # string offset=6755
	.byte	0
	.ascii	"BPF_MAP_TYPE_ARENA"            # string offset=6781
	.byte	0
	.ascii	"__MAX_BPF_MAP_TYPE"            # string offset=6800
	.byte	0
	.ascii	"35"                            # string offset=6819
	.byte	0
	.ascii	"\thas_arena_map = bpf_core_enum_value_exists(enum bpf_map_type, BPF_MAP_TYPE_ARENA);" # string offset=6822
	.byte	0
	.ascii	"\thas_made_up = bpf_core_enum_value_exists(enum bpf_map_type___local, BPF_MAP_TYPE_BPF4J_NONE___local);" # string offset=6906
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=7009
	.byte	0
	.ascii	"__u32"                         # string offset=7020
	.byte	0
	.ascii	"unsigned int"                  # string offset=7026
	.byte	0
	.ascii	"has_ringbuf_helper"            # string offset=7039
	.byte	0
	.ascii	"has_arena_map"                 # string offset=7058
	.byte	0
	.ascii	"has_made_up"                   # string offset=7072
	.byte	0
	.ascii	"__u64"                         # string offset=7084
	.byte	0
	.ascii	"unsigned long long"            # string offset=7090
	.byte	0
	.ascii	"tgid_value"                    # string offset=7109
	.byte	0
	.ascii	"ringbuf_output_id"             # string offset=7120
	.byte	0
	.ascii	"hash_value"                    # string offset=7138
	.byte	0
	.ascii	"char"                          # string offset=7149
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=7154
	.byte	0
	.ascii	"LICENSE"                       # string offset=7174
	.byte	0
	.ascii	".bss"                          # string offset=7182
	.byte	0
	.ascii	"license"                       # string offset=7187
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	140
	.long	160
	.long	108
	.long	8                               # FuncInfo
	.long	15                              # FuncInfo section string offset=15
	.long	1
	.long	.Lfunc_begin0
	.long	4
	.long	16                              # LineInfo
	.long	15                              # LineInfo section string offset=15
	.long	8
	.long	.Lfunc_begin0
	.long	125
	.long	143
	.long	21504                           # Line 21 Col 0
	.long	.Ltmp3
	.long	125
	.long	164
	.long	26637                           # Line 26 Col 13
	.long	.Ltmp5
	.long	125
	.long	5534
	.long	27668                           # Line 27 Col 20
	.long	.Ltmp7
	.long	125
	.long	5700
	.long	28685                           # Line 28 Col 13
	.long	.Ltmp9
	.long	125
	.long	5789
	.long	23573                           # Line 23 Col 21
	.long	.Ltmp11
	.long	125
	.long	6822
	.long	24592                           # Line 24 Col 16
	.long	.Ltmp13
	.long	125
	.long	6906
	.long	25614                           # Line 25 Col 14
	.long	.Ltmp14
	.long	125
	.long	7009
	.long	29698                           # Line 29 Col 2
	.long	16                              # FieldReloc
	.long	15                              # Field reloc section string offset=15
	.long	6
	.long	.Ltmp0
	.long	5
	.long	123
	.long	11
	.long	.Ltmp4
	.long	6
	.long	5530
	.long	11
	.long	.Ltmp6
	.long	7
	.long	5698
	.long	11
	.long	.Ltmp8
	.long	6
	.long	5530
	.long	10
	.long	.Ltmp10
	.long	8
	.long	6819
	.long	10
	.long	.Ltmp12
	.long	7
	.long	123
	.long	10
	.addrsig
	.addrsig_sym enums
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
