package im.parley.xmpp.ext.activity;

import java.util.Locale;
import im.parley.xmpp.ext.WireNames;
import java.util.Optional;

/** General activities of XEP-0108 §4 (the first level of its taxonomy). */
public enum GeneralActivity {
    DOING_CHORES, DRINKING, EATING, EXERCISING, GROOMING, HAVING_APPOINTMENT, INACTIVE, RELAXING,
    TALKING, TRAVELING, UNDEFINED, WORKING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GeneralActivity> fromWire(String value) {
        return WireNames.lookup(values(), GeneralActivity::wireName, value);
    }
}
