	.text
	.file	"xdp_counter.c"
	.file	0 "." "src/xdp_counter.c" md5 0x8d6158b19a0a1233818c10848aa6a919
	.file	1 "build" "vmlinux.h" md5 0x821694c530bc05e0c9616f3bef117f9e
	.file	2 "/usr/include/bpf" "bpf_helper_defs.h" md5 0xba0039f6acc4710a5f4349e628ddfb60
	.section	xdp,"ax",@progbits
	.globl	xdp_count                       # -- Begin function xdp_count
	.p2align	3
	.type	xdp_count,@function
xdp_count:                              # @xdp_count
.Lfunc_begin0:
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: xdp_count:ctx <- $r1
	.loc	0 40 34 prologue_end            # src/xdp_counter.c:40:34
.Ltmp0:
.Ltmp1:
	w3 = *(u32 *)(r1 + 0)
.Ltmp2:
.Ltmp3:
	#DEBUG_VALUE: xdp_count:eth <- $r3
	#DEBUG_VALUE: xdp_count:data <- $r3
	.loc	0 41 38                         # src/xdp_counter.c:41:38
.Ltmp4:
.Ltmp5:
	w2 = *(u32 *)(r1 + 4)
.Ltmp6:
.Ltmp7:
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 42 23                         # src/xdp_counter.c:42:23
.Ltmp8:
	r6 = r2
	r6 -= r3
.Ltmp9:
.Ltmp10:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 45 19                         # src/xdp_counter.c:45:19
.Ltmp11:
	r1 = r3
.Ltmp12:
.Ltmp13:
	r1 += 14
.Ltmp14:
.Ltmp15:
	.loc	0 45 6 is_stmt 0                # src/xdp_counter.c:45:6
.Ltmp16:
	if r1 <= r2 goto LBB0_3
.Ltmp17:
.Ltmp18:
# %bb.1:
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: xdp_count:data <- $r3
	#DEBUG_VALUE: xdp_count:eth <- $r3
	.loc	0 0 6                           # src/xdp_counter.c:0:6
	w1 = 257
	*(u32 *)(r10 - 4) = w1
.Ltmp19:
.Ltmp20:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp21:
.Ltmp22:
	r2 += -4
.Ltmp23:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp24:
.Ltmp25:
	r1 = counters ll
	call 1
.Ltmp26:
.Ltmp27:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp28:
	if r0 == 0 goto LBB0_23
.Ltmp29:
.Ltmp30:
# %bb.2:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp31:
	goto LBB0_22
.Ltmp32:
.Ltmp33:
LBB0_3:
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: xdp_count:data <- $r3
	#DEBUG_VALUE: xdp_count:eth <- $r3
	.loc	0 49 21                         # src/xdp_counter.c:49:21
.Ltmp34:
.Ltmp35:
	w4 = *(u16 *)(r3 + 12)
.Ltmp36:
.Ltmp37:
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:proto <- undef
	.loc	0 51 6                          # src/xdp_counter.c:51:6
.Ltmp38:
	if w4 != 129 goto LBB0_8
.Ltmp39:
.Ltmp40:
# %bb.4:
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: xdp_count:data <- $r3
	#DEBUG_VALUE: xdp_count:eth <- $r3
	#DEBUG_VALUE: vlan <- $r1
	.loc	0 53 21                         # src/xdp_counter.c:53:21
.Ltmp41:
	r3 += 18
.Ltmp42:
.Ltmp43:
	.loc	0 53 7 is_stmt 0                # src/xdp_counter.c:53:7
.Ltmp44:
	if r3 <= r2 goto LBB0_7
.Ltmp45:
.Ltmp46:
# %bb.5:
	#DEBUG_VALUE: vlan <- $r1
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 0 7                           # src/xdp_counter.c:0:7
	w1 = 257
.Ltmp47:
.Ltmp48:
	*(u32 *)(r10 - 4) = w1
.Ltmp49:
.Ltmp50:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp51:
.Ltmp52:
	r2 += -4
.Ltmp53:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp54:
.Ltmp55:
	r1 = counters ll
	call 1
.Ltmp56:
.Ltmp57:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp58:
	if r0 == 0 goto LBB0_23
.Ltmp59:
.Ltmp60:
# %bb.6:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp61:
	goto LBB0_22
.Ltmp62:
.Ltmp63:
LBB0_7:
	#DEBUG_VALUE: vlan <- $r1
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 57 17                         # src/xdp_counter.c:57:17
.Ltmp64:
.Ltmp65:
	w4 = *(u16 *)(r1 + 2)
.Ltmp66:
.Ltmp67:
	#DEBUG_VALUE: xdp_count:next <- $r3
	#DEBUG_VALUE: xdp_count:proto <- undef
	.loc	0 0 17 is_stmt 0                # src/xdp_counter.c:0:17
	r1 = r3
.Ltmp68:
.Ltmp69:
	#DEBUG_VALUE: xdp_count:next <- $r1
LBB0_8:
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	.loc	0 60 6 is_stmt 1                # src/xdp_counter.c:60:6
.Ltmp70:
	if w4 == 56710 goto LBB0_16
.Ltmp71:
.Ltmp72:
# %bb.9:
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	if w4 != 8 goto LBB0_21
.Ltmp73:
.Ltmp74:
# %bb.10:
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: ip <- $r1
	.loc	0 62 19                         # src/xdp_counter.c:62:19
.Ltmp75:
	r3 = r1
	r3 += 20
	.loc	0 62 35 is_stmt 0               # src/xdp_counter.c:62:35
.Ltmp76:
	if r3 > r2 goto LBB0_12
.Ltmp77:
.Ltmp78:
# %bb.11:
	#DEBUG_VALUE: ip <- $r1
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 62 42                         # src/xdp_counter.c:62:42
.Ltmp79:
.Ltmp80:
	w2 = *(u8 *)(r1 + 0)
.Ltmp81:
.Ltmp82:
	w2 &= 15
.Ltmp83:
.Ltmp84:
	.loc	0 62 7                          # src/xdp_counter.c:62:7
.Ltmp85:
	if w2 > 4 goto LBB0_14
.Ltmp86:
.Ltmp87:
LBB0_12:
	#DEBUG_VALUE: ip <- $r1
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 0 7                           # src/xdp_counter.c:0:7
	w1 = 257
.Ltmp88:
.Ltmp89:
	*(u32 *)(r10 - 4) = w1
.Ltmp90:
.Ltmp91:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
	r2 += -4
.Ltmp92:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp93:
.Ltmp94:
	r1 = counters ll
	call 1
.Ltmp95:
.Ltmp96:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp97:
	if r0 == 0 goto LBB0_23
.Ltmp98:
.Ltmp99:
# %bb.13:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp100:
	goto LBB0_22
.Ltmp101:
.Ltmp102:
LBB0_16:
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	#DEBUG_VALUE: ip6 <- $r1
	.loc	0 69 20                         # src/xdp_counter.c:69:20
.Ltmp103:
	r3 = r1
	r3 += 40
.Ltmp104:
.Ltmp105:
	.loc	0 69 7 is_stmt 0                # src/xdp_counter.c:69:7
.Ltmp106:
	if r3 <= r2 goto LBB0_19
.Ltmp107:
.Ltmp108:
# %bb.17:
	#DEBUG_VALUE: ip6 <- $r1
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 0 7                           # src/xdp_counter.c:0:7
	w1 = 257
.Ltmp109:
.Ltmp110:
	*(u32 *)(r10 - 4) = w1
.Ltmp111:
.Ltmp112:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp113:
.Ltmp114:
	r2 += -4
.Ltmp115:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp116:
.Ltmp117:
	r1 = counters ll
	call 1
.Ltmp118:
.Ltmp119:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp120:
	if r0 == 0 goto LBB0_23
.Ltmp121:
.Ltmp122:
# %bb.18:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp123:
	goto LBB0_22
