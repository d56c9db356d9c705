package im.parley.cli;

import im.parley.client.history.ProfileException;
import im.parley.client.secrets.PasswordStoreException;
import im.parley.client.transfer.TransferException;
import im.parley.media.audio.SoundDeviceException;
import im.parley.xmpp.ext.moderation.ModerationUnsupportedException;
import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.ext.register.RegistrationException;
import im.parley.xmpp.session.AuthenticationException;
import im.parley.xmpp.session.ReplyTimeoutException;
import im.parley.xmpp.ext.pubsub.PubSubException;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.transport.TlsException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/** The command line's exit codes, one per way a command can end. */
enum ExitCode {
    OK(0), BAD_ARGUMENTS(2), CANNOT_CONNECT(3), TLS_REFUSED(4), AUTHENTICATION_FAILED(5), TIMEOUT(6),
    REMOTE_ERROR(7), CALL_FAILED(8), PROFILE_UNAVAILABLE(9);

    final int code;

    ExitCode(int code) {
        this.code = code;
    }

    /** Maps a failure to its exit code, looking through the wrappers futures add. */
    static ExitCode of(Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof TransferException && cause.getCause() != null) {
            // The step that failed says why: a refusal, a timeout, a lost connection.
            cause = unwrap(cause.getCause());
        }
        if (cause instanceof TlsException) {
            return TLS_REFUSED;
        }
        if (cause instanceof AuthenticationException) {
            return AUTHENTICATION_FAILED;
        }
        if (cause instanceof ReplyTimeoutException || cause instanceof TimeoutException) {
            return TIMEOUT;
        }
        if (cause instanceof StanzaErrorException || cause instanceof RegistrationException
                || cause instanceof NickConflictException || cause instanceof PubSubException
                || cause instanceof ModerationUnsupportedException) {
            return REMOTE_ERROR;
        }
        if (cause instanceof IllegalArgumentException) {
            return BAD_ARGUMENTS;
        }
        if (cause instanceof ProfileException || cause instanceof PasswordStoreException) {
            return PROFILE_UNAVAILABLE;
        }
        if (cause instanceof SoundDeviceException) {
            return CALL_FAILED;
        }
        return CANNOT_CONNECT;
    }

    static Throwable unwrap(Throwable t) {
        Throwable cause = t;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
