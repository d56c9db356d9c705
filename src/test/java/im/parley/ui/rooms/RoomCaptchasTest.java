package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoomCaptchasTest {
    @Test
    void theAnswerCarriesEveryFieldOfTheFilledFormByVar() {
        DataForm filled = DataForm.of(FormType.SUBMIT, List.of(FormField.formType("urn:xmpp:captcha"),
                FormField.of("challenge", FieldType.HIDDEN, List.of("F3A6292C")),
                FormField.of("ocr", FieldType.TEXT_SINGLE, List.of("7nHL3"))));
        assertThat(RoomCaptchas.answers(filled)).containsExactly(Map.entry("FORM_TYPE", List.of("urn:xmpp:captcha")),
                Map.entry("challenge", List.of("F3A6292C")), Map.entry("ocr", List.of("7nHL3")));
    }
}
