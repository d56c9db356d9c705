package im.parley.cli;

import java.util.Map;

/** Writes flat JSON objects of strings, numbers and string arrays: all the command line prints. */
final class Json {
    private Json() {
    }

    static String object(Map<String, ?> fields) {
        StringBuilder sb = new StringBuilder("{");
        boolean first = true;
        for (Map.Entry<String, ?> e : fields.entrySet()) {
            if (!first) {
                sb.append(',');
            }
            first = false;
            string(e.getKey(), sb);
            sb.append(':');
            Object v = e.getValue();
            if (v == null) {
                sb.append("null");
            } else if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
                sb.append("null");
            } else if (v instanceof Number || v instanceof Boolean) {
                sb.append(v);
            } else if (v instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, ?> object = (Map<String, ?>) nested;
                sb.append(object(object));
            } else if (v instanceof Iterable<?> list) {
                sb.append('[');
                boolean firstElement = true;
                for (Object o : list) {
                    if (!firstElement) {
                        sb.append(',');
                    }
                    firstElement = false;
                    string(String.valueOf(o), sb);
                }
                sb.append(']');
            } else {
                string(v.toString(), sb);
            }
        }
        return sb.append('}').toString();
    }

    static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
