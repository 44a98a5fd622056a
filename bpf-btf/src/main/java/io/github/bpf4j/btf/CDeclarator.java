package io.github.bpf4j.btf;

import java.util.List;

/**
 * Spells a type as a C declarator, reading the type chain outside-in: pointers prefix the name, arrays and
 * parameter lists suffix it, and a pointer to an array or function gets parentheses. Bounded by a depth limit so a
 * cyclic chain is reported, not followed.
 */
final class CDeclarator {
    private static final int MAX_DEPTH = 4 * Btf.MAX_RESOLVE_DEPTH;
    private final Btf btf;

    CDeclarator(Btf btf) {
        this.btf = btf;
    }

    String declare(int id, String inner) {
        return declare(id, inner, 0);
    }

    private String declare(int id, String inner, int depth) {
        if (depth > MAX_DEPTH) {
            throw new BtfFormatException(id, -1, "type chain deeper than " + MAX_DEPTH + " (a cycle?)");
        }
        BtfType t = btf.type(id);
        return switch (t.kind()) {
            case VOID -> "void" + space(inner);
            case INT, FLOAT, TYPEDEF -> t.name() + space(inner);
            case STRUCT -> tagged("struct", t.name()) + space(inner);
            case UNION -> tagged("union", t.name()) + space(inner);
            case ENUM, ENUM64 -> tagged("enum", t.name()) + space(inner);
            case FWD -> tagged(((BtfType.Fwd) t).union() ? "union" : "struct", t.name()) + space(inner);
            case PTR -> {
                int target = ((BtfType.Ptr) t).type();
                BtfKind tk = btf.kind(btf.skipModifiers(target));
                String star = "*" + inner;
                yield declare(target, tk == BtfKind.ARRAY || tk == BtfKind.FUNC_PROTO ? "(" + star + ")" : star,
                        depth + 1);
            }
            case CONST, VOLATILE, RESTRICT -> {
                int target = ((BtfType.Reference) t).type();
                String q = t.kind() == BtfKind.CONST ? "const" : t.kind() == BtfKind.VOLATILE ? "volatile" : "restrict";
                // A qualified pointer puts the qualifier after the star: char *const p.
                yield btf.kind(target) == BtfKind.PTR ? declare(target, q + space(inner), depth + 1)
                        : q + " " + declare(target, inner, depth + 1);
            }
            // Tags do not change how C spells the type.
            case TYPE_TAG -> declare(((BtfType.TypeTag) t).type(), inner, depth + 1);
            case DECL_TAG -> declare(((BtfType.DeclTag) t).type(), inner, depth + 1);
            case ARRAY -> {
                BtfType.Array a = (BtfType.Array) t;
                yield declare(a.type(), inner + "[" + a.count() + "]", depth + 1);
            }
            case FUNC_PROTO -> {
                BtfType.FuncProto f = (BtfType.FuncProto) t;
                yield declare(f.returnType(), inner + "(" + params(f.params(), depth) + ")", depth + 1);
            }
            case FUNC -> declare(((BtfType.Func) t).type(), t.name() + inner, depth + 1);
            case VAR -> declare(((BtfType.Var) t).type(), t.name(), depth + 1);
            case DATASEC -> "SEC(\"" + t.name() + "\")";
        };
    }

    private String params(List<BtfType.Param> params, int depth) {
        if (params.isEmpty()) {
            return "void";
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            BtfType.Param p = params.get(i);
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(p.type() == 0 && i == params.size() - 1 ? "..." : declare(p.type(), p.name(), depth + 1));
        }
        return sb.toString();
    }

    private static String tagged(String keyword, String name) {
        return name.isEmpty() ? keyword + " {...}" : keyword + " " + name;
    }

    private static String space(String inner) {
        return inner.isEmpty() ? "" : " " + inner;
    }
}
