/** BPF Type Format: read, write, layouts, C dump and CO-RE relocation. */
package io.github.bpf4j.btf;
