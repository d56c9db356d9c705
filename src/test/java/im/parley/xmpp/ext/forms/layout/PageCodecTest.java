package im.parley.xmpp.ext.forms.layout;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.ext.forms.layout.LayoutItem.FieldRef;
import im.parley.xmpp.ext.forms.layout.LayoutItem.ReportedRef;
import im.parley.xmpp.ext.forms.layout.LayoutItem.Section;
import im.parley.xmpp.ext.forms.layout.LayoutItem.Text;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0141 round trips on every example of the XEP, each a whole form, and its rules. */
class PageCodecTest {
    private static final DataFormCodec FORMS = new DataFormCodec();
    private static final PageCodec PAGES = new PageCodec();
    private static final String NS = "xmlns='" + Page.NAMESPACE + "'";

    /** The example form round-tripped, and each of its pages on its own. */
    private static DataForm form(String xml) throws Exception {
        XmlElement x = XepExamples.element(xml);
        DataForm form = RoundTrip.of(FORMS, x);
        List<XmlElement> pages = x.children("page", Page.NAMESPACE);
        assertThat(pages).hasSameSizeAs(form.pages());
        for (int i = 0; i < pages.size(); i++) {
            assertThat(RoundTrip.of(PAGES, pages.get(i))).isEqualTo(form.pages().get(i));
        }
        return form;
    }

    private static List<String> fieldRefs(List<LayoutItem> items) {
        return items.stream().filter(FieldRef.class::isInstance).map(i -> ((FieldRef) i).var()).toList();
    }

    @Test
    void sampleFormHasNoLayout() throws Exception {
        DataForm form = form(Xep0141Examples.SAMPLE_FORM);
        assertThat(form.pages()).isEmpty();
        assertThat(form.fields()).hasSize(9);
        assertThat(form.field("jid").orElseThrow().type()).isEqualTo(FieldType.JID_SINGLE);
    }

    @Test
    void pagesOfFields() throws Exception {
        DataForm form = form(Xep0141Examples.PAGES_OF_FIELDS);

        assertThat(form.pages()).extracting(Page::label)
                .containsExactly("Personal Information", "Community Activity", "Plans and Reasonings");
        Page first = form.pages().get(0);
        assertThat(first.items().get(0)).isEqualTo(new Text("This is page one of three."));
        assertThat(fieldRefs(first.items())).containsExactly("name.first", "name.last", "email", "jid", "background");
        assertThat(form.pages().get(1).items()).filteredOn(Text.class::isInstance).hasSize(3);
        assertThat(fieldRefs(form.pages().get(2).items())).containsExactly("future", "reasoning");
        assertThat(form.fields()).extracting(FormField::var).contains("activity.xeps");
    }

    @Test
    void sectionsOfFields() throws Exception {
        DataForm form = form(Xep0141Examples.SECTIONS_OF_FIELDS);

        Page page = form.pages().get(0);
        assertThat(page.label()).isNull();
        assertThat(page.items()).hasSize(3).allMatch(Section.class::isInstance);
        Section activity = (Section) page.items().get(1);
        assertThat(activity.label()).isEqualTo("Community Activity");
        assertThat(fieldRefs(activity.items())).containsExactly("activity.mailing-lists", "activity.xeps");
    }

    @Test
    void nestedSections() throws Exception {
        // The XEP elides the fields ("..."), so this form has none: references to missing fields are kept (§7.3).
        DataForm form = form(Xep0141Examples.SECTIONS_OF_FIELDS_NESTED);

        assertThat(form.fields()).isEmpty();
        Section personal = (Section) form.pages().get(0).items().get(0);
        assertThat(personal.items()).hasSize(4);
        Section name = (Section) personal.items().get(1);
        assertThat(name.label()).isEqualTo("Name");
        assertThat(name.items()).containsExactly(new Text("Who are you?"), new FieldRef("name.first"),
                new FieldRef("name.last"));
        assertThat(personal.items().get(3)).isEqualTo(new FieldRef("background"));
    }

    @Test
    void reportedRefAtMostOnce() throws Exception {
        Page page = RoundTrip.of(PAGES, XepExamples.element("<page " + NS + "><reportedref/></page>"));
        assertThat(page.items()).containsExactly(new ReportedRef());
        assertThat(page.reportedRefs()).isEqualTo(1);

        assertThat(RoundTrip.malformedReason(PAGES, "<page " + NS + "><reportedref/><section><reportedref/>"
                + "</section></page>")).contains("more than once");
        assertThat(RoundTrip.malformedReason(FORMS, "<x xmlns='jabber:x:data' type='result'>"
                + "<page " + NS + "><reportedref/></page><page " + NS + "><reportedref/></page></x>"))
                .contains("more than once");
    }

    @Test
    void malformedLayoutSaysWhy() throws Exception {
        assertThat(RoundTrip.malformedReason(PAGES, "<page " + NS + "><fieldref/></page>")).contains("without 'var'");
        assertThat(RoundTrip.malformedReason(PAGES, "<page " + NS + "><section label='S'><text>t</text></section></page>"))
                .contains("references no field");
        assertThat(RoundTrip.malformedReason(PAGES, "<page " + NS + "><table/></page>")).contains("<table/>");
        assertThat(RoundTrip.malformedReason(FORMS, "<x xmlns='jabber:x:data' type='form'><page " + NS
                + "><fieldref/></page></x>")).contains("without 'var'");
    }
}
