package im.parley.ui.forms;

import java.util.List;

/**
 * One page of a form (XEP-0141); a form without a layout is one page of its fields.
 *
 * @param label null when the page has none
 */
public record FormPage(String label, List<FormBlock> blocks) {
    public FormPage {
        blocks = List.copyOf(blocks);
    }
}
