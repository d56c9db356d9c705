package im.parley.xmpp.ext.forms;

import java.util.Arrays;
import java.util.Optional;

/** The form types of XEP-0004 §3.1. */
public enum FormType {
    FORM("form"),
    SUBMIT("submit"),
    CANCEL("cancel"),
    RESULT("result");

    private final String wireName;

    FormType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<FormType> fromWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(name)).findFirst();
    }
}
