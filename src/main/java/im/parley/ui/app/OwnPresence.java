package im.parley.ui.app;

import im.parley.xmpp.stanza.Presence;

/** The presence the user can choose for themselves. */
public enum OwnPresence {
    AVAILABLE("Available", null, "online"),
    AWAY("Away", Presence.Show.AWAY, "away"),
    EXTENDED_AWAY("Extended away", Presence.Show.XA, "away"),
    DO_NOT_DISTURB("Do not disturb", Presence.Show.DND, "busy"),
    /** Online, seen by nobody (XEP-0126); offered only where the server has privacy lists. */
    INVISIBLE("Invisible", null, "offline");

    private final String label;
    private final Presence.Show show;
    private final String styleClass;

    OwnPresence(String label, Presence.Show show, String styleClass) {
        this.label = label;
        this.show = show;
        this.styleClass = styleClass;
    }

    public String label() {
        return label;
    }

    public Presence.Show show() {
        return show;
    }

    public String styleClass() {
        return styleClass;
    }

    @Override
    public String toString() {
        return label;
    }
}