.Ltmp124:
.Ltmp125:
LBB0_19:
	#DEBUG_VALUE: ip6 <- $r1
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 73 14                         # src/xdp_counter.c:73:14
.Ltmp126:
.Ltmp127:
	w1 = *(u8 *)(r1 + 6)
.Ltmp128:
.Ltmp129:
	.loc	0 0 14 is_stmt 0                # src/xdp_counter.c:0:14
	*(u32 *)(r10 - 4) = w1
.Ltmp130:
.Ltmp131:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp132:
.Ltmp133:
	r2 += -4
.Ltmp134:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp135:
.Ltmp136:
	r1 = counters ll
	call 1
.Ltmp137:
.Ltmp138:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp139:
	if r0 == 0 goto LBB0_23
.Ltmp140:
.Ltmp141:
# %bb.20:
	#DEBUG_VALUE: count:c <- $r0
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp142:
	goto LBB0_22
.Ltmp143:
.Ltmp144:
LBB0_14:
	#DEBUG_VALUE: ip <- $r1
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 66 13                         # src/xdp_counter.c:66:13
.Ltmp145:
.Ltmp146:
	w1 = *(u8 *)(r1 + 9)
.Ltmp147:
.Ltmp148:
	.loc	0 0 13 is_stmt 0                # src/xdp_counter.c:0:13
	*(u32 *)(r10 - 4) = w1
.Ltmp149:
.Ltmp150:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
	r2 += -4
.Ltmp151:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp152:
.Ltmp153:
	r1 = counters ll
	call 1
.Ltmp154:
.Ltmp155:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp156:
	if r0 == 0 goto LBB0_23
.Ltmp157:
.Ltmp158:
# %bb.15:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp159:
	goto LBB0_22
.Ltmp160:
.Ltmp161:
LBB0_21:
	#DEBUG_VALUE: xdp_count:proto <- $w4
	#DEBUG_VALUE: xdp_count:next <- $r1
	#DEBUG_VALUE: xdp_count:len <- $r6
	#DEBUG_VALUE: xdp_count:data_end <- $r2
	.loc	0 0 13 is_stmt 0                # src/xdp_counter.c:0:13
	w1 = 256
.Ltmp162:
.Ltmp163:
	*(u32 *)(r10 - 4) = w1
.Ltmp164:
.Ltmp165:
	#DEBUG_VALUE: count:bytes <- $r6
	#DEBUG_VALUE: count:slot <- [DW_OP_plus_uconst 4, DW_OP_deref] $r10
	r2 = r10
.Ltmp166:
.Ltmp167:
	r2 += -4
.Ltmp168:
	.loc	0 30 22 is_stmt 1               # src/xdp_counter.c:30:22
.Ltmp169:
.Ltmp170:
	r1 = counters ll
	call 1
.Ltmp171:
.Ltmp172:
	#DEBUG_VALUE: count:c <- $r0
	.loc	0 31 6                          # src/xdp_counter.c:31:6
.Ltmp173:
	if r0 == 0 goto LBB0_23
.Ltmp174:
.Ltmp175:
LBB0_22:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 32 13                         # src/xdp_counter.c:32:13
.Ltmp176:
	r1 = *(u64 *)(r0 + 0)
	r1 += 1
	*(u64 *)(r0 + 0) = r1
	.loc	0 33 12                         # src/xdp_counter.c:33:12
.Ltmp177:
	r1 = *(u64 *)(r0 + 8)
	r1 += r6
	*(u64 *)(r0 + 8) = r1
.Ltmp178:
.Ltmp179:
LBB0_23:
	#DEBUG_VALUE: xdp_count:len <- $r6
	.loc	0 78 1                          # src/xdp_counter.c:78:1
.Ltmp180:
	w0 = 2
	exit
.Ltmp181:
.Ltmp182:
.Lfunc_end0:
	.size	xdp_count, .Lfunc_end0-xdp_count
	.cfi_endproc
                                        # -- End function
	.type	LICENSE,@object                 # @LICENSE
	.section	license,"aw",@progbits
	.globl	LICENSE
LICENSE:
	.asciz	"GPL"
	.size	LICENSE, 4

	.type	counters,@object                # @counters
	.section	.maps,"aw",@progbits
	.globl	counters
	.p2align	3, 0x0
