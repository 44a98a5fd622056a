package io.github.bpf4j.btf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The checked-in BTF test inputs built from layouts.c (see rebuild.sh beside them). */
public final class TestInputs {
    private TestInputs() {
    }

    public static byte[] resource(String name) {
        try (InputStream in = TestInputs.class.getResourceAsStream("/io/github/bpf4j/btf/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** layouts.c's .BTF (little endian). */
    public static byte[] layoutsBtf() {
        return resource("layouts.btf");
    }

    public static byte[] layoutsExt() {
        return resource("layouts.btf.ext");
    }
}
