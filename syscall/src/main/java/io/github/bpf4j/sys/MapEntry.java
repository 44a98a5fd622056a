package io.github.bpf4j.sys;

/**
 * A key and its value as bytes. For per-CPU maps the value holds one 8-byte aligned slot per possible CPU.
 *
 * @param key   the key bytes
 * @param value the value bytes
 */
public record MapEntry(byte[] key, byte[] value) {}
