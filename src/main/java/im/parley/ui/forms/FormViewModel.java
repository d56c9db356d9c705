package im.parley.ui.forms;

import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.bob.ContentId;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.forms.layout.LayoutItem;
import im.parley.xmpp.ext.forms.layout.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A data form (XEP-0004) being filled in: one {@link FieldModel} per field, its pages and sections
 * (XEP-0141), its images (XEP-0221 media, inline or as Bits of Binary data), and the submission.
 * Holds no controls; {@link FormView} shows it.
 */
public final class FormViewModel {
    private final DataForm form;
    private final List<FieldModel> fields;
    private final List<FormPage> pages;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);

    /** A form without images from elsewhere: only data: URIs in its media are shown. */
    public FormViewModel(DataForm form) {
        this(form, List.of());
    }

    /**
     * @param form a form to fill in (type form)
     * @param data Bits of Binary data that came with the form, which cid: media URIs name
     */
    public FormViewModel(DataForm form, List<BobData> data) {
        if (form.type() != FormType.FORM) {
            throw new IllegalArgumentException("only a form to fill in can be filled in, not a "
                    + form.type().wireName());
        }
        this.form = form;
        Map<ContentId, BobData> byCid = data.stream().collect(Collectors.toMap(BobData::cid, d -> d, (a, b) -> a));
        this.fields = form.fields().stream().map(f -> new FieldModel(f, FieldImage.of(f.media(), byCid))).toList();
        this.pages = layout();
    }

    /** The form's title, empty when it has none. */
    public String title() {
        return form.title() == null ? "" : form.title().strip();
    }

    public List<String> instructions() {
        return form.instructions().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every field in form order, hidden and fixed ones included. */
    public List<FieldModel> fields() {
        return fields;
    }

    public Optional<FieldModel> field(String var) {
        return fields.stream().filter(f -> var.equals(f.var())).findFirst();
    }

    /** At least one page. */
    public List<FormPage> pages() {
        return pages;
    }

    /** The index of the page shown. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public void nextPage() {
        page.set(Math.min(page.get() + 1, pages.size() - 1));
    }

    public void previousPage() {
        page.set(Math.max(page.get() - 1, 0));
    }

    /**
     * The filled form, or every field's problem, now shown under it; with problems, the page of
     * the first one is shown.
     */
    public FormResult submit() {
        List<FormResult.FieldProblem> problems = new ArrayList<>();
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (FieldModel f : fields) {
            f.validate().ifPresent(p -> problems.add(new FormResult.FieldProblem(f.var(), f.label(), p)));
            if (f.var() != null && f.type() != FieldType.FIXED && f.type() != FieldType.HIDDEN) {
                answers.put(f.var(), f.answer());
            }
        }
        if (!problems.isEmpty()) {
            showPageOf(problems.get(0).var());
            return new FormResult.Invalid(problems);
        }
        return new FormResult.Filled(form.submit(answers));
    }

    private void showPageOf(String var) {
        for (int i = 0; i < pages.size(); i++) {
            if (holds(pages.get(i).blocks(), var)) {
                page.set(i);
                return;
            }
        }
    }

    private static boolean holds(List<FormBlock> blocks, String var) {
        for (FormBlock b : blocks) {
            if (b instanceof FormBlock.Field f && var.equals(f.field().var())
                    || b instanceof FormBlock.Section s && holds(s.blocks(), var)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The form's pages; without a layout, one page of its shown fields. Fields to fill that no
     * page references are added to the last page: XEP-0141 §7.3 allows it, and a required one
     * left out could never be filled.
     */
    private List<FormPage> layout() {
        Map<String, FieldModel> byVar = new HashMap<>();
        fields.stream().filter(f -> f.var() != null).forEach(f -> byVar.put(f.var(), f));
        Set<FieldModel> placed = new HashSet<>();
        List<FormPage> out = new ArrayList<>();
        for (Page p : form.pages()) {
            out.add(new FormPage(p.label(), blocks(p.items(), byVar::get, placed)));
        }
        boolean laidOut = !out.isEmpty();
        List<FormBlock> rest = fields.stream().filter(f -> f.type() != FieldType.HIDDEN && !placed.contains(f))
                .filter(f -> !laidOut || f.type() != FieldType.FIXED)
                .map(f -> (FormBlock) new FormBlock.Field(f)).toList();
        if (out.isEmpty()) {
            return List.of(new FormPage(null, rest));
        }
        if (!rest.isEmpty()) {
            FormPage last = out.remove(out.size() - 1);
            List<FormBlock> blocks = new ArrayList<>(last.blocks());
            blocks.addAll(rest);
            out.add(new FormPage(last.label(), blocks));
        }
        return List.copyOf(out);
    }

    private static List<FormBlock> blocks(List<LayoutItem> items, Function<String, FieldModel> byVar,
                                          Set<FieldModel> placed) {
        List<FormBlock> out = new ArrayList<>();
        for (LayoutItem item : items) {
            if (item instanceof LayoutItem.Text t) {
                out.add(new FormBlock.Text(t.text().strip()));
            } else if (item instanceof LayoutItem.FieldRef ref) {
                FieldModel f = byVar.apply(ref.var());
                // §7.3: a reference to a field the form lacks is ignored; a hidden one has nothing to show.
                if (f != null && f.type() != FieldType.HIDDEN && placed.add(f)) {
                    out.add(new FormBlock.Field(f));
                }
            } else if (item instanceof LayoutItem.Section s) {
                out.add(new FormBlock.Section(s.label(), blocks(s.items(), byVar, placed)));
            }
        }
        return out;
    }
}
