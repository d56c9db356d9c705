package im.parley.xmpp.ext.forms.layout;

import java.util.List;
import java.util.Objects;

/** What a page or section holds, in the order it is to be shown (XEP-0141 §4.2). */
public sealed interface LayoutItem {
    /** Natural-language text about the page or section it is in. */
    record Text(String text) implements LayoutItem {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * The form field whose var this is; a reference to a field the form lacks is to be ignored
     * (§7.3), so it is kept rather than refused.
     */
    record FieldRef(String var) implements LayoutItem {
        public FieldRef {
            if (var == null || var.isEmpty()) {
                throw new IllegalArgumentException("<fieldref/> without 'var'");
            }
        }
    }

    /** The form's table (reported and items); ignored when the form has none (§3.3). */
    record ReportedRef() implements LayoutItem {
    }

    /**
     * A part of a page, possibly with sections of its own.
     *
     * @param label null when not given
     * @throws IllegalArgumentException when neither it nor a subsection references a field or the table (§3.2)
     */
    record Section(String label, List<LayoutItem> items) implements LayoutItem {
        public Section {
            items = List.copyOf(items);
            if (items.stream().noneMatch(Section::references)) {
                throw new IllegalArgumentException("<section/> '" + label + "' references no field or table");
            }
        }

        private static boolean references(LayoutItem item) {
            return item instanceof FieldRef || item instanceof ReportedRef || item instanceof Section;
        }
    }
}
