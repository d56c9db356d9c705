package im.parley.xmpp.routing;

/**
 * What every listener, handler, claim or feature registration returns: closing it removes what
 * was registered. Closing twice does nothing.
 */
@FunctionalInterface
public interface Registration extends AutoCloseable {
    @Override
    void close();

    /** One handle that removes several registrations, the last first. */
    static Registration all(Registration... parts) {
        return () -> {
            for (int i = parts.length - 1; i >= 0; i--) {
                parts[i].close();
            }
        };
    }
}
