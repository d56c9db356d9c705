package im.parley.xmpp.im;

/**
 * Where a roster survives between sessions, so that XEP-0237 can skip sending it again. The
 * engine knows no database: the client layer implements this over its own storage.
 */
public interface RosterStore {
    /** The stored roster; an empty one with a null version when nothing is stored. */
    Roster load();

    /** Replaces what is stored. Called off the reader thread, after every change. */
    void save(Roster roster);
}
