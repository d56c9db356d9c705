package im.parley.xmpp.ext.muc;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.moderation.Moderate;
import im.parley.xmpp.ext.moderation.ModerationUnsupportedException;
import im.parley.xmpp.ext.moderation.ModerationVersion;
import im.parley.xmpp.ext.moderation.Moderations;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ProtocolException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What moderators, admins and owners do to a room (XEP-0045 §8 to §10): roles, affiliations and
 * their lists (muc#admin), the configuration form, instant rooms and destruction (muc#owner). The
 * room checks the user's rights; its refusal is the future's {@code StanzaErrorException}.
 * Answers are taken only from the room asked, which the IQ tracker ensures.
 */
public final class RoomAdministration {
    /** The configuration form's field for the room's name (§15.5.3). */
    public static final String ROOM_NAME = "muc#roomconfig_roomname";
    /** The configuration form's field that keeps the room after its last occupant leaves (§15.5.3). */
    public static final String PERSISTENT = "muc#roomconfig_persistentroom";

    private static final MucAdminCodec ADMIN = new MucAdminCodec();
    private static final MucOwnerCodec OWNER = new MucOwnerCodec();

    private final XmppClient client;

    public RoomAdministration(XmppClient client) {
        this.client = client;
    }

    /** Removes the occupant {@code nick} from the room (§8.2). */
    public CompletableFuture<Void> kick(Jid room, String nick, String reason) {
        return setRole(room, nick, Role.NONE, reason);
    }

    /** Grants or revokes voice (participant, visitor) or moderator status (§8.3, §8.4, §9.6, §9.7). */
    public CompletableFuture<Void> setRole(Jid room, String nick, Role role, String reason) {
        return change(room, MucItem.role(nick, role, reason));
    }

    /** Bans {@code user}'s bare JID (§9.1). */
    public CompletableFuture<Void> ban(Jid room, Jid user, String reason) {
        return setAffiliation(room, user, Affiliation.OUTCAST, reason);
    }

    /** Grants or revokes membership, admin or owner status; NONE takes any away (§9.3 to §10.8). */
    public CompletableFuture<Void> setAffiliation(Jid room, Jid user, Affiliation affiliation, String reason) {
        return change(room, MucItem.affiliation(user.bare(), affiliation, reason));
    }

    /** Changes several affiliations at once (§9.5, §10.5, §10.8): the list edit of an admin or owner. */
    public CompletableFuture<Void> changeAffiliations(Jid room, List<MucItem> items) {
        return client.query(Iq.set(room.bare(), ADMIN.encode(new MucAdmin(items)))).thenApply(r -> null);
    }

    /**
     * Makes a list edit one change at a time, in order, each in its own request: Prosody 0.12
     * applies only the first item of a muc#admin set and answers success for the whole, so one
     * request with several items would lose the rest without a word. Stops at the first refusal,
     * failing with {@link AffiliationChangeRefusedException}, which says what was made before it.
     */
    public CompletableFuture<Void> changeAffiliationsInTurn(Jid room, List<MucItem> items) {
        CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
        List<MucItem> applied = new CopyOnWriteArrayList<>();
        for (MucItem item : List.copyOf(items)) {
            done = done.thenCompose(v -> change(room, item).handle((ok, failure) -> {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                if (cause instanceof StanzaErrorException refused) {
                    throw new CompletionException(
                            new AffiliationChangeRefusedException(item, applied, refused));
                }
                if (cause != null) {
                    throw new CompletionException(cause);
                }
                applied.add(item);
                return null;
            }));
        }
        return done;
    }

    private CompletableFuture<Void> change(Jid room, MucItem item) {
        return changeAffiliations(room, List.of(item));
    }

    /**
     * Asks the room to retract the message it gave the stanza id {@code stanzaId} (XEP-0425), in
     * the revision the room announces (asked first, so a room that gained or changed its support
     * since the join is asked right); the room announces it to everyone, the user too. Fails with
     * {@link ModerationUnsupportedException} when the room announces none, else with the room's
     * refusal (forbidden for a non-moderator, item-not-found for an unknown id).
     *
     * @param reason null for none
     */
    public CompletableFuture<Void> moderate(Jid room, String stanzaId, String reason) {
        Moderate request = new Moderate(stanzaId, reason);
        return client.query(Iq.get(room.bare(), XmlElement.empty("query", DiscoInfo.NAMESPACE))).thenCompose(r -> {
            DiscoInfo info = DiscoInfo.fromXml(r.query().orElse(XmlElement.empty("query", DiscoInfo.NAMESPACE)));
            return ModerationVersion.offeredBy(info)
                    .map(v -> client.query(Iq.set(room.bare(), Moderations.request(v, request))).thenApply(ok -> (Void) null))
                    .orElseGet(() -> CompletableFuture.failedFuture(new ModerationUnsupportedException(room.bare())));
        });
    }

    /** The users with {@code affiliation}: members, admins, owners, or the ban list for OUTCAST (§9.2, §9.5, §10.5, §10.8). */
    public CompletableFuture<List<MucItem>> list(Jid room, Affiliation affiliation) {
        MucAdmin request = new MucAdmin(List.of(new MucItem(affiliation, null, null, null, null, null, null)));
        return client.query(Iq.get(room.bare(), ADMIN.encode(request))).thenCompose(r -> {
            Decoded<MucAdmin> answer = r.query().map(ADMIN::decode).orElse(Decoded.value(new MucAdmin(List.of())));
            return answer instanceof Decoded.Value<MucAdmin> v ? CompletableFuture.completedFuture(v.value().items())
                    : CompletableFuture.failedFuture(new ProtocolException("unreadable list from " + room + ": " + answer));
        });
    }

    /** The room's configuration form (§10.2). */
    public CompletableFuture<DataForm> configurationForm(Jid room) {
        return client.query(Iq.get(room.bare(), OWNER.encode(new MucOwner(null, null)))).thenCompose(r -> {
            Decoded<MucOwner> answer = r.query().map(OWNER::decode)
                    .orElse(Decoded.malformed("the answer has no muc#owner query"));
            if (answer instanceof Decoded.Value<MucOwner> v && v.value().form() != null) {
                return CompletableFuture.completedFuture(v.value().form());
            }
            return CompletableFuture.failedFuture(new ProtocolException("no configuration form from " + room + ": " + answer));
        });
    }

    /** Submits a filled-in configuration form (§10.2); a new room is unlocked by it. */
    public CompletableFuture<Void> configure(Jid room, DataForm submitted) {
        if (submitted.type() != FormType.SUBMIT) {
            throw new IllegalArgumentException("submit a form of type submit, not " + submitted.type().wireName());
        }
        return client.query(Iq.set(room.bare(), OWNER.encode(new MucOwner(submitted, null)))).thenApply(r -> null);
    }

    /**
     * Fetches the configuration form, fills in {@code answers} (by field var) over its current
     * values, and submits it. Answers the form has no field for fail before anything is sent.
     */
    public CompletableFuture<Void> configure(Jid room, Map<String, List<String>> answers) {
        return configurationForm(room).thenCompose(form -> configure(room, form.submit(answers)));
    }

    /** Accepts the default configuration of a room the user just created (§10.1.2: an instant room). */
    public CompletableFuture<Void> createInstant(Jid room) {
        return configure(room, DataForm.of(FormType.SUBMIT, List.of()));
    }

    /**
     * Sets up a room the user just created with its defaults but lasting and named: persistent
     * where the form offers it (as rooms in other messengers stay until destroyed, where Prosody's
     * default is a temporary room, gone with its last occupant), named {@code name} when not null.
     * A form offering neither is accepted as it is, as for {@link #createInstant}.
     */
    public CompletableFuture<Void> createLasting(Jid room, String name) {
        return configurationForm(room).thenCompose(form -> {
            Map<String, List<String>> answers = new HashMap<>();
            if (name != null && form.field(ROOM_NAME).isPresent()) {
                answers.put(ROOM_NAME, List.of(name));
            }
            if (form.field(PERSISTENT).isPresent()) {
                answers.put(PERSISTENT, List.of("1"));
            }
            return answers.isEmpty() ? createInstant(room) : configure(room, form.submit(answers));
        });
    }

    /** Destroys the room (§10.9), pointing its occupants to {@code alternate} when not null. */
    public CompletableFuture<Void> destroy(Jid room, String reason, Jid alternate) {
        MucOwner request = new MucOwner(null, new Destroy(alternate == null ? null : alternate.bare(), null, reason));
        return client.query(Iq.set(room.bare(), OWNER.encode(request))).thenApply(r -> null);
    }
}
