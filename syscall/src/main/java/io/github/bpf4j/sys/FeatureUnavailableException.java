package io.github.bpf4j.sys;

/**
 * A kernel feature this operation needs is not available on the running kernel; the message says which and why,
 * with the evidence looked at.
 */
public class FeatureUnavailableException extends BpfException {

    private static final long serialVersionUID = 1L;

    private final String feature;

    public FeatureUnavailableException(String command, Errno errno, String feature, String reason) {
        super(command, errno, feature + " are not available: " + reason, null);
        this.feature = feature;
    }

    /** The feature: {@code "kprobes"}, {@code "fentry/fexit programs"}, ... */
    public String feature() {
        return feature;
    }
}
