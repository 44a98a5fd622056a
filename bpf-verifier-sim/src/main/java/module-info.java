/** An offline model of the Linux verifier: verdict, message, instruction and log. */
module io.github.bpf4j.verifier {
    requires transitive io.github.bpf4j.elf;

    exports io.github.bpf4j.verifier;
}