counters:
	.zero	32
	.size	counters, 32

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	19                              # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
	.long	.Ldebug_loc9-.Lloclists_table_base0
	.long	.Ldebug_loc10-.Lloclists_table_base0
	.long	.Ldebug_loc11-.Lloclists_table_base0
	.long	.Ldebug_loc12-.Lloclists_table_base0
	.long	.Ldebug_loc13-.Lloclists_table_base0
	.long	.Ldebug_loc14-.Lloclists_table_base0
	.long	.Ldebug_loc15-.Lloclists_table_base0
	.long	.Ldebug_loc16-.Lloclists_table_base0
	.long	.Ldebug_loc17-.Lloclists_table_base0
	.long	.Ldebug_loc18-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin0-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp12-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp42-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp2-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp26-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp42-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp6-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp32-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp51-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp62-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp81-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp101-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp113-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp124-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp132-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp160-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp166-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp9-.Lfunc_begin0           #   starting offset
	.uleb128 .Lfunc_end0-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp36-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp62-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp66-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp66-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp68-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	83                              # DW_OP_reg3
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp68-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp88-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp101-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp109-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp124-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp128-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp143-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp147-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp160-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp162-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp68-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp95-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp101-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp118-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp124-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp137-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp143-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp154-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp160-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp171-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp39-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp47-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp62-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp68-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc9:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp56-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp59-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc10:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp73-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp88-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp143-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp147-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc11:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp95-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp98-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc12:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp101-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp109-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp124-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp128-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc13:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp118-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp121-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc14:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp130-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	86                              # DW_OP_reg6
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc15:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp130-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	2                               # Loc expr size
	.byte	122                             # DW_OP_breg10
	.byte	4                               # 4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc16:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp137-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc17:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp154-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp157-.Lfunc_begin0         #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc18:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp171-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp174-.Lfunc_begin0         #   ending offset
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
	.byte	14                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
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
	.byte	19                              # Abbreviation Code
	.byte	40                              # DW_TAG_enumerator
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	28                              # DW_AT_const_value
	.byte	15                              # DW_FORM_udata
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
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
	.byte	21                              # Abbreviation Code
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
	.byte	22                              # Abbreviation Code
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
	.byte	23                              # Abbreviation Code
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
	.byte	24                              # Abbreviation Code
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
	.byte	25                              # Abbreviation Code
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
	.byte	26                              # Abbreviation Code
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
	.byte	27                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	28                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	29                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	30                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	85                              # DW_AT_ranges
	.byte	35                              # DW_FORM_rnglistx
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	31                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	32                              # Abbreviation Code
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
	.byte	33                              # Abbreviation Code
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
	.byte	34                              # Abbreviation Code
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
	.byte	6                               # DW_FORM_data4
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
	.byte	6                               # DW_FORM_data4
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	37                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	6                               # DW_FORM_data4
	.byte	13                              # DW_AT_bit_size
	.byte	11                              # DW_FORM_data1
	.byte	107                             # DW_AT_data_bit_offset
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	38                              # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	6                               # DW_FORM_data4
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	39                              # Abbreviation Code
	.byte	23                              # DW_TAG_union_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	40                              # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	41                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	42                              # Abbreviation Code
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
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x58d DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	29                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lrnglists_table_base0          # DW_AT_rnglists_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x2b:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	54                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	80                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x36:0xc DW_TAG_array_type
	.long	66                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x3b:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x42:0x4 DW_TAG_base_type
	.byte	4                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	6                               # Abbrev [6] 0x46:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	2                               # Abbrev [2] 0x4a:0xb DW_TAG_variable
	.byte	6                               # DW_AT_name
	.long	85                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	26                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	1
	.byte	7                               # Abbrev [7] 0x55:0x29 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	21                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0x59:0x9 DW_TAG_member
	.byte	7                               # DW_AT_name
	.long	126                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x62:0x9 DW_TAG_member
	.byte	9                               # DW_AT_name
	.long	147                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	23                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x6b:0x9 DW_TAG_member
	.byte	10                              # DW_AT_name
	.long	165                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	24                              # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0x74:0x9 DW_TAG_member
	.byte	13                              # DW_AT_name
	.long	182                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	25                              # DW_AT_decl_line
	.byte	24                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x7e:0x5 DW_TAG_pointer_type
	.long	131                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x83:0xc DW_TAG_array_type
	.long	143                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x88:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	6                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x8f:0x4 DW_TAG_base_type
	.byte	8                               # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0x93:0x5 DW_TAG_pointer_type
	.long	152                             # DW_AT_type
	.byte	3                               # Abbrev [3] 0x98:0xd DW_TAG_array_type
	.long	143                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x9d:0x7 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.short	258                             # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0xa5:0x5 DW_TAG_pointer_type
	.long	170                             # DW_AT_type
	.byte	11                              # Abbrev [11] 0xaa:0x8 DW_TAG_typedef
	.long	178                             # DW_AT_type
	.byte	12                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xb2:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	9                               # Abbrev [9] 0xb6:0x5 DW_TAG_pointer_type
	.long	187                             # DW_AT_type
	.byte	12                              # Abbrev [12] 0xbb:0x18 DW_TAG_structure_type
	.byte	18                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	12                              # DW_AT_decl_line
	.byte	8                               # Abbrev [8] 0xc0:0x9 DW_TAG_member
	.byte	14                              # DW_AT_name
	.long	211                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	13                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	8                               # Abbrev [8] 0xc9:0x9 DW_TAG_member
	.byte	17                              # DW_AT_name
	.long	211                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0xd3:0x8 DW_TAG_typedef
	.long	219                             # DW_AT_type
	.byte	16                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	22                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0xdb:0x4 DW_TAG_base_type
	.byte	15                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0xdf:0x9 DW_TAG_variable
	.byte	19                              # DW_AT_name
	.long	232                             # DW_AT_type
	.byte	2                               # DW_AT_decl_file
	.byte	56                              # DW_AT_decl_line
	.byte	1                               # DW_AT_const_value
	.byte	9                               # Abbrev [9] 0xe8:0x5 DW_TAG_pointer_type
	.long	237                             # DW_AT_type
	.byte	14                              # Abbrev [14] 0xed:0x10 DW_TAG_subroutine_type
	.long	253                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	15                              # Abbrev [15] 0xf2:0x5 DW_TAG_formal_parameter
	.long	253                             # DW_AT_type
	.byte	15                              # Abbrev [15] 0xf7:0x5 DW_TAG_formal_parameter
	.long	254                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	16                              # Abbrev [16] 0xfd:0x1 DW_TAG_pointer_type
	.byte	9                               # Abbrev [9] 0xfe:0x5 DW_TAG_pointer_type
	.long	259                             # DW_AT_type
	.byte	17                              # Abbrev [17] 0x103:0x1 DW_TAG_const_type
	.byte	18                              # Abbrev [18] 0x104:0x1a DW_TAG_enumeration_type
	.long	178                             # DW_AT_type
	.byte	25                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	43828                           # DW_AT_decl_line
	.byte	19                              # Abbrev [19] 0x10e:0x3 DW_TAG_enumerator
	.byte	20                              # DW_AT_name
	.byte	0                               # DW_AT_const_value
	.byte	19                              # Abbrev [19] 0x111:0x3 DW_TAG_enumerator
	.byte	21                              # DW_AT_name
	.byte	1                               # DW_AT_const_value
	.byte	19                              # Abbrev [19] 0x114:0x3 DW_TAG_enumerator
	.byte	22                              # DW_AT_name
	.byte	2                               # DW_AT_const_value
	.byte	19                              # Abbrev [19] 0x117:0x3 DW_TAG_enumerator
	.byte	23                              # DW_AT_name
	.byte	3                               # DW_AT_const_value
	.byte	19                              # Abbrev [19] 0x11a:0x3 DW_TAG_enumerator
	.byte	24                              # DW_AT_name
	.byte	4                               # DW_AT_const_value
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x11e:0x4 DW_TAG_base_type
	.byte	26                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x122:0x8 DW_TAG_typedef
	.long	298                             # DW_AT_type
	.byte	28                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	14                              # DW_AT_decl_line
	.byte	5                               # Abbrev [5] 0x12a:0x4 DW_TAG_base_type
	.byte	27                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	2                               # DW_AT_byte_size
	.byte	20                              # Abbrev [20] 0x12e:0x1d DW_TAG_subprogram
	.byte	29                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
                                        # DW_AT_prototyped
                                        # DW_AT_inline
	.byte	21                              # Abbrev [21] 0x132:0x8 DW_TAG_formal_parameter
	.byte	30                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.long	170                             # DW_AT_type
	.byte	21                              # Abbrev [21] 0x13a:0x8 DW_TAG_formal_parameter
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	28                              # DW_AT_decl_line
	.long	211                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x142:0x8 DW_TAG_variable
	.byte	31                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	30                              # DW_AT_decl_line
	.long	182                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x14b:0x16d DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	90
                                        # DW_AT_call_all_calls
	.byte	32                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	143                             # DW_AT_type
                                        # DW_AT_external
	.byte	24                              # Abbrev [24] 0x15a:0x9 DW_TAG_formal_parameter
	.byte	0                               # DW_AT_location
	.byte	33                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	38                              # DW_AT_decl_line
	.long	696                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x163:0x9 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.byte	41                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	43                              # DW_AT_decl_line
	.long	768                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x16c:0x9 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	40                              # DW_AT_decl_line
	.long	253                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x175:0x9 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.byte	35                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	41                              # DW_AT_decl_line
	.long	253                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x17e:0x9 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.byte	48                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	42                              # DW_AT_decl_line
	.long	211                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x187:0x9 DW_TAG_variable
	.byte	6                               # DW_AT_location
	.byte	49                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	50                              # DW_AT_decl_line
	.long	253                             # DW_AT_type
	.byte	25                              # Abbrev [25] 0x190:0x9 DW_TAG_variable
	.byte	7                               # DW_AT_location
	.byte	50                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	49                              # DW_AT_decl_line
	.long	290                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x199:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	3                               # DW_AT_low_pc
	.long	.Ltmp29-.Ltmp23                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	46                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x1a6:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x1ae:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x1b5:0x6 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x1bc:0x4b DW_TAG_lexical_block
	.byte	0                               # DW_AT_ranges
	.byte	25                              # Abbrev [25] 0x1be:0x9 DW_TAG_variable
	.byte	12                              # DW_AT_location
	.byte	72                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	68                              # DW_AT_decl_line
	.long	1137                            # DW_AT_type
	.byte	30                              # Abbrev [30] 0x1c7:0x1c DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	1                               # DW_AT_ranges
	.byte	0                               # DW_AT_call_file
	.byte	73                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	31                              # Abbrev [31] 0x1d0:0x6 DW_TAG_formal_parameter
	.byte	15                              # DW_AT_location
	.long	306                             # DW_AT_abstract_origin
	.byte	31                              # Abbrev [31] 0x1d6:0x6 DW_TAG_formal_parameter
	.byte	14                              # DW_AT_location
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x1dc:0x6 DW_TAG_variable
	.byte	16                              # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x1e3:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	4                               # DW_AT_low_pc
	.long	.Ltmp121-.Ltmp115               # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	70                              # DW_AT_call_line
	.byte	4                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x1f0:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x1f8:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x1ff:0x6 DW_TAG_variable
	.byte	13                              # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x207:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	5                               # DW_AT_low_pc
	.long	.Ltmp174-.Ltmp168               # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	75                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x214:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x21c:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x223:0x6 DW_TAG_variable
	.byte	18                              # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x22a:0x52 DW_TAG_lexical_block
	.byte	2                               # DW_AT_ranges
	.byte	25                              # Abbrev [25] 0x22c:0x9 DW_TAG_variable
	.byte	10                              # DW_AT_location
	.byte	55                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	61                              # DW_AT_decl_line
	.long	880                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x235:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp98-.Ltmp92                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	63                              # DW_AT_call_line
	.byte	4                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x242:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x24a:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x251:0x6 DW_TAG_variable
	.byte	11                              # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x258:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	7                               # DW_AT_low_pc
	.long	.Ltmp157-.Ltmp151               # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	66                              # DW_AT_call_line
	.byte	3                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x265:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x26d:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x274:0x6 DW_TAG_variable
	.byte	17                              # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	29                              # Abbrev [29] 0x27c:0x2f DW_TAG_lexical_block
	.byte	3                               # DW_AT_ranges
	.byte	25                              # Abbrev [25] 0x27e:0x9 DW_TAG_variable
	.byte	8                               # DW_AT_location
	.byte	51                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	52                              # DW_AT_decl_line
	.long	842                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x287:0x23 DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	8                               # DW_AT_low_pc
	.long	.Ltmp59-.Ltmp53                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	54                              # DW_AT_call_line
	.byte	4                               # DW_AT_call_column
	.byte	27                              # Abbrev [27] 0x294:0x8 DW_TAG_formal_parameter
	.byte	2                               # DW_AT_location
	.byte	145
	.byte	4
	.long	306                             # DW_AT_abstract_origin
	.byte	27                              # Abbrev [27] 0x29c:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	86
	.long	314                             # DW_AT_abstract_origin
	.byte	28                              # Abbrev [28] 0x2a3:0x6 DW_TAG_variable
	.byte	9                               # DW_AT_location
	.long	322                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	32                              # Abbrev [32] 0x2ab:0xc DW_TAG_inlined_subroutine
	.long	302                             # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp178-.Ltmp174               # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	0                               # DW_AT_call_line
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x2b8:0x5 DW_TAG_pointer_type
	.long	701                             # DW_AT_type
	.byte	33                              # Abbrev [33] 0x2bd:0x43 DW_TAG_structure_type
	.byte	40                              # DW_AT_name
	.byte	24                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	43836                           # DW_AT_decl_line
	.byte	34                              # Abbrev [34] 0x2c3:0xa DW_TAG_member
	.byte	34                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43837                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x2cd:0xa DW_TAG_member
	.byte	35                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43838                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x2d7:0xa DW_TAG_member
	.byte	36                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43839                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x2e1:0xa DW_TAG_member
	.byte	37                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43840                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x2eb:0xa DW_TAG_member
	.byte	38                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43841                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x2f5:0xa DW_TAG_member
	.byte	39                              # DW_AT_name
	.long	170                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	43842                           # DW_AT_decl_line
	.byte	20                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x300:0x5 DW_TAG_pointer_type
	.long	773                             # DW_AT_type
	.byte	35                              # Abbrev [35] 0x305:0x2d DW_TAG_structure_type
	.byte	47                              # DW_AT_name
	.byte	14                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	80957                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x30d:0xc DW_TAG_member
	.byte	42                              # DW_AT_name
	.long	818                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	80958                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x319:0xc DW_TAG_member
	.byte	44                              # DW_AT_name
	.long	818                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	80959                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x325:0xc DW_TAG_member
	.byte	45                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	80960                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x332:0xc DW_TAG_array_type
	.long	830                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x337:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	6                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x33e:0x4 DW_TAG_base_type
	.byte	43                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	11                              # Abbrev [11] 0x342:0x8 DW_TAG_typedef
	.long	290                             # DW_AT_type
	.byte	46                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	69                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x34a:0x5 DW_TAG_pointer_type
	.long	847                             # DW_AT_type
	.byte	35                              # Abbrev [35] 0x34f:0x21 DW_TAG_structure_type
	.byte	54                              # DW_AT_name
	.byte	4                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	104455                          # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x357:0xc DW_TAG_member
	.byte	52                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	104456                          # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x363:0xc DW_TAG_member
	.byte	53                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	104457                          # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x370:0x5 DW_TAG_pointer_type
	.long	885                             # DW_AT_type
	.byte	35                              # Abbrev [35] 0x375:0xe1 DW_TAG_structure_type
	.byte	71                              # DW_AT_name
	.byte	20                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82804                           # DW_AT_decl_line
	.byte	37                              # Abbrev [37] 0x37d:0xd DW_TAG_member
	.byte	56                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82805                           # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	37                              # Abbrev [37] 0x38a:0xd DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82806                           # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	4                               # DW_AT_data_bit_offset
	.byte	36                              # Abbrev [36] 0x397:0xc DW_TAG_member
	.byte	59                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82807                           # DW_AT_decl_line
	.byte	1                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3a3:0xc DW_TAG_member
	.byte	60                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82808                           # DW_AT_decl_line
	.byte	2                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3af:0xc DW_TAG_member
	.byte	61                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82809                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3bb:0xc DW_TAG_member
	.byte	62                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82810                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3c7:0xc DW_TAG_member
	.byte	63                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82811                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3d3:0xc DW_TAG_member
	.byte	64                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82812                           # DW_AT_decl_line
	.byte	9                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x3df:0xc DW_TAG_member
	.byte	65                              # DW_AT_name
	.long	1118                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82813                           # DW_AT_decl_line
	.byte	10                              # DW_AT_data_member_location
	.byte	38                              # Abbrev [38] 0x3eb:0xb DW_TAG_member
	.long	1014                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82814                           # DW_AT_decl_line
	.byte	12                              # DW_AT_data_member_location
	.byte	39                              # Abbrev [39] 0x3f6:0x5f DW_TAG_union_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82814                           # DW_AT_decl_line
	.byte	38                              # Abbrev [38] 0x3fd:0xb DW_TAG_member
	.long	1032                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82815                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	40                              # Abbrev [40] 0x408:0x20 DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82815                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x40f:0xc DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	1129                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82816                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x41b:0xc DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1129                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82817                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	36                              # Abbrev [36] 0x428:0xc DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	1076                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82822                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	40                              # Abbrev [40] 0x434:0x20 DW_TAG_structure_type
	.byte	8                               # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82819                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x43b:0xc DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	1129                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82820                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x447:0xc DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1129                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82821                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	11                              # Abbrev [11] 0x456:0x8 DW_TAG_typedef
	.long	830                             # DW_AT_type
	.byte	57                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	41                              # Abbrev [41] 0x45e:0xb DW_TAG_typedef
	.long	290                             # DW_AT_type
	.byte	66                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.long	82164                           # DW_AT_decl_line
	.byte	11                              # Abbrev [11] 0x469:0x8 DW_TAG_typedef
	.long	170                             # DW_AT_type
	.byte	68                              # DW_AT_name
	.byte	1                               # DW_AT_decl_file
	.byte	73                              # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x471:0x5 DW_TAG_pointer_type
	.long	1142                            # DW_AT_type
	.byte	35                              # Abbrev [35] 0x476:0xbd DW_TAG_structure_type
	.byte	83                              # DW_AT_name
	.byte	40                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82838                           # DW_AT_decl_line
	.byte	37                              # Abbrev [37] 0x47e:0xd DW_TAG_member
	.byte	73                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82839                           # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	0                               # DW_AT_data_bit_offset
	.byte	37                              # Abbrev [37] 0x48b:0xd DW_TAG_member
	.byte	58                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82840                           # DW_AT_decl_line
	.byte	4                               # DW_AT_bit_size
	.byte	4                               # DW_AT_data_bit_offset
	.byte	36                              # Abbrev [36] 0x498:0xc DW_TAG_member
	.byte	74                              # DW_AT_name
	.long	1331                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82841                           # DW_AT_decl_line
	.byte	1                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4a4:0xc DW_TAG_member
	.byte	75                              # DW_AT_name
	.long	834                             # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82842                           # DW_AT_decl_line
	.byte	4                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4b0:0xc DW_TAG_member
	.byte	76                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82843                           # DW_AT_decl_line
	.byte	6                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4bc:0xc DW_TAG_member
	.byte	77                              # DW_AT_name
	.long	1110                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82844                           # DW_AT_decl_line
	.byte	7                               # DW_AT_data_member_location
	.byte	38                              # Abbrev [38] 0x4c8:0xb DW_TAG_member
	.long	1235                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82845                           # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	39                              # Abbrev [39] 0x4d3:0x5f DW_TAG_union_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82845                           # DW_AT_decl_line
	.byte	38                              # Abbrev [38] 0x4da:0xb DW_TAG_member
	.long	1253                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82846                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	40                              # Abbrev [40] 0x4e5:0x20 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82846                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x4ec:0xc DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	1343                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82847                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x4f8:0xc DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1343                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82848                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	36                              # Abbrev [36] 0x505:0xc DW_TAG_member
	.byte	70                              # DW_AT_name
	.long	1297                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82853                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	40                              # Abbrev [40] 0x511:0x20 DW_TAG_structure_type
	.byte	32                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.long	82850                           # DW_AT_decl_line
	.byte	36                              # Abbrev [36] 0x518:0xc DW_TAG_member
	.byte	67                              # DW_AT_name
	.long	1343                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82851                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	36                              # Abbrev [36] 0x524:0xc DW_TAG_member
	.byte	69                              # DW_AT_name
	.long	1343                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.long	82852                           # DW_AT_decl_line
	.byte	16                              # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x533:0xc DW_TAG_array_type
	.long	1110                            # DW_AT_type
	.byte	4                               # Abbrev [4] 0x538:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	3                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	33                              # Abbrev [33] 0x53f:0x35 DW_TAG_structure_type
	.byte	82                              # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	10454                           # DW_AT_decl_line
	.byte	34                              # Abbrev [34] 0x545:0xa DW_TAG_member
	.byte	78                              # DW_AT_name
	.long	1359                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10459                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	42                              # Abbrev [42] 0x54f:0x24 DW_TAG_union_type
	.byte	16                              # DW_AT_byte_size
	.byte	1                               # DW_AT_decl_file
	.short	10455                           # DW_AT_decl_line
	.byte	34                              # Abbrev [34] 0x554:0xa DW_TAG_member
	.byte	79                              # DW_AT_name
	.long	1396                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10456                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x55e:0xa DW_TAG_member
	.byte	80                              # DW_AT_name
	.long	1408                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10457                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	34                              # Abbrev [34] 0x568:0xa DW_TAG_member
	.byte	81                              # DW_AT_name
	.long	1420                            # DW_AT_type
	.byte	1                               # DW_AT_decl_file
	.short	10458                           # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x574:0xc DW_TAG_array_type
	.long	1110                            # DW_AT_type
	.byte	4                               # Abbrev [4] 0x579:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	16                              # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x580:0xc DW_TAG_array_type
	.long	834                             # DW_AT_type
	.byte	4                               # Abbrev [4] 0x585:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	8                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	3                               # Abbrev [3] 0x58c:0xc DW_TAG_array_type
	.long	1129                            # DW_AT_type
	.byte	4                               # Abbrev [4] 0x591:0x6 DW_TAG_subrange_type
	.long	70                              # DW_AT_type
	.byte	4                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_rnglists,"",@progbits
	.long	.Ldebug_list_header_end1-.Ldebug_list_header_start1 # Length
