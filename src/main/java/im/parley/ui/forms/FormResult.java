package im.parley.ui.forms;

import im.parley.xmpp.ext.forms.DataForm;
import java.util.List;

/** What {@link FormViewModel#submit()} gives: the filled form, or why it cannot be sent yet. */
public sealed interface FormResult {
    /** @param form of type submit, ready to send */
    record Filled(DataForm form) implements FormResult {
    }

    /** @param problems one per field that needs the user's attention, in form order */
    record Invalid(List<FieldProblem> problems) implements FormResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /** @param label the field's label as shown */
    record FieldProblem(String var, String label, String message) {
    }
}
