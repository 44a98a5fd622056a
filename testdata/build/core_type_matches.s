	.text
	.file	"core_type_matches.c"
	.file	0 "." "src/core_type_matches.c" md5 0x806e9f53f4d8f4fe67b3299ba027afda
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_core_read.h" md5 0x3441d4105e978a1f6a56f472c2d0c17e
	.section	"tracepoint/syscalls/sys_enter_getuid","ax",@progbits
	.globl	matches                         # -- Begin function matches
	.p2align	3
	.type	matches,@function
matches:                                # @matches
.Lfunc_begin0:
	.loc	0 37 0                          # src/core_type_matches.c:37:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
.Ltmp0:
	r1 = 1
.Ltmp1:
	.loc	0 38 15 prologue_end            # src/core_type_matches.c:38:15
.Ltmp2:
.Ltmp3:
	r2 = same_matches ll
	*(u32 *)(r2 + 0) = w1
.Ltmp4:
	r1 = 1
	.loc	0 39 16                         # src/core_type_matches.c:39:16
.Ltmp5:
	r2 = extra_matches ll
	*(u32 *)(r2 + 0) = w1
.Ltmp6:
	r1 = 1
	.loc	0 40 19                         # src/core_type_matches.c:40:19
.Ltmp7:
	r2 = callback_matches ll
	*(u32 *)(r2 + 0) = w1
.Ltmp8:
	r1 = 1
	.loc	0 41 15                         # src/core_type_matches.c:41:15
.Ltmp9:
	r2 = enum_matches ll
	*(u32 *)(r2 + 0) = w1
	.loc	0 42 2                          # src/core_type_matches.c:42:2
.Ltmp10:
	w0 = 0
	exit
.Ltmp11:
.Ltmp12:
.Lfunc_end0:
	.size	matches, .Lfunc_end0-matches
	.cfi_endproc
                                        # -- End function
	.type	same_matches,@object            # @same_matches
	.section	.bss,"aw",@nobits
	.globl	same_matches
	.p2align	2, 0x0
same_matches:
	.long	0                               # 0x0
	.size	same_matches, 4

	.type	extra_matches,@object           # @extra_matches
	.globl	extra_matches
	.p2align	2, 0x0
extra_matches:
	.long	0                               # 0x0
	.size	extra_matches, 4

	.type	callback_matches,@object        # @callback_matches
	.globl	callback_matches
	.p2align	2, 0x0
callback_matches:
	.long	0                               # 0x0
	.size	callback_matches, 4

	.type	enum_matches,@object            # @enum_matches
	.globl	enum_matches
	.p2align	2, 0x0
enum_matches:
	.long	0                               # 0x0
	.size	enum_matches, 4

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
	.byte	11                              # DW_FORM_data1
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
	.byte	11                              # Abbreviation Code
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
	.byte	12                              # Abbreviation Code
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
	.byte	1                               # Abbrev [1] 0xc:0xaf DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.byte	2                               # Abbrev [2] 0x23:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	46                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	45                              # DW_AT_decl_line
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
	.byte	30                              # DW_AT_decl_line
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
	.byte	31                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	2
	.byte	2                               # Abbrev [2] 0x64:0xb DW_TAG_variable
	.byte	10                              # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	32                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	3
	.byte	2                               # Abbrev [2] 0x6f:0xb DW_TAG_variable
	.byte	11                              # DW_AT_name
	.long	77                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	33                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	4
	.byte	8                               # Abbrev [8] 0x7a:0x13 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.byte	15                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	2                               # DW_AT_decl_file
	.byte	29                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x83:0x3 DW_TAG_enumerator
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x86:0x3 DW_TAG_enumerator
	.byte	13                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x89:0x3 DW_TAG_enumerator
	.byte	14                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x8d:0x10 DW_TAG_enumeration_type
	.long	85                              # DW_AT_type
	.byte	18                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x96:0x3 DW_TAG_enumerator
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0x99:0x3 DW_TAG_enumerator
	.byte	17                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	10                              # Abbrev [10] 0x9d:0x18 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	181                             # DW_AT_type
                                        # DW_AT_external
	.byte	11                              # Abbrev [11] 0xac:0x8 DW_TAG_formal_parameter
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	36                              # DW_AT_decl_line
	.long	185                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0xb5:0x4 DW_TAG_base_type
	.byte	20                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	12                              # Abbrev [12] 0xb9:0x1 DW_TAG_pointer_type
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	92                              # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/core_type_matches.c"       # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=64
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=66
.Linfo_string4:
	.asciz	"char"                          # string offset=74
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string6:
	.asciz	"same_matches"                  # string offset=99
