package im.parley.xmpp.ext.forms.layout;

import java.util.List;

/**
 * One page of a form's layout (XEP-0141 §3.1).
 *
 * @param label null when not given
 * @param items texts, sections and references, in the order to show them
 */
public record Page(String label, List<LayoutItem> items) {
    public static final String NAMESPACE = "http://jabber.org/protocol/xdata-layout";

    public Page {
        items = List.copyOf(items);
        if (reportedRefs(items) > 1) {
            throw new IllegalArgumentException("<reportedref/> more than once (§3.3)");
        }
    }

    /** The references to the form's table in this page, sections included. */
    public int reportedRefs() {
        return reportedRefs(items);
    }

    private static int reportedRefs(List<LayoutItem> items) {
        int n = 0;
        for (LayoutItem item : items) {
            if (item instanceof LayoutItem.ReportedRef) {
                n++;
            } else if (item instanceof LayoutItem.Section section) {
                n += reportedRefs(section.items());
            }
        }
        return n;
    }
}
