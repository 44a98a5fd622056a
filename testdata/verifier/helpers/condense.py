#!/usr/bin/env python3
"""Condenses the probe's per-pair lines (stdin) into matrix.txt (stdout). Fails when a refusal does not read
exactly as the verifier's template, so that a wording change in a new kernel is noticed, not recorded."""
import re
import sys

UNAVAILABLE = "program of this type cannot use helper "
INVALID = "invalid func "
GPL = "cannot call GPL-restricted function from non-GPL compatible program"
# Refusals that concern an argument or the program's shape, not the helper: the helper was found.
ARGUMENT = re.compile(r"^(accept|R\d .*)$")

types, names, rows, notes = [], {}, {}, []
# The first error of every available pair (license GPL, r1 = ctx, r2..r5 unset): it shows what the helper's
# first argument accepts, so the prototypes can be checked against the kernel, not only the availability.
first, legend, ctxarg, zeroarg = {}, {}, {}, {}
for line in sys.stdin:
    ptype, hid, name, gpl, nongpl, allctx, allzero = line.rstrip("\n").split("\t")
    hid = int(hid)
    gpl, nongpl, allctx = gpl[len("gpl="):], nongpl[len("nongpl="):], allctx[len("allctx="):]
    allzero = allzero[len("allzero="):]
    if ptype not in rows:
        types.append(ptype)
        rows[ptype] = {}
    if name != "?":
        if names.setdefault(hid, name) != name:
            sys.exit(f"helper #{hid} printed as {names[hid]} and as {name}")
    if gpl.startswith(UNAVAILABLE):
        code, want = ".", f"{UNAVAILABLE}{name}#{hid}"
    elif gpl.startswith(INVALID):
        code, want = "x", f"{INVALID}{name}#{hid}"
    else:
        code, want = ("G" if nongpl == GPL else "A"), None
        if not ARGUMENT.match(gpl):
            notes.append(f"note\t{ptype}\t{hid}\t{gpl}")
        else:
            first[(ptype, hid)] = legend.setdefault(gpl, "abcdefghijklmnopqrstuvwyz"[len(legend)])
        # With r1..r5 = ctx: which argument refuses the context first (digit), all take it (a), or another
        # complaint (-).
        m = re.match(r"^R([1-5]) type=ctx expected=", allctx)
        ctxarg[(ptype, hid)] = m.group(1) if m else ("a" if allctx == "accept" else "-")
        # With r1..r5 = 0: the register of the first complaint, whatever its words.
        m = re.match(r"^R([1-5])[ :]", allzero)
        zeroarg[(ptype, hid)] = m.group(1) if m else ("a" if allzero == "accept" else "-")
    if want is not None and (gpl != want or nongpl != want):
        sys.exit(f"{ptype} #{hid}: unexpected wording '{gpl}' / '{nongpl}', expected '{want}'")
    rows[ptype][hid] = code

ids = sorted(names)
if ids != list(range(len(ids))):
    sys.exit(f"helper ids not contiguous from 0: {ids[:5]}...")
out = sys.stdout
out.write("# Helper availability per program type, recorded from the live kernel by probe.sh (do not edit).\n")
out.write("# One character per helper id 0..%d: A = available, G = available and gpl_only (a non-GPL program gets\n" % ids[-1])
out.write("# '%s'), . = '%s<name>#<id>', x = '%s<name>#<id>'.\n" % (GPL, UNAVAILABLE, INVALID))
out.write("# note lines: available pairs whose first error (license GPL, r1 = ctx, r2..r5 unset) is about the helper\n")
out.write("# itself; first lines: that first error for the other available pairs, as letters of first-legend (- = none);\n")
out.write("# allctx lines: with r1..r5 = ctx, the number of the first argument the kernel refused the context for\n")
out.write("# (a = accepted, - = another complaint, . = helper unavailable); allzero lines: the same with r1..r5 = 0.\n")
out.write(f"message\tgpl\t{GPL}\n")
for t in types:
    out.write(f"type\t{t}\t{''.join(rows[t][i] for i in ids)}\n")
for msg, letter in legend.items():
    out.write(f"first-legend\t{letter}\t{msg}\n")
for t in types:
    out.write(f"first\t{t}\t{''.join(first.get((t, i), '-') for i in ids)}\n")
for t in types:
    out.write(f"allctx\t{t}\t{''.join(ctxarg.get((t, i), '.') for i in ids)}\n")
for t in types:
    out.write(f"allzero\t{t}\t{''.join(zeroarg.get((t, i), '.') for i in ids)}\n")
for n in notes:
    out.write(n + "\n")
for i in ids:
    out.write(f"name\t{i}\t{names[i]}\n")
