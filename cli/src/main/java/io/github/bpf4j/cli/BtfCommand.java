package io.github.bpf4j.cli;

import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfFormatException;
import io.github.bpf4j.btf.dump.BtfCDump;
import io.github.bpf4j.btf.dump.BtfRawDump;
import io.github.bpf4j.btf.layout.FieldOffset;
import io.github.bpf4j.btf.layout.LayoutPrinter;
import io.github.bpf4j.btf.layout.OffsetOf;
import io.github.bpf4j.elf.ElfFile;
import io.github.bpf4j.elf.ElfFormatException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bpf4j btf struct|offsetof|dump}: BTF without pahole or bpftool. */
@Command(name = "btf", mixinStandardHelpOptions = true,
        description = "Read BTF: struct layouts as pahole prints them, member offsets, a vmlinux.h.",
        subcommands = {BtfCommand.Struct.class, BtfCommand.Offsetof.class, BtfCommand.Dump.class})
final class BtfCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The BTF a subcommand reads: {@code --btf FILE}, or the running kernel's. */
    static final class Source {
        @Option(names = "--btf", paramLabel = "FILE", defaultValue = "/sys/kernel/btf/vmlinux",
                description = "raw BTF or an object's .BTF (default: ${DEFAULT-VALUE})")
        Path file;

        Btf read() {
            return read(file);
        }

        /**
         * Raw BTF, or the {@code .BTF} section of an ELF object (libbpf's btf_custom_path and bpftool's
         * {@code btf dump file} take either).
         */
        static Btf read(Path file) {
            if (!Files.exists(file)) {
                throw new UsageException(file + ": no such file"
                        + (file.startsWith("/sys/kernel/btf") ? " (this kernel has no BTF: CONFIG_DEBUG_INFO_BTF)" : ""));
            }
            try {
                byte[] bytes = Inputs.read(file);
                if (!Inputs.isElf(bytes)) {
                    return Btf.read(bytes);
                }
                ElfFile elf = ElfFile.read(bytes);
                return Btf.read(elf.contents(elf.section(".BTF").orElseThrow(() -> new UsageException(file
                        + " is an ELF file without a .BTF section"))));
            } catch (BtfFormatException | ElfFormatException e) {
                throw new UsageException(file + ": " + e.getMessage());
            }
        }
    }

    @Command(name = "struct", mixinStandardHelpOptions = true,
            description = "Print a struct or union as `pahole -C NAME` prints it.")
    static final class Struct implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "NAME", description = "struct or union name")
        String name;

        @picocli.CommandLine.Mixin
        Source source;

        @Override
        public Integer call() {
            Btf btf = source.read();
            String text;
            try {
                text = LayoutPrinter.print(btf, name);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "offsetof", mixinStandardHelpOptions = true,
            description = {"Print the byte offset of a member path, e.g. socket.sk or sock.__sk_common.skc_family.",
                "Bitfields print their bit offset and size as well."})
    static final class Offsetof implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "TYPE.MEMBER...", description = "a struct or union name, then .member or [index] steps")
        String path;

        @picocli.CommandLine.Mixin
        Source source;

        @Override
        public Integer call() {
            Btf btf = source.read();
            FieldOffset off;
            try {
                off = OffsetOf.of(btf, path);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            if (off.isBitfield()) {
                out.println(off.byteOffset() + " (bit offset " + off.bitOffset() + ", " + off.bitfieldSize()
                        + " bits)");
            } else {
                out.println(off.byteOffset());
            }
            out.flush();
            return Main.OK;
        }
    }

    @Command(name = "dump", mixinStandardHelpOptions = true,
            description = {"Write every type as C, as `bpftool btf dump file FILE format c` does (a vmlinux.h),",
                "or one entry per type and field, as `bpftool btf dump file FILE` (format raw) does."})
    static final class Dump implements Callable<Integer> {
        enum Format { c, raw }

        @Spec
        CommandSpec spec;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "c",
                description = "c (a C header) or raw (bpftool's type listing); default c")
        Format format;

        @picocli.CommandLine.Mixin
        Source source;

        @Override
        public Integer call() {
            Btf btf = source.read();
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.raw) {
                BtfRawDump.write(btf, out);
            } else {
                out.print(BtfCDump.write(btf));
            }
            out.flush();
            return Main.OK;
        }
    }
}
