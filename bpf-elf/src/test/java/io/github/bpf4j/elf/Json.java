package io.github.bpf4j.elf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A minimal JSON reader for the output of llvm-readelf's JSON style (tests only). */
final class Json {

    private final String s;
    private int p;

    private Json(String s) {
        this.s = s;
    }

    static Object parse(String text) {
        Json j = new Json(text);
        Object v = j.value();
        j.ws();
        if (j.p != j.s.length()) {
            throw new IllegalArgumentException("trailing text at " + j.p);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> obj(Object o, String key) {
        return (Map<String, Object>) ((Map<String, Object>) o).get(key);
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o, String key) {
        return (List<Object>) ((Map<String, Object>) o).get(key);
    }

    static long num(Object o, String key) {
        return ((Number) ((Map<?, ?>) o).get(key)).longValue();
    }

    private void ws() {
        while (p < s.length() && Character.isWhitespace(s.charAt(p))) {
            p++;
        }
    }

    private Object value() {
        ws();
        char c = s.charAt(p);
        switch (c) {
            case '{': {
                p++;
                Map<String, Object> m = new LinkedHashMap<>();
                ws();
                if (s.charAt(p) == '}') {
                    p++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    p++; // ':'
                    m.put(k, value());
                    ws();
                    if (s.charAt(p++) == '}') {
                        return m;
                    }
                }
            }
            case '[': {
                p++;
                List<Object> l = new ArrayList<>();
                ws();
                if (s.charAt(p) == ']') {
                    p++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(p++) == ']') {
                        return l;
                    }
                }
            }
            case '"':
                return string();
            case 't':
                p += 4;
                return Boolean.TRUE;
            case 'f':
                p += 5;
                return Boolean.FALSE;
            case 'n':
                p += 4;
                return null;
            default: {
                int start = p;
                while (p < s.length() && "+-0123456789.eE".indexOf(s.charAt(p)) >= 0) {
                    p++;
                }
                String n = s.substring(start, p);
                if (n.contains(".") || n.contains("e") || n.contains("E")) {
                    return Double.parseDouble(n);
                }
                try {
                    return Long.parseLong(n);
                } catch (NumberFormatException tooLarge) {
                    return new java.math.BigInteger(n).longValue(); // unsigned 64-bit values
                }
            }
        }
    }

    private String string() {
        p++; // opening quote
        int q = p;
        while (q < s.length() && s.charAt(q) != '"' && s.charAt(q) != '\\') {
            q++;
        }
        if (q < s.length() && s.charAt(q) == '"') {
            String plain = s.substring(p, q);
            p = q + 1;
            return plain;
        }
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(p++);
            if (c == '"') {
                return b.toString();
            }
            if (c == '\\') {
                char e = s.charAt(p++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(p, p + 4), 16));
                        p += 4;
                    }
                    default -> b.append(e);
                }
            } else {
                b.append(c);
            }
        }
    }
}
