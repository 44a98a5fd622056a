package io.github.bpf4j.btf.core;

import io.github.bpf4j.asm.Insn;
import io.github.bpf4j.asm.InsnCodec;
import io.github.bpf4j.btf.Btf;
import io.github.bpf4j.btf.BtfExt;
import io.github.bpf4j.btf.BtfExt.CoreRelo;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Compares our CO-RE relocation of one object with what libbpf 1.1 did, as recorded by testdata's
 * {@code loadlog obj} (PROG.insns, PROG.libbpf, PROG.attr, PROG.result per program).
 *
 * <p>Per program P: libbpf loaded P alone (loadlog marks only P for loading), so it applied the relocations of P's
 * own instructions and of the .text subprograms, in .BTF.ext order, with one candidate cache; we do the same with
 * one {@link CoreRelocator}. For every such relocation we compare the local spec and the first matching candidate's
 * spec with libbpf's debug log ("relo #i: &lt;spec&gt;", "matching candidate #k &lt;spec&gt;"), whether it was poisoned
 * ("substituting insn #n w/ invalid insn"), and, for relocations in P's own code, the patched slot(s) (8 bytes, 16
 * for ld_imm64) with the instruction libbpf handed the kernel at the same index from P's first instruction, and for
 * relocations in a subprogram P calls, at the same index from where libbpf appended it ("points to subprog 'S'
 * (now at N offset)"). Other instructions are not compared: libbpf patches calls, map fds and more. When
 * libbpf failed the load (result {@code libbpf-error ERRNO}), we must throw {@link CoreRelocationException} with
 * that errno at the relocation libbpf reported ("relo #i: failed to relocate" or "failed to patch insn").
 */
final class CaptureComparison {

    private static final Pattern LOCAL_SPEC = Pattern.compile("prog '([^']+)': relo #(\\d+): (<.*)$");
    private static final Pattern MATCHING = Pattern.compile(
            "prog '([^']+)': relo #(\\d+): matching candidate #(\\d+) (<.*)$");
    private static final Pattern POISONED = Pattern.compile(
            "prog '([^']+)': relo #(\\d+): substituting insn #(\\d+) w/ invalid insn");
    private static final Pattern SUBPROG = Pattern.compile(
            "prog '([^']+)': insn #\\d+ relocated, imm -?\\d+ points to subprog '([^']+)' \\(now at (\\d+) offset\\)");
    private static final Pattern FAILED = Pattern.compile(
            "prog '([^']+)': relo #(\\d+): failed to (relocate|patch insn)");

    private final Btf target;
    int checked;
    int equal;
    /** Among the equal ones: poisoned, value changed by relocation, load/store size changed, load refused. */
    int poisoned;
    int changed;
    int resized;
    int refused;
    /** Relocations whose patched instruction was compared with libbpf's (in P's code or an appended subprogram). */
    int insnCompared;
    /** Of those, in .text subprograms. */
    int subprogInsnCompared;
    final List<String> different = new ArrayList<>();

    /** One line of counts for the test's summary. */
    String counts() {
        return "relocations checked " + checked + ", equal " + equal + " (poisoned " + poisoned + ", value changed "
                + changed + ", access size changed " + resized + ", load refused " + refused + "; instructions compared "
                + insnCompared + ", in subprograms " + subprogInsnCompared + "), different " + different.size();
    }

    CaptureComparison(Btf target) {
        this.target = target;
    }

    /** Compares every program captured in {@code dir} for {@code object}; returns the differences. */
    List<String> compareObject(Path object, Path dir) throws IOException {
        TinyElf elf = TinyElf.read(Files.readAllBytes(object));
        byte[] btfBytes = elf.section(".BTF");
        byte[] extBytes = elf.section(".BTF.ext");
        if (btfBytes == null || extBytes == null) {
            return List.of();
        }
        Btf local = Btf.read(btfBytes);
        BtfExt ext = BtfExt.read(extBytes, local);
        List<String> mismatches = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path result : files.filter(p -> p.toString().endsWith(".result")).sorted().toList()) {
                String prog = result.getFileName().toString().replace(".result", "");
                mismatches.addAll(compareProgram(elf, local, ext, dir, prog));
            }
        }
        return mismatches;
    }

    private List<String> compareProgram(TinyElf elf, Btf local, BtfExt ext, Path dir, String prog) throws IOException {
        Map<String, String> attr = readAttr(dir.resolve(prog + ".attr"));
        String section = attr.get("section");
        String resultLine = Files.readString(dir.resolve(prog + ".result")).trim();
        TinyElf.Func fn = elf.funcs().stream().filter(f -> f.name().equals(prog) && f.section().equals(section))
                .findFirst().orElseThrow(() -> new AssertionError(prog + " not found in " + section));
        Path insnsFile = dir.resolve(prog + ".insns");
        byte[] captured = Files.isRegularFile(insnsFile) ? Files.readAllBytes(insnsFile) : null;
        Map<String, String> loggedLocal = new HashMap<>();
        Map<String, String> loggedTarget = new HashMap<>();
        Map<String, Integer> loggedPoison = new HashMap<>();
        String failedKey = null;
        Map<String, Integer> subprogAt = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve(prog + ".libbpf"), StandardCharsets.UTF_8)) {
            Matcher m;
            if ((m = MATCHING.matcher(line)).find()) {
                loggedTarget.putIfAbsent(m.group(1) + "#" + m.group(2), m.group(4));
            } else if ((m = POISONED.matcher(line)).find()) {
                loggedPoison.put(m.group(1) + "#" + m.group(2), Integer.parseInt(m.group(3)));
            } else if ((m = SUBPROG.matcher(line)).find()) {
                subprogAt.putIfAbsent(m.group(2), Integer.parseInt(m.group(3)));
            } else if ((m = FAILED.matcher(line)).find()) {
                failedKey = failedKey != null ? failedKey : m.group(1) + "#" + m.group(2);
            } else if ((m = LOCAL_SPEC.matcher(line)).find()) {
                loggedLocal.put(m.group(1) + "#" + m.group(2), m.group(3));
            }
        }
        String failedErrno = resultLine.startsWith("libbpf-error ") ? resultLine.substring(13).trim() : null;
        CoreRelocator relocator = CoreRelocator.of(local, target);
        List<String> out = new ArrayList<>();
        String ourFailure = null;
        for (Map.Entry<String, List<CoreRelo>> e : ext.coreRelos().entrySet()) {
            String sec = e.getKey();
            boolean own = sec.equals(section);
            if (!own && !sec.equals(".text")) {
                continue; // another entry program's section: libbpf did not load it
            }
            List<Insn> insns = InsnCodec.decode(elf.section(sec));
            List<CoreRelo> all = e.getValue();
            for (int i = 0; i < all.size() && ourFailure == null; i++) {
                long off = all.get(i).insnOff();
                if (own && (off < fn.value() || off >= fn.value() + fn.size())) {
                    continue; // another program in the same section, not loaded
                }
                TinyElf.Func f = ownerOf(elf, sec, off);
                String key = (f == null ? "?" : f.name()) + "#" + i;
                checked++;
                CoreOutcome o;
                try {
                    o = relocator.relocate(insns, List.of(all.get(i))).outcomes().get(0);
                } catch (CoreRelocationException x) {
                    ourFailure = key + " " + x.errno();
                    String expected = failedKey + " " + failedErrno;
                    if (ourFailure.equals(expected)) {
                        equal++;
                        refused++;
                    } else {
                        String d = prog + " relo " + key + ": we fail (" + x.getMessage() + "), libbpf: "
                                + (failedKey == null ? resultLine : expected);
                        different.add(d);
                        out.add(d);
                    }
                    break;
                }
                List<String> diffs = new ArrayList<>();
                String expLocal = loggedLocal.get(key);
                if (expLocal == null || !expLocal.equals(truncate(o.local().text()))) {
                    diffs.add("local spec: libbpf " + expLocal + " / ours " + o.local().text());
                }
                String ourTarget = o.target().map(t -> truncate(t.text())).orElse(null);
                if (!java.util.Objects.equals(loggedTarget.get(key), ourTarget)) {
                    diffs.add("target spec: libbpf " + loggedTarget.get(key) + " / ours " + ourTarget);
                }
                if (loggedPoison.containsKey(key) != o.poisoned()) {
                    diffs.add("poisoned: libbpf " + loggedPoison.containsKey(key) + " / ours " + o.poisoned() + " "
                            + o.reason());
                }
                // P's own code starts at 0; a subprogram where libbpf's log says it appended it
                Integer base = own ? Integer.valueOf(0) : f == null ? null : subprogAt.get(f.name());
                long start = own ? fn.value() : f == null ? 0 : f.value();
                if (base != null && captured != null) {
                    int at = base + (int) ((o.insnIndex() * 8L - start) / 8);
                    byte[] ours = InsnCodec.encode(o.after(), ByteOrder.LITTLE_ENDIAN);
                    int end = at * 8 + ours.length;
                    byte[] theirs = end <= captured.length ? Arrays.copyOfRange(captured, at * 8, end) : new byte[0];
                    insnCompared++;
                    subprogInsnCompared += own ? 0 : 1;
                    if (!Arrays.equals(ours, theirs)) {
                        diffs.add("instruction: libbpf " + hex(theirs) + " / ours " + hex(ours) + " " + o.after());
                    }
                } else if (own && failedErrno == null) {
                    diffs.add("libbpf captured no instructions (" + resultLine + ") but we relocated");
                }
                if (diffs.isEmpty()) {
                    equal++;
                    poisoned += o.poisoned() ? 1 : 0;
                    changed += !o.poisoned() && o.origValue() != o.newValue() ? 1 : 0;
                    resized += !o.poisoned() && o.before().get(0).code() != o.after().get(0).code() ? 1 : 0;
                } else {
                    String d = prog + " relo " + key + " insn " + o.insnIndex() + ": " + String.join("; ", diffs);
                    different.add(d);
                    out.add(d);
                }
            }
            if (ourFailure != null) {
                break;
            }
        }
        if (failedErrno != null && ourFailure == null) {
            String d = prog + ": libbpf failed (" + resultLine + " at " + failedKey + "), we relocated everything";
            different.add(d);
            out.add(d);
        }
        return out;
    }

    /** libbpf's spec buffer is 256 bytes. */
    private static String truncate(String s) {
        return s.length() > 255 ? s.substring(0, 255) : s;
    }

    private static TinyElf.Func ownerOf(TinyElf elf, String sec, long off) {
        for (TinyElf.Func f : elf.funcs()) {
            if (f.section().equals(sec) && off >= f.value() && off < f.value() + f.size()) {
                return f;
            }
        }
        return null;
    }

    private static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02x", x));
        }
        return sb.toString();
    }

    static Map<String, String> readAttr(Path p) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

}
