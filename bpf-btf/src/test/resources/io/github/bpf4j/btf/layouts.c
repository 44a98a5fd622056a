/* Test input for bpf-btf: small structs with holes, bitfields, unions, function pointers and one CO-RE access.
 * Rebuild with ./rebuild.sh (clang-19, llvm-objcopy-19). */
typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;

struct inner {
	u16 kind;
	u8 flags;
} __attribute__((preserve_access_index));

struct holes {
	char c;
	long l;
	short s;
	int i;
	u8 bits_a : 3, bits_b : 4;
	u32 wide : 20;
	struct inner in;
	union {
		u32 as_int;
		u8 as_bytes[4];
	};
	struct {
		int x, y;
	} point;
	int (*handler)(struct holes *self, const char *name, ...);
	const volatile u64 *restrict cptr;
	enum { RED = 1, GREEN = 2, BLUE = -1 } colour;
	char tail[];
} __attribute__((preserve_access_index));

struct packed_one {
	char a;
	int b;
} __attribute__((packed));

struct aligned_one {
	int a;
	int b __attribute__((aligned(64)));
};

enum wide_values { SMALL = 1, HUGE = 0x100000000ULL };

struct tagged {
	int plain __attribute__((btf_decl_tag("marked")));
	int __attribute__((btf_type_tag("user"))) *user_ptr;
	enum wide_values wide;
};

union number {
	long l;
	double d;
	struct packed_one p;
};

struct holes global_holes;
struct aligned_one global_aligned;
union number global_number;
struct packed_one global_packed __attribute__((section(".data.custom")));
typedef struct {
	int a;
	char b;
} anon_t;

typedef int (*callback_t)(anon_t *, int);

struct tagged global_tagged;
anon_t global_anon;
callback_t global_callback;
int counter = 3;

static __attribute__((noinline)) int helper(struct holes *h)
{
	return h->in.flags + h->bits_b;
}

__attribute__((section("tc"), used)) int prog(struct holes *h)
{
	counter++;
	return helper(h) + h->point.y;
}

char _license[] __attribute__((section("license"), used)) = "GPL";
