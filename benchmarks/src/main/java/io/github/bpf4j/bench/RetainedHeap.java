package io.github.bpf4j.bench;

import io.github.bpf4j.btf.Btf;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Prints the heap a parsed BTF keeps, in bytes, and the file's size: used heap after full collections, with the
 * parsed value held, minus the same without it. Run in a JVM of its own (compare.sh does).
 */
public final class RetainedHeap {

    private RetainedHeap() {}

    public static void main(String[] args) throws Exception {
        Path path = Path.of(args.length > 0 ? args[0] : "/sys/kernel/btf/vmlinux");
        long fileSize = Files.readAllBytes(path).length;
        long before = settledHeap();
        Btf btf = Btf.read(path);
        // Answer a look-up so that lazily built indexes a user would need are counted too.
        btf.idsByName("task_struct");
        long after = settledHeap();
        System.out.println((after - before) + " " + fileSize);
        if (btf.typeCount() < 0) {
            System.out.println("unreachable: keeps btf alive to here");
        }
    }

    private static long settledHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(50);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
