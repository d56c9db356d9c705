package im.parley.ui.forms;

import java.util.List;

/** What a page shows, in order (XEP-0141): text, a field, or a labelled section of more blocks. */
public sealed interface FormBlock {
    record Text(String text) implements FormBlock {
    }

    record Field(FieldModel field) implements FormBlock {
    }

    /** @param label null when the section has none */
    record Section(String label, List<FormBlock> blocks) implements FormBlock {
        public Section {
            blocks = List.copyOf(blocks);
        }
    }
}
