/** bpf(), perf_event_open, ioctl, mmap and epoll through JNA: maps, loading, attaching and readers. */
package io.github.bpf4j.sys;
