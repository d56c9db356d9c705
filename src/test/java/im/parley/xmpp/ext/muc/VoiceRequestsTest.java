package im.parley.xmpp.ext.muc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.forms.RoundTrip;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Voice requests (XEP-0045 §7.13) and their approval (§8.6) on the XEP's own examples. */
class VoiceRequestsTest {
    private static final DataFormCodec FORMS = new DataFormCodec();

    private static DataForm form(String stanza) throws Exception {
        return RoundTrip.of(FORMS, XepExamples.element(stanza).child("x", "jabber:x:data").orElseThrow());
    }

    private static Map<String, List<String>> answers(DataForm form) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        form.fields().forEach(f -> out.put(f.var(), f.values()));
        return out;
    }

    @Test
    void theRequestIsTheXepsExample() throws Exception {
        DataForm example = form(Xep0045Examples.VOICE_REQUEST);
        DataForm ours = VoiceRequests.request();
        assertThat(ours.type()).isEqualTo(FormType.SUBMIT);
        assertThat(answers(ours)).isEqualTo(answers(example));
        assertThat(FORMS.decode(FORMS.encode(ours)).valueIfAny()).contains(ours);
    }

    @Test
    void approvingTheRoomsFormSubmitsItWithVoiceAllowed() throws Exception {
        DataForm roomForm = form(Xep0045Examples.VOICE_APPROVAL_FORM);
        assertThat(VoiceRequests.approvable(roomForm)).isTrue();
        DataForm approval = VoiceRequests.approval(roomForm);
        DataForm example = form(Xep0045Examples.VOICE_APPROVAL_SUBMISSION);
        assertThat(approval.type()).isEqualTo(FormType.SUBMIT);
        assertThat(answers(approval)).isEqualTo(answers(example));
        assertThat(approval.formType()).contains(Muc.REQUEST);
    }

    @Test
    void aFormWithoutTheAllowFieldIsNotApprovable() throws Exception {
        DataForm roomForm = form(Xep0045Examples.VOICE_APPROVAL_FORM);
        DataForm withoutAllow = DataForm.of(FormType.FORM, roomForm.fields().stream()
                .filter(f -> !VoiceRequests.ALLOW.equals(f.var())).toList());
        assertThat(VoiceRequests.approvable(withoutAllow)).isFalse();
        assertThatThrownBy(() -> VoiceRequests.approval(withoutAllow)).isInstanceOf(IllegalArgumentException.class);
        DataForm otherType = DataForm.of(FormType.FORM, List.of(FormField.formType(Muc.ROOMCONFIG),
                roomForm.field(VoiceRequests.ALLOW).orElseThrow()));
        assertThat(VoiceRequests.approvable(otherType)).isFalse();
    }
}
