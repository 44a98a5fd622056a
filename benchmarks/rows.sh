# Shared by compare.sh and compare-sys.sh (sourced, not run): the row table both print.
# The sourcing script sets $table (a TSV file) and $script (its name, for messages) first.

need() { command -v "$1" >/dev/null || { echo "$script: needs $1 ($2)" >&2; exit 2; }; }

# row WHAT OURS REFERENCE REF RATIO GOAL
row() { printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >> "$table"; }

ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.2f}')" "$1" "$2"; }

# Runs the row_NAME function of each NAME given (dashes become underscores).
run_rows() {
    local r fn
    for r in "$@"; do
        fn="row_${r//-/_}"
        if ! declare -F "$fn" >/dev/null; then
            echo "$script: no row '$r'" >&2
            exit 2
        fi
        "$fn"
    done
}

print_table() {
    python3 - "$table" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1]) if line.strip()]
head = ["row", "bpf4j", "reference", "ref", "ratio", "goal"]
widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
fmt = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
print(fmt(head))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows:
    print(fmt(r))
PY
}
