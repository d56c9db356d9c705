package im.parley.client.call;

/** A call ended before (or instead of) connecting; the {@link CallEnd} says why. */
public final class CallEndedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient CallEnd end;

    public CallEndedException(CallEnd end) {
        super(end.reason() + (end.text() == null ? "" : ": " + end.text()));
        this.end = end;
    }

    public CallEnd end() {
        return end;
    }
}
