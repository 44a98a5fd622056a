/** An offline model of the Linux verifier: verdict, message, instruction and log. */
package io.github.bpf4j.verifier;
