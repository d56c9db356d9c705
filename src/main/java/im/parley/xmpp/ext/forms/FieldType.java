package im.parley.xmpp.ext.forms;

import java.util.Arrays;
import java.util.Optional;

/** The field types of XEP-0004 §3.3. */
public enum FieldType {
    BOOLEAN("boolean"),
    FIXED("fixed"),
    HIDDEN("hidden"),
    JID_MULTI("jid-multi"),
    JID_SINGLE("jid-single"),
    LIST_MULTI("list-multi"),
    LIST_SINGLE("list-single"),
    TEXT_MULTI("text-multi"),
    TEXT_PRIVATE("text-private"),
    TEXT_SINGLE("text-single");

    private final String wireName;

    FieldType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The type named {@code name}, empty when XEP-0004 defines none by that name. */
    public static Optional<FieldType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }

    /** §3.2: only these may carry more than one value. */
    public boolean allowsSeveralValues() {
        return this == LIST_MULTI || this == JID_MULTI || this == TEXT_MULTI || this == HIDDEN;
    }

    /** §3.2: only list fields may carry options. */
    public boolean hasOptions() {
        return this == LIST_MULTI || this == LIST_SINGLE;
    }

    public boolean holdsJids() {
        return this == JID_MULTI || this == JID_SINGLE;
    }
}
