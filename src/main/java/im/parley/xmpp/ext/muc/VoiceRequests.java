package im.parley.xmpp.ext.muc;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import java.util.List;
import java.util.Map;

/** The muc#request forms (§7.13, §8.6): a visitor's request for voice and a moderator's approval of one. */
final class VoiceRequests {
    /** The boolean field of the room's approval form a moderator sets to grant the request (§8.6). */
    static final String ALLOW = "muc#request_allow";

    private VoiceRequests() {
    }

    /** What a visitor sends the room: only the requested role, participant (§7.13). */
    static DataForm request() {
        return DataForm.of(FormType.SUBMIT, List.of(FormField.formType(Muc.REQUEST),
                FormField.of("muc#role", FieldType.LIST_SINGLE, List.of(Role.PARTICIPANT.wire()))));
    }

    /**
     * The room's approval form submitted with voice granted (§8.6): every field sent back as the
     * room filled it (requester, nick, role), with {@value #ALLOW} true.
     *
     * @throws IllegalArgumentException for a form without the {@value #ALLOW} field
     */
    static DataForm approval(DataForm roomForm) {
        return roomForm.submit(Map.of(ALLOW, List.of("true")));
    }

    /** Whether {@code roomForm} can be answered by {@link #approval}: a muc#request form with the allow field. */
    static boolean approvable(DataForm roomForm) {
        return roomForm.type() == FormType.FORM && roomForm.formType().filter(Muc.REQUEST::equals).isPresent()
                && roomForm.field(ALLOW).isPresent();
    }
}