.Ldebug_list_header_start1:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	4                               # Offset entry count
.Lrnglists_table_base0:
	.long	.Ldebug_ranges0-.Lrnglists_table_base0
	.long	.Ldebug_ranges1-.Lrnglists_table_base0
	.long	.Ldebug_ranges2-.Lrnglists_table_base0
	.long	.Ldebug_ranges3-.Lrnglists_table_base0
.Ldebug_ranges0:
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp59-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp62-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp98-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp157-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp160-.Lfunc_begin0         #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges1:
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp32-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp59-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp62-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp98-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp101-.Lfunc_begin0         #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp121-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp124-.Lfunc_begin0         #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp134-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp143-.Lfunc_begin0         #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp157-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp160-.Lfunc_begin0         #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges2:
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp73-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp98-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp143-.Lfunc_begin0         #   starting offset
	.uleb128 .Ltmp157-.Lfunc_begin0         #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_ranges3:
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp39-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp59-.Lfunc_begin0          #   ending offset
	.byte	4                               # DW_RLE_offset_pair
	.uleb128 .Ltmp62-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp68-.Lfunc_begin0          #   ending offset
	.byte	0                               # DW_RLE_end_of_list
.Ldebug_list_header_end1:
	.section	.debug_str_offsets,"",@progbits
	.long	340                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 19.1.7 (3~deb12u1)" # string offset=0
