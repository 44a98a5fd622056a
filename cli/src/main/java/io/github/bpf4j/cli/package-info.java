/** The bpf4j command. */
package io.github.bpf4j.cli;
