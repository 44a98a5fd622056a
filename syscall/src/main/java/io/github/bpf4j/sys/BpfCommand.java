package io.github.bpf4j.sys;

/** The commands of the bpf system call ({@code enum bpf_cmd}, Linux 6.18), without the {@code BPF_} prefix. */
public enum BpfCommand {
    MAP_CREATE, MAP_LOOKUP_ELEM, MAP_UPDATE_ELEM, MAP_DELETE_ELEM, MAP_GET_NEXT_KEY, PROG_LOAD, OBJ_PIN, OBJ_GET,
    PROG_ATTACH, PROG_DETACH, PROG_TEST_RUN, PROG_GET_NEXT_ID, MAP_GET_NEXT_ID, PROG_GET_FD_BY_ID, MAP_GET_FD_BY_ID,
    OBJ_GET_INFO_BY_FD, PROG_QUERY, RAW_TRACEPOINT_OPEN, BTF_LOAD, BTF_GET_FD_BY_ID, TASK_FD_QUERY,
    MAP_LOOKUP_AND_DELETE_ELEM, MAP_FREEZE, BTF_GET_NEXT_ID, MAP_LOOKUP_BATCH, MAP_LOOKUP_AND_DELETE_BATCH,
    MAP_UPDATE_BATCH, MAP_DELETE_BATCH, LINK_CREATE, LINK_UPDATE, LINK_GET_FD_BY_ID, LINK_GET_NEXT_ID, ENABLE_STATS,
    ITER_CREATE, LINK_DETACH, PROG_BIND_MAP, TOKEN_CREATE;

    /** The command number: the declaration order of {@code enum bpf_cmd}. */
    public int code() {
        return ordinal();
    }
}
