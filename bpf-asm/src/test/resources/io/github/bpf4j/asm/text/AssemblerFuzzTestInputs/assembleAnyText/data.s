	.data
x:
	.long x, .Lb-x
.Lb:
	.asciz "a\n\x41"
	.section .BTF.ext,"",@progbits
	.long .Lb
	.p2align 3, 0xcc
	.uleb128 300
