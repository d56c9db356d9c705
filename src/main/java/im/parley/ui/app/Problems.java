package im.parley.ui.app;

import im.parley.xmpp.session.AuthenticationException;
import im.parley.xmpp.transport.ConnectException;
import im.parley.xmpp.transport.TlsException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns a failure into a sentence a person understands; the technical detail stays one click away. */
public final class Problems {
    private Problems() {
    }

    /** The failure without the wrappers futures add. */
    public static Throwable root(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static String sentence(Throwable failure) {
        Throwable e = root(failure);
        String detail = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof AuthenticationException) {
            return "The server did not accept this address and password.";
        }
        if (e instanceof TlsException && detail.toLowerCase().contains("certificate")) {
            return "Parley did not connect: the server's certificate was not trusted.";
        }
        if (e instanceof TlsException) {
            return "A secure connection to the server could not be made.";
        }
        if (e instanceof ConnectException) {
            return "The server could not be reached. Check the address, or the server under “Advanced”.";
        }
        if (e instanceof IllegalArgumentException) {
            return detail;
        }
        return detail.isEmpty() ? "Something went wrong (" + e.getClass().getSimpleName() + ")." : capitalised(detail) + ".";
    }

    /** The technical detail: type and message of each cause. */
    public static String detail(Throwable failure) {
        StringBuilder b = new StringBuilder();
        for (Throwable t = root(failure); t != null; t = t.getCause()) {
            if (b.length() > 0) {
                b.append("\ncaused by ");
            }
            b.append(t.getClass().getName()).append(": ").append(t.getMessage());
        }
        return b.toString();
    }

    private static String capitalised(String s) {
        String t = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
