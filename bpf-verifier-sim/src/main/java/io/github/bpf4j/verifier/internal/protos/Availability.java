package io.github.bpf4j.verifier.internal.protos;

/** What the verifier answers when a program of some type calls a helper id ({@code check_helper_call}). */
public enum Availability {
    /** The type's {@code get_func_proto} returns a prototype: the call is checked argument by argument. */
    AVAILABLE,
    /** The id is a helper of this kernel, but not one this program type may call. */
    NOT_FOR_THIS_TYPE,
    /** The id is outside this kernel's helper range ({@code func_id >= __BPF_FUNC_MAX_ID} or negative). */
    UNKNOWN
}
