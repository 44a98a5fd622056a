	r11 = 1
	.section
	"unterminated
