package im.parley.client;

import im.parley.xmpp.jid.Jid;

/**
 * What the user lets contacts learn about their reading and typing, as {@link Account#setPrivacy}
 * applies it to the current session and every later one.
 *
 * @param deliveryReceipts answer receipt requests (XEP-0184): the sender sees a message arrived
 * @param chatStates tell contacts when the user is typing (XEP-0085)
 * @param readMarkers tell contacts which message the user has read (XEP-0333); the user's other
 *     devices learn it from the same markers, so they keep counting those messages unread
 * @param idleTime who may ask how long the user has been idle (XEP-0012)
 */
public record Privacy(boolean deliveryReceipts, boolean chatStates, boolean readMarkers, IdleShownTo idleTime) {
    /** Who may learn the user's idle time. */
    public enum IdleShownTo {
        EVERYONE,
        /** Contacts the user shares their presence with (subscription from or both), and the user's own devices. */
        CONTACTS,
        NOBODY
    }

    /** Everything shared, as Parley did before the user chose. */
    public static final Privacy SHARE_ALL = new Privacy(true, true, true, IdleShownTo.EVERYONE);

    public Privacy {
        java.util.Objects.requireNonNull(idleTime, "idleTime");
    }

    /**
     * Whether {@code asker} (null: the user's server) may learn the idle time; {@code self} is the
     * user's own address, {@code sharesPresence} whether the user's presence goes to the asker.
     */
    public boolean tellsIdleTimeTo(Jid asker, Jid self, boolean sharesPresence) {
        switch (idleTime) {
            case EVERYONE:
                return true;
            case NOBODY:
                return false;
            default:
                return asker == null || sharesPresence || self != null && asker.bare().equals(self.bare());
        }
    }

    public Privacy withDeliveryReceipts(boolean on) {
        return new Privacy(on, chatStates, readMarkers, idleTime);
    }

    public Privacy withChatStates(boolean on) {
        return new Privacy(deliveryReceipts, on, readMarkers, idleTime);
    }

    public Privacy withReadMarkers(boolean on) {
        return new Privacy(deliveryReceipts, chatStates, on, idleTime);
    }

    public Privacy withIdleTime(IdleShownTo who) {
        return new Privacy(deliveryReceipts, chatStates, readMarkers, who);
    }
}
