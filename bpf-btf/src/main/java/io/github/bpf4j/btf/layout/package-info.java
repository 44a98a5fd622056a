/** Struct layouts as pahole prints them, and member offset resolution. */
package io.github.bpf4j.btf.layout;