.Linfo_string1:
	.asciz	"src/xdp_counter.c"             # string offset=40
.Linfo_string2:
	.asciz	"."                             # string offset=58
.Linfo_string3:
	.asciz	"LICENSE"                       # string offset=60
.Linfo_string4:
	.asciz	"char"                          # string offset=68
.Linfo_string5:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=73
.Linfo_string6:
	.asciz	"counters"                      # string offset=93
.Linfo_string7:
	.asciz	"type"                          # string offset=102
.Linfo_string8:
	.asciz	"int"                           # string offset=107
.Linfo_string9:
	.asciz	"max_entries"                   # string offset=111
.Linfo_string10:
	.asciz	"key"                           # string offset=123
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=127
.Linfo_string12:
	.asciz	"__u32"                         # string offset=140
.Linfo_string13:
	.asciz	"value"                         # string offset=146
.Linfo_string14:
	.asciz	"packets"                       # string offset=152
.Linfo_string15:
	.asciz	"unsigned long long"            # string offset=160
.Linfo_string16:
	.asciz	"__u64"                         # string offset=179
.Linfo_string17:
	.asciz	"bytes"                         # string offset=185
.Linfo_string18:
	.asciz	"counter"                       # string offset=191
.Linfo_string19:
	.asciz	"bpf_map_lookup_elem"           # string offset=199
.Linfo_string20:
	.asciz	"XDP_ABORTED"                   # string offset=219
.Linfo_string21:
	.asciz	"XDP_DROP"                      # string offset=231
.Linfo_string22:
	.asciz	"XDP_PASS"                      # string offset=240
.Linfo_string23:
	.asciz	"XDP_TX"                        # string offset=249
.Linfo_string24:
	.asciz	"XDP_REDIRECT"                  # string offset=256
.Linfo_string25:
	.asciz	"xdp_action"                    # string offset=269
.Linfo_string26:
	.asciz	"long"                          # string offset=280
.Linfo_string27:
	.asciz	"unsigned short"                # string offset=285
.Linfo_string28:
	.asciz	"__u16"                         # string offset=300
.Linfo_string29:
	.asciz	"count"                         # string offset=306
.Linfo_string30:
	.asciz	"slot"                          # string offset=312
.Linfo_string31:
	.asciz	"c"                             # string offset=317
.Linfo_string32:
	.asciz	"xdp_count"                     # string offset=319
.Linfo_string33:
	.asciz	"ctx"                           # string offset=329
.Linfo_string34:
	.asciz	"data"                          # string offset=333
.Linfo_string35:
	.asciz	"data_end"                      # string offset=338
.Linfo_string36:
	.asciz	"data_meta"                     # string offset=347
