package io.github.bpf4j.sys.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where bpffs is mounted, to explain failures of pinning. */
public final class Bpffs {

    private Bpffs() {}

    /**
     * The file system type of the mount holding {@code path} according to {@code /proc/self/mounts}, or
     * {@code null} when unknown.
     */
    public static String fsTypeOf(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of("/proc/self/mounts"));
        } catch (IOException e) {
            return null;
        }
        String p = path.toAbsolutePath().normalize().toString();
        String best = null;
        int bestLen = -1;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length < 3) {
                continue;
            }
            String mnt = f[1].replace("\\040", " ");
            boolean under = p.equals(mnt) || p.startsWith(mnt.endsWith("/") ? mnt : mnt + "/");
            if (under && mnt.length() >= bestLen) {
                best = f[2];
                bestLen = mnt.length();
            }
        }
        return best;
    }

    /** A hint for a failed pin or open at {@code path}. */
    public static String hint(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        String type = dir == null ? null : fsTypeOf(dir);
        if (type != null && !type.equals("bpf")) {
            return path + " is on " + type + ", not bpffs: mount it with 'mount -t bpf bpf /sys/fs/bpf' and pin "
                    + "below /sys/fs/bpf";
        }
        return null;
    }
}
