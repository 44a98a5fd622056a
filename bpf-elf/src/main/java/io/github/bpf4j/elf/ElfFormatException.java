package io.github.bpf4j.elf;

/**
 * An ELF file (or the BPF object in it) is malformed: truncated, with a count or offset beyond the file, a string
 * offset out of range, overlapping sections, a bad symbol section index, a relocation outside its section, or an
 * object libbpf would refuse to open.
 *
 * <p>{@link #section()} names where the problem is ({@code "ELF header"}, {@code "section headers"}, or a section
 * name such as {@code ".symtab"}); {@link #byteOffset()} is the file offset of the offending bytes, or -1 when the
 * problem is not at one place in the file.
 */
public final class ElfFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String section;
    private final long byteOffset;

    public ElfFormatException(String section, long byteOffset, String message) {
        super(section + (byteOffset >= 0 ? " at byte " + byteOffset : "") + ": " + message);
        this.section = section;
        this.byteOffset = byteOffset;
    }

    /** Where the problem is: {@code "ELF header"}, {@code "section headers"}, or a section name. */
    public String section() {
        return section;
    }

    /** The file offset of the offending bytes, or -1. */
    public long byteOffset() {
        return byteOffset;
    }
}