.Linfo_string37:
	.asciz	"ingress_ifindex"               # string offset=357
.Linfo_string38:
	.asciz	"rx_queue_index"                # string offset=373
.Linfo_string39:
	.asciz	"egress_ifindex"                # string offset=388
.Linfo_string40:
	.asciz	"xdp_md"                        # string offset=403
.Linfo_string41:
	.asciz	"eth"                           # string offset=410
.Linfo_string42:
	.asciz	"h_dest"                        # string offset=414
.Linfo_string43:
	.asciz	"unsigned char"                 # string offset=421
.Linfo_string44:
	.asciz	"h_source"                      # string offset=435
.Linfo_string45:
	.asciz	"h_proto"                       # string offset=444
.Linfo_string46:
	.asciz	"__be16"                        # string offset=452
.Linfo_string47:
	.asciz	"ethhdr"                        # string offset=459
.Linfo_string48:
	.asciz	"len"                           # string offset=466
.Linfo_string49:
	.asciz	"next"                          # string offset=470
.Linfo_string50:
	.asciz	"proto"                         # string offset=475
.Linfo_string51:
	.asciz	"vlan"                          # string offset=481
.Linfo_string52:
	.asciz	"h_vlan_TCI"                    # string offset=486
.Linfo_string53:
	.asciz	"h_vlan_encapsulated_proto"     # string offset=497
.Linfo_string54:
	.asciz	"vlan_hdr"                      # string offset=523
.Linfo_string55:
	.asciz	"ip"                            # string offset=532
.Linfo_string56:
	.asciz	"ihl"                           # string offset=535
.Linfo_string57:
	.asciz	"__u8"                          # string offset=539
.Linfo_string58:
	.asciz	"version"                       # string offset=544
.Linfo_string59:
	.asciz	"tos"                           # string offset=552
.Linfo_string60:
	.asciz	"tot_len"                       # string offset=556
.Linfo_string61:
	.asciz	"id"                            # string offset=564
.Linfo_string62:
	.asciz	"frag_off"                      # string offset=567
.Linfo_string63:
	.asciz	"ttl"                           # string offset=576
.Linfo_string64:
	.asciz	"protocol"                      # string offset=580
.Linfo_string65:
	.asciz	"check"                         # string offset=589
.Linfo_string66:
	.asciz	"__sum16"                       # string offset=595
.Linfo_string67:
	.asciz	"saddr"                         # string offset=603
.Linfo_string68:
	.asciz	"__be32"                        # string offset=609
.Linfo_string69:
	.asciz	"daddr"                         # string offset=616
.Linfo_string70:
	.asciz	"addrs"                         # string offset=622
.Linfo_string71:
	.asciz	"iphdr"                         # string offset=628
.Linfo_string72:
	.asciz	"ip6"                           # string offset=634
.Linfo_string73:
	.asciz	"priority"                      # string offset=638
.Linfo_string74:
	.asciz	"flow_lbl"                      # string offset=647
.Linfo_string75:
	.asciz	"payload_len"                   # string offset=656
.Linfo_string76:
	.asciz	"nexthdr"                       # string offset=668
.Linfo_string77:
	.asciz	"hop_limit"                     # string offset=676
.Linfo_string78:
	.asciz	"in6_u"                         # string offset=686
.Linfo_string79:
	.asciz	"u6_addr8"                      # string offset=692
.Linfo_string80:
	.asciz	"u6_addr16"                     # string offset=701
.Linfo_string81:
	.asciz	"u6_addr32"                     # string offset=711
.Linfo_string82:
	.asciz	"in6_addr"                      # string offset=721
.Linfo_string83:
	.asciz	"ipv6hdr"                       # string offset=730
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
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	LICENSE
	.quad	counters
	.quad	.Lfunc_begin0
	.quad	.Ltmp23
	.quad	.Ltmp115
	.quad	.Ltmp168
	.quad	.Ltmp92
	.quad	.Ltmp151
	.quad	.Ltmp53
	.quad	.Ltmp174