.Linfo_string7:
	.asciz	"unsigned int"                  # string offset=112
.Linfo_string8:
	.asciz	"__u32"                         # string offset=125
.Linfo_string9:
	.asciz	"extra_matches"                 # string offset=131
.Linfo_string10:
	.asciz	"callback_matches"              # string offset=145
.Linfo_string11:
	.asciz	"enum_matches"                  # string offset=162
.Linfo_string12:
	.asciz	"BPF_TYPE_EXISTS"               # string offset=175
.Linfo_string13:
	.asciz	"BPF_TYPE_SIZE"                 # string offset=191
.Linfo_string14:
	.asciz	"BPF_TYPE_MATCHES"              # string offset=205
.Linfo_string15:
	.asciz	"bpf_type_info_kind"            # string offset=222
.Linfo_string16:
	.asciz	"PIDTYPE_PID___subset"          # string offset=241
.Linfo_string17:
	.asciz	"PIDTYPE_TGID___subset"         # string offset=262
.Linfo_string18:
	.asciz	"pid_type___subset"             # string offset=284
.Linfo_string19:
	.asciz	"matches"                       # string offset=302
.Linfo_string20:
	.asciz	"int"                           # string offset=310
.Linfo_string21:
	.asciz	"ctx"                           # string offset=314
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	same_matches
	.quad	extra_matches
	.quad	callback_matches
	.quad	enum_matches
	.quad	.Lfunc_begin0
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	524
	.long	524
	.long	647
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
	.long	54                              # BTF_KIND_STRUCT(id = 5)
	.long	67108866                        # 0x4000002
	.long	16
	.long	71
	.long	6
	.long	0                               # 0x0
	.long	76
	.long	6
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 6)
	.long	33554432                        # 0x2000000
	.long	5
	.long	196                             # BTF_KIND_STRUCT(id = 7)
	.long	67108867                        # 0x4000003
	.long	24
	.long	71
	.long	8
	.long	0                               # 0x0
	.long	76
	.long	8
	.long	64                              # 0x40
	.long	214
	.long	3
	.long	128                             # 0x80
	.long	0                               # BTF_KIND_PTR(id = 8)
	.long	33554432                        # 0x2000000
	.long	7
	.long	292                             # BTF_KIND_STRUCT(id = 9)
	.long	67108866                        # 0x4000002
	.long	16
	.long	71
	.long	10
	.long	0                               # 0x0
	.long	313
	.long	11
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_PTR(id = 10)
	.long	33554432                        # 0x2000000
	.long	9
	.long	0                               # BTF_KIND_PTR(id = 11)
	.long	33554432                        # 0x2000000
	.long	12
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 12)
	.long	218103809                       # 0xd000001
	.long	0
	.long	0
	.long	10
	.long	390                             # BTF_KIND_ENUM(id = 13)
	.long	100663298                       # 0x6000002
	.long	4
	.long	408
	.long	0
	.long	429
	.long	1
	.long	525                             # BTF_KIND_TYPEDEF(id = 14)
	.long	134217728                       # 0x8000000
	.long	15
	.long	531                             # BTF_KIND_INT(id = 15)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	544                             # BTF_KIND_VAR(id = 16)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	557                             # BTF_KIND_VAR(id = 17)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	571                             # BTF_KIND_VAR(id = 18)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	588                             # BTF_KIND_VAR(id = 19)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	601                             # BTF_KIND_INT(id = 20)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 21)
	.long	50331648                        # 0x3000000
	.long	0
	.long	20
	.long	22
	.long	4
	.long	606                             # BTF_KIND_INT(id = 22)
	.long	16777216                        # 0x1000000
	.long	4
	.long	32                              # 0x20
	.long	626                             # BTF_KIND_VAR(id = 23)
	.long	234881024                       # 0xe000000
	.long	21
	.long	1
	.long	634                             # BTF_KIND_DATASEC(id = 24)
	.long	251658244                       # 0xf000004
	.long	0
	.long	16
	.long	same_matches
	.long	4
	.long	17
	.long	extra_matches
	.long	4
	.long	18
	.long	callback_matches
	.long	4
	.long	19
	.long	enum_matches
	.long	4
	.long	639                             # BTF_KIND_DATASEC(id = 25)
	.long	251658241                       # 0xf000001
	.long	0
	.long	23
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"ctx"                           # string offset=1
	.byte	0
	.ascii	"int"                           # string offset=5
	.byte	0
	.ascii	"matches"                       # string offset=9
	.byte	0
	.ascii	"tracepoint/syscalls/sys_enter_getuid" # string offset=17
	.byte	0
	.ascii	"list_head___same"              # string offset=54
	.byte	0
	.ascii	"next"                          # string offset=71
	.byte	0
	.ascii	"prev"                          # string offset=76
	.byte	0
	.byte	48                              # string offset=81
	.byte	0
	.ascii	"./src/core_type_matches.c"     # string offset=83
	.byte	0
	.ascii	"int matches(void *ctx)"        # string offset=109
	.byte	0
	.ascii	"\tsame_matches = bpf_core_type_matches(struct list_head___same);" # string offset=132
	.byte	0
	.ascii	"list_head___extra"             # string offset=196
	.byte	0
	.ascii	"bpf4j_extra"                   # string offset=214
	.byte	0
	.ascii	"\textra_matches = bpf_core_type_matches(struct list_head___extra);" # string offset=226
	.byte	0
	.ascii	"callback_head___mine"          # string offset=292
	.byte	0
	.ascii	"func"                          # string offset=313
	.byte	0
	.ascii	"\tcallback_matches = bpf_core_type_matches(struct callback_head___mine);" # string offset=318
	.byte	0
	.ascii	"pid_type___subset"             # string offset=390
	.byte	0
	.ascii	"PIDTYPE_PID___subset"          # string offset=408
	.byte	0
	.ascii	"PIDTYPE_TGID___subset"         # string offset=429
	.byte	0
	.ascii	"\tenum_matches = bpf_core_type_matches(enum pid_type___subset);" # string offset=451
	.byte	0
	.ascii	"\treturn 0;"                   # string offset=514
	.byte	0
	.ascii	"__u32"                         # string offset=525
	.byte	0
	.ascii	"unsigned int"                  # string offset=531
	.byte	0
	.ascii	"same_matches"                  # string offset=544
	.byte	0
	.ascii	"extra_matches"                 # string offset=557
	.byte	0
	.ascii	"callback_matches"              # string offset=571
	.byte	0
	.ascii	"enum_matches"                  # string offset=588
	.byte	0
	.ascii	"char"                          # string offset=601
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=606
	.byte	0
	.ascii	"LICENSE"                       # string offset=626
	.byte	0
	.ascii	".bss"                          # string offset=634
	.byte	0
	.ascii	"license"                       # string offset=639
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	108
	.long	128
	.long	76
	.long	8                               # FuncInfo
	.long	17                              # FuncInfo section string offset=17
	.long	1
	.long	.Lfunc_begin0
	.long	4
	.long	16                              # LineInfo
	.long	17                              # LineInfo section string offset=17
	.long	6
	.long	.Lfunc_begin0
	.long	83
	.long	109
	.long	36864                           # Line 36 Col 0
	.long	.Ltmp3
	.long	83
	.long	132
	.long	38927                           # Line 38 Col 15
	.long	.Ltmp5
	.long	83
	.long	226
	.long	39952                           # Line 39 Col 16
	.long	.Ltmp7
	.long	83
	.long	318
	.long	40979                           # Line 40 Col 19
	.long	.Ltmp9
	.long	83
	.long	451
	.long	41999                           # Line 41 Col 15
	.long	.Ltmp10
	.long	83
	.long	514
	.long	43010                           # Line 42 Col 2
	.long	16                              # FieldReloc
	.long	17                              # Field reloc section string offset=17
	.long	4
	.long	.Ltmp0
	.long	5
	.long	81
	.long	12
	.long	.Ltmp4
	.long	7
	.long	81
	.long	12
	.long	.Ltmp6
	.long	9
	.long	81
	.long	12
	.long	.Ltmp8
	.long	13
	.long	81
	.long	12
	.addrsig
	.addrsig_sym matches
	.addrsig_sym LICENSE
	.section	.debug_line,"",@progbits
.Lline_table_start0:
