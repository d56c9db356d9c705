package im.parley.client;

import java.util.List;

/**
 * What keeps an account's history: every event passes through it before any subscriber sees it,
 * so a message is stored before the user is shown it. The local archive is the journal of an
 * account opened from a profile; an account without one keeps nothing.
 */
public interface AccountJournal {
    /**
     * Records {@code event} and returns what to tell subscribers: the event itself, or null when
     * it repeats one already recorded (the same message live, as a carbon, from the archive).
     * A journal that cannot record throws; the account then tells subscribers anyway, and says
     * that storing failed, so that nothing the user received goes unseen.
     */
    AccountEvent record(AccountEvent event);

    /** Messages the user wrote that had not reached the server when the journal last closed. */
    List<TrackedMessage> queued();

    /** Keeps nothing. */
    AccountJournal NONE = new AccountJournal() {
        @Override
        public AccountEvent record(AccountEvent event) {
            return event;
        }

        @Override
        public List<TrackedMessage> queued() {
            return List.of();
        }
    };
}