.Ldebug_addr_end0:
	.section	.BTF,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	24
	.long	0
	.long	1340
	.long	1340
	.long	1203
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
	.long	6
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
	.long	258
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
	.long	44                              # BTF_KIND_STRUCT(id = 11)
	.long	67108866                        # 0x4000002
	.long	16
	.long	52
	.long	12
	.long	0                               # 0x0
	.long	60
	.long	12
	.long	64                              # 0x40
	.long	66                              # BTF_KIND_TYPEDEF(id = 12)
	.long	134217728                       # 0x8000000
	.long	13
	.long	72                              # BTF_KIND_INT(id = 13)
	.long	16777216                        # 0x1000000
	.long	8
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_STRUCT(id = 14)
	.long	67108868                        # 0x4000004
	.long	32
	.long	91
	.long	1
	.long	0                               # 0x0
	.long	96
	.long	5
	.long	64                              # 0x40
	.long	108
	.long	7
	.long	128                             # 0x80
	.long	112
	.long	10
	.long	192                             # 0xc0
	.long	118                             # BTF_KIND_VAR(id = 15)
	.long	234881024                       # 0xe000000
	.long	14
	.long	1
	.long	0                               # BTF_KIND_PTR(id = 16)
	.long	33554432                        # 0x2000000
	.long	17
	.long	127                             # BTF_KIND_STRUCT(id = 17)
	.long	67108870                        # 0x4000006
	.long	24
	.long	134
	.long	8
	.long	0                               # 0x0
	.long	139
	.long	8
	.long	32                              # 0x20
	.long	148
	.long	8
	.long	64                              # 0x40
	.long	158
	.long	8
	.long	96                              # 0x60
	.long	174
	.long	8
	.long	128                             # 0x80
	.long	189
	.long	8
	.long	160                             # 0xa0
	.long	0                               # BTF_KIND_FUNC_PROTO(id = 18)
	.long	218103809                       # 0xd000001
	.long	2
	.long	204
	.long	16
	.long	208                             # BTF_KIND_FUNC(id = 19)
	.long	201326593                       # 0xc000001
	.long	18
	.long	489                             # BTF_KIND_STRUCT(id = 20)
	.long	67108867                        # 0x4000003
	.long	14
	.long	496
	.long	22
	.long	0                               # 0x0
	.long	503
	.long	22
	.long	48                              # 0x30
	.long	512
	.long	23
	.long	96                              # 0x60
	.long	520                             # BTF_KIND_INT(id = 21)
	.long	16777216                        # 0x1000000
	.long	1
	.long	8                               # 0x8
	.long	0                               # BTF_KIND_ARRAY(id = 22)
	.long	50331648                        # 0x3000000
	.long	0
	.long	21
	.long	4
	.long	6
	.long	534                             # BTF_KIND_TYPEDEF(id = 23)
	.long	134217728                       # 0x8000000
	.long	24
	.long	541                             # BTF_KIND_TYPEDEF(id = 24)
	.long	134217728                       # 0x8000000
	.long	25
	.long	547                             # BTF_KIND_INT(id = 25)
	.long	16777216                        # 0x1000000
	.long	2
	.long	16                              # 0x10
	.long	674                             # BTF_KIND_STRUCT(id = 26)
	.long	67108866                        # 0x4000002
	.long	4
	.long	683
	.long	23
	.long	0                               # 0x0
	.long	694
	.long	23
	.long	16                              # 0x10
	.long	852                             # BTF_KIND_STRUCT(id = 27)
	.long	2214592522                      # 0x8400000a
	.long	20
	.long	858
	.long	28
	.long	67108864                        # 0x4000000
	.long	862
	.long	28
	.long	67108868                        # 0x4000004
	.long	870
	.long	28
	.long	8                               # 0x8
	.long	874
	.long	23
	.long	16                              # 0x10
	.long	882
	.long	23
	.long	32                              # 0x20
	.long	885
	.long	23
	.long	48                              # 0x30
	.long	894
	.long	28
	.long	64                              # 0x40
	.long	898
	.long	28
	.long	72                              # 0x48
	.long	907
	.long	29
	.long	80                              # 0x50
	.long	0
	.long	30
	.long	96                              # 0x60
	.long	913                             # BTF_KIND_TYPEDEF(id = 28)
	.long	134217728                       # 0x8000000
	.long	21
	.long	918                             # BTF_KIND_TYPEDEF(id = 29)
	.long	134217728                       # 0x8000000
	.long	24
	.long	0                               # BTF_KIND_UNION(id = 30)
	.long	83886082                        # 0x5000002
	.long	8
	.long	0
	.long	31
	.long	0                               # 0x0
	.long	926
	.long	33
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 31)
	.long	67108866                        # 0x4000002
	.long	8
	.long	932
	.long	32
	.long	0                               # 0x0
	.long	938
	.long	32
	.long	32                              # 0x20
	.long	944                             # BTF_KIND_TYPEDEF(id = 32)
	.long	134217728                       # 0x8000000
	.long	8
	.long	0                               # BTF_KIND_STRUCT(id = 33)
	.long	67108866                        # 0x4000002
	.long	8
	.long	932
	.long	32
	.long	0                               # 0x0
	.long	938
	.long	32
	.long	32                              # 0x20
	.long	989                             # BTF_KIND_STRUCT(id = 34)
	.long	2214592519                      # 0x84000007
	.long	40
	.long	997
	.long	28
	.long	67108864                        # 0x4000000
	.long	862
	.long	28
	.long	67108868                        # 0x4000004
	.long	1006
	.long	35
	.long	8                               # 0x8
	.long	1015
	.long	23
	.long	32                              # 0x20
	.long	1027
	.long	28
	.long	48                              # 0x30
	.long	1035
	.long	28
	.long	56                              # 0x38
	.long	0
	.long	36
	.long	64                              # 0x40
	.long	0                               # BTF_KIND_ARRAY(id = 35)
	.long	50331648                        # 0x3000000
	.long	0
	.long	28
	.long	4
	.long	3
	.long	0                               # BTF_KIND_UNION(id = 36)
	.long	83886082                        # 0x5000002
	.long	32
	.long	0
	.long	37
	.long	0                               # 0x0
	.long	926
	.long	43
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_STRUCT(id = 37)
	.long	67108866                        # 0x4000002
	.long	32
	.long	932
	.long	38
	.long	0                               # 0x0
	.long	938
	.long	38
	.long	128                             # 0x80
	.long	1045                            # BTF_KIND_STRUCT(id = 38)
	.long	67108865                        # 0x4000001
	.long	16
	.long	1054
	.long	39
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_UNION(id = 39)
	.long	83886083                        # 0x5000003
	.long	16
	.long	1060
	.long	40
	.long	0                               # 0x0
	.long	1069
	.long	41
	.long	0                               # 0x0
	.long	1079
	.long	42
	.long	0                               # 0x0
	.long	0                               # BTF_KIND_ARRAY(id = 40)
	.long	50331648                        # 0x3000000
	.long	0
	.long	28
	.long	4
	.long	16
	.long	0                               # BTF_KIND_ARRAY(id = 41)
	.long	50331648                        # 0x3000000
	.long	0
	.long	23
	.long	4
	.long	8
	.long	0                               # BTF_KIND_ARRAY(id = 42)
	.long	50331648                        # 0x3000000
	.long	0
	.long	32
	.long	4
	.long	4
	.long	0                               # BTF_KIND_STRUCT(id = 43)
	.long	67108866                        # 0x4000002
	.long	32
	.long	932
	.long	38
	.long	0                               # 0x0
	.long	938
	.long	38
	.long	128                             # 0x80
	.long	1176                            # BTF_KIND_INT(id = 44)
	.long	16777216                        # 0x1000000
	.long	1
	.long	16777224                        # 0x1000008
	.long	0                               # BTF_KIND_ARRAY(id = 45)
	.long	50331648                        # 0x3000000
	.long	0
	.long	44
	.long	4
	.long	4
	.long	1181                            # BTF_KIND_VAR(id = 46)
	.long	234881024                       # 0xe000000
	.long	45
	.long	1
	.long	1189                            # BTF_KIND_DATASEC(id = 47)
	.long	251658241                       # 0xf000001
	.long	0
	.long	15
	.long	counters
	.long	32
	.long	1195                            # BTF_KIND_DATASEC(id = 48)
	.long	251658241                       # 0xf000001
	.long	0
	.long	46
	.long	LICENSE
	.long	4
	.byte	0                               # string offset=0
	.ascii	"int"                           # string offset=1
	.byte	0
	.ascii	"__ARRAY_SIZE_TYPE__"           # string offset=5
	.byte	0
	.ascii	"__u32"                         # string offset=25
	.byte	0
	.ascii	"unsigned int"                  # string offset=31
	.byte	0
	.ascii	"counter"                       # string offset=44
	.byte	0
	.ascii	"packets"                       # string offset=52
	.byte	0
	.ascii	"bytes"                         # string offset=60
	.byte	0
	.ascii	"__u64"                         # string offset=66
	.byte	0
	.ascii	"unsigned long long"            # string offset=72
	.byte	0
	.ascii	"type"                          # string offset=91
	.byte	0
	.ascii	"max_entries"                   # string offset=96
	.byte	0
	.ascii	"key"                           # string offset=108
	.byte	0
	.ascii	"value"                         # string offset=112
	.byte	0
	.ascii	"counters"                      # string offset=118
	.byte	0
	.ascii	"xdp_md"                        # string offset=127
	.byte	0
	.ascii	"data"                          # string offset=134
	.byte	0
	.ascii	"data_end"                      # string offset=139
	.byte	0
	.ascii	"data_meta"                     # string offset=148
	.byte	0
	.ascii	"ingress_ifindex"               # string offset=158
	.byte	0
	.ascii	"rx_queue_index"                # string offset=174
	.byte	0
	.ascii	"egress_ifindex"                # string offset=189
	.byte	0
	.ascii	"ctx"                           # string offset=204
	.byte	0
	.ascii	"xdp_count"                     # string offset=208
	.byte	0
	.ascii	"xdp"                           # string offset=218
	.byte	0
	.ascii	"0:0"                           # string offset=222
	.byte	0
	.ascii	"./src/xdp_counter.c"           # string offset=226
	.byte	0
	.ascii	"\tvoid *data = (void *)(long)ctx->data;" # string offset=246
	.byte	0
	.ascii	"0:1"                           # string offset=285
	.byte	0
	.ascii	"\tvoid *data_end = (void *)(long)ctx->data_end;" # string offset=289
	.byte	0
	.ascii	"\t__u64 len = data_end - data;" # string offset=336
	.byte	0
	.ascii	"\tif ((void *)(eth + 1) > data_end) {" # string offset=366
	.byte	0
	.ascii	"\tstruct counter *c = bpf_map_lookup_elem(&counters, &slot);" # string offset=403
	.byte	0
	.ascii	"\tif (c) {"                    # string offset=463
	.byte	0
	.ascii	"\t\tc->packets++;"             # string offset=473
	.byte	0
	.ascii	"ethhdr"                        # string offset=489
	.byte	0
	.ascii	"h_dest"                        # string offset=496
	.byte	0
	.ascii	"h_source"                      # string offset=503
	.byte	0
	.ascii	"h_proto"                       # string offset=512
	.byte	0
	.ascii	"unsigned char"                 # string offset=520
	.byte	0
	.ascii	"__be16"                        # string offset=534
	.byte	0
	.ascii	"__u16"                         # string offset=541
	.byte	0
	.ascii	"unsigned short"                # string offset=547
	.byte	0
	.ascii	"0:2"                           # string offset=562
	.byte	0
	.ascii	"\t__u16 proto = eth->h_proto;" # string offset=566
	.byte	0
	.ascii	"\tif (proto == bpf_htons(ETH_P_8021Q)) {" # string offset=595
	.byte	0
	.ascii	"\t\tif ((void *)(vlan + 1) > data_end) {" # string offset=635
	.byte	0
	.ascii	"vlan_hdr"                      # string offset=674
	.byte	0
	.ascii	"h_vlan_TCI"                    # string offset=683
	.byte	0
	.ascii	"h_vlan_encapsulated_proto"     # string offset=694
	.byte	0
	.ascii	"\t\tproto = vlan->h_vlan_encapsulated_proto;" # string offset=720
	.byte	0
	.ascii	"\tif (proto == bpf_htons(ETH_P_IP)) {" # string offset=763
	.byte	0
	.ascii	"\t\tif ((void *)(ip + 1) > data_end || ip->ihl < 5) {" # string offset=800
	.byte	0
	.ascii	"iphdr"                         # string offset=852
	.byte	0
	.ascii	"ihl"                           # string offset=858
	.byte	0
	.ascii	"version"                       # string offset=862
	.byte	0
	.ascii	"tos"                           # string offset=870
	.byte	0
	.ascii	"tot_len"                       # string offset=874
	.byte	0
	.ascii	"id"                            # string offset=882
	.byte	0
	.ascii	"frag_off"                      # string offset=885
	.byte	0
	.ascii	"ttl"                           # string offset=894
	.byte	0
	.ascii	"protocol"                      # string offset=898
	.byte	0
	.ascii	"check"                         # string offset=907
	.byte	0
	.ascii	"__u8"                          # string offset=913
	.byte	0
	.ascii	"__sum16"                       # string offset=918
	.byte	0
	.ascii	"addrs"                         # string offset=926
	.byte	0
	.ascii	"saddr"                         # string offset=932
	.byte	0
	.ascii	"daddr"                         # string offset=938
	.byte	0
	.ascii	"__be32"                        # string offset=944
	.byte	0
	.ascii	"\t\tif ((void *)(ip6 + 1) > data_end) {" # string offset=951
	.byte	0
	.ascii	"ipv6hdr"                       # string offset=989
	.byte	0
	.ascii	"priority"                      # string offset=997
	.byte	0
	.ascii	"flow_lbl"                      # string offset=1006
	.byte	0
	.ascii	"payload_len"                   # string offset=1015
	.byte	0
	.ascii	"nexthdr"                       # string offset=1027
	.byte	0
	.ascii	"hop_limit"                     # string offset=1035
	.byte	0
	.ascii	"in6_addr"                      # string offset=1045
	.byte	0
	.ascii	"in6_u"                         # string offset=1054
	.byte	0
	.ascii	"u6_addr8"                      # string offset=1060
	.byte	0
	.ascii	"u6_addr16"                     # string offset=1069
	.byte	0
	.ascii	"u6_addr32"                     # string offset=1079
	.byte	0
	.ascii	"0:4"                           # string offset=1089
	.byte	0
	.ascii	"\t\tcount(ip6->nexthdr, len);" # string offset=1093
	.byte	0
	.ascii	"0:7"                           # string offset=1121
	.byte	0
	.ascii	"\t\tcount(ip->protocol, len);" # string offset=1125
	.byte	0
	.ascii	"\t\tc->bytes += bytes;"        # string offset=1153
	.byte	0
	.byte	125                             # string offset=1174
	.byte	0
	.ascii	"char"                          # string offset=1176
	.byte	0
	.ascii	"LICENSE"                       # string offset=1181
	.byte	0
	.ascii	".maps"                         # string offset=1189
	.byte	0
	.ascii	"license"                       # string offset=1195
	.byte	0
	.section	.BTF.ext,"",@progbits
	.short	60319                           # 0xeb9f
	.byte	1
	.byte	0
	.long	32
	.long	0
	.long	20
	.long	20
	.long	684
	.long	704
	.long	124
	.long	8                               # FuncInfo
	.long	218                             # FuncInfo section string offset=218
	.long	1
	.long	.Lfunc_begin0
	.long	19
	.long	16                              # LineInfo
	.long	218                             # LineInfo section string offset=218
	.long	42
	.long	.Ltmp1
	.long	226
	.long	246
	.long	40994                           # Line 40 Col 34
	.long	.Ltmp5
	.long	226
	.long	289
	.long	42022                           # Line 41 Col 38
	.long	.Ltmp8
	.long	226
	.long	336
	.long	43031                           # Line 42 Col 23
	.long	.Ltmp11
	.long	226
	.long	366
	.long	46099                           # Line 45 Col 19
	.long	.Ltmp16
	.long	226
	.long	366
	.long	46086                           # Line 45 Col 6
	.long	.Ltmp25
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp28
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp31
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp35
	.long	226
	.long	566
	.long	50197                           # Line 49 Col 21
	.long	.Ltmp38
	.long	226
	.long	595
	.long	52230                           # Line 51 Col 6
	.long	.Ltmp41
	.long	226
	.long	635
	.long	54293                           # Line 53 Col 21
	.long	.Ltmp44
	.long	226
	.long	635
	.long	54279                           # Line 53 Col 7
	.long	.Ltmp55
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp58
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp61
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp65
	.long	226
	.long	720
	.long	58385                           # Line 57 Col 17
	.long	.Ltmp70
	.long	226
	.long	763
	.long	61446                           # Line 60 Col 6
	.long	.Ltmp75
	.long	226
	.long	800
	.long	63507                           # Line 62 Col 19
	.long	.Ltmp76
	.long	226
	.long	800
	.long	63523                           # Line 62 Col 35
	.long	.Ltmp80
	.long	226
	.long	800
	.long	63530                           # Line 62 Col 42
	.long	.Ltmp85
	.long	226
	.long	800
	.long	63495                           # Line 62 Col 7
	.long	.Ltmp94
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp97
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp100
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp103
	.long	226
	.long	951
	.long	70676                           # Line 69 Col 20
	.long	.Ltmp106
	.long	226
	.long	951
	.long	70663                           # Line 69 Col 7
	.long	.Ltmp117
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp120
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp123
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp127
	.long	226
	.long	1093
	.long	74766                           # Line 73 Col 14
	.long	.Ltmp136
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp139
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp142
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp146
	.long	226
	.long	1125
	.long	67597                           # Line 66 Col 13
	.long	.Ltmp153
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp156
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp159
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp170
	.long	226
	.long	403
	.long	30742                           # Line 30 Col 22
	.long	.Ltmp173
	.long	226
	.long	463
	.long	31750                           # Line 31 Col 6
	.long	.Ltmp176
	.long	226
	.long	473
	.long	32781                           # Line 32 Col 13
	.long	.Ltmp177
	.long	226
	.long	1153
	.long	33804                           # Line 33 Col 12
	.long	.Ltmp180
	.long	226
	.long	1174
	.long	79873                           # Line 78 Col 1
	.long	16                              # FieldReloc
	.long	218                             # Field reloc section string offset=218
	.long	7
	.long	.Ltmp0
	.long	17
	.long	222
	.long	0
	.long	.Ltmp4
	.long	17
	.long	285
	.long	0
	.long	.Ltmp34
	.long	20
	.long	562
	.long	0
	.long	.Ltmp64
	.long	26
	.long	285
	.long	0
	.long	.Ltmp79
	.long	27
	.long	222
	.long	0
	.long	.Ltmp126
	.long	34
	.long	1089
	.long	0
	.long	.Ltmp145
	.long	27
	.long	1121
	.long	0
	.addrsig
	.addrsig_sym xdp_count
	.addrsig_sym LICENSE
	.addrsig_sym counters
	.section	.debug_line,"",@progbits
.Lline_table_start0:
