package im.parley.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.bob.ContentId;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The form renderer's model on the XEPs' example forms: answers, validation, pages, images. */
class FormViewModelTest {

    @Test
    void fillingTheBotFormAsTheUserDidGivesTheXepsSubmission() throws Exception {
        FormViewModel model = new FormViewModel(FormExamples.form(FormExamples.BOT_CREATION_FORM));
        model.field("botname").orElseThrow().textProperty().set("The Jabber Google Bot");
        model.field("description").orElseThrow().textProperty().set("""
                This bot enables you to send requests to
                Google and receive the search results right
                in your Jabber client. It' really cool!
                It even supports Google News!""");
        model.field("password").orElseThrow().textProperty().set("v3r0na");
        model.field("maxsubs").orElseThrow().textProperty().set("50");
        model.field("invitelist").orElseThrow().textProperty().set("juliet@capulet.com\n\nbenvolio@montague.net\n");

        FormResult result = model.submit();

        assertThat(result).isEqualTo(new FormResult.Filled(FormExamples.form(FormExamples.BOT_CREATION_SUBMIT)));
    }

    @Test
    void defaultsAreShownAndFixedFieldsAreTextWhileHiddenOnesAreNot() throws Exception {
        FormViewModel model = new FormViewModel(FormExamples.form(FormExamples.BOT_CREATION_FORM));

        assertThat(model.title()).isEqualTo("Bot Configuration");
        assertThat(model.instructions()).containsExactly("Fill out this form to configure your new bot!");
        assertThat(model.field("features").orElseThrow().selected()).containsExactly("news", "search");
        assertThat(model.field("maxsubs").orElseThrow().textProperty().get()).isEqualTo("20");
        assertThat(model.field("public").orElseThrow().checkedProperty().get()).isFalse();
        assertThat(model.field("invitelist").orElseThrow().description())
                .isEqualTo("Tell all your friends about your new bot!");
        assertThat(model.pages()).hasSize(1);
        List<FormBlock> blocks = model.pages().get(0).blocks();
        assertThat(blocks).hasSize(11);
        assertThat(((FormBlock.Field) blocks.get(0)).field().fixedText()).isEqualTo("Section 1: Bot Info");
        assertThat(blocks).noneMatch(b -> ((FormBlock.Field) b).field().type() == FieldType.HIDDEN);
    }

    @Test
    void xep0122RangeRegexOpenListAndSelectionRangeSaySentencesAsTheUserTypes() throws Exception {
        FormViewModel model = new FormViewModel(FormExamples.form(FormExamples.VALIDATED_FORM));
        FieldModel date = model.field("evt.date").orElseThrow();
        FieldModel ssn = model.field("ssn").orElseThrow();
        FieldModel category = model.field("evt.category").orElseThrow();
        FieldModel notify = model.field("evt.notify-methods").orElseThrow();

        date.textProperty().set("2003-11-06T11:22:00-07:00");
        ssn.textProperty().set("123121234");
        category.textProperty().set("birthday");

        assertThat(date.problemProperty().get()).isEqualTo("Enter a date and time like 2026-03-14T09:30:00Z from "
                + "2003-10-05T00:00:00-07:00 to 2003-10-24T23:59:59-07:00.");
        assertThat(ssn.problemProperty().get()).isEqualTo("“123121234” is not in the expected format.");
        assertThat(category.problemProperty().get()).as("an open list takes other values").isEmpty();
        assertThat(notify.problemProperty().get()).as("not changed, not submitted").isEmpty();

        FormResult result = model.submit();
        assertThat(result).isInstanceOf(FormResult.Invalid.class);
        assertThat(((FormResult.Invalid) result).problems()).extracting(FormResult.FieldProblem::var)
                .containsExactly("evt.date", "ssn", "evt.notify-methods");
        assertThat(notify.problemProperty().get()).isEqualTo("Choose at least 1 option.");

        notify.selected().setAll("e-mail", "work phone", "home phone", "cell phone");
        assertThat(notify.problemProperty().get()).isEqualTo("Choose at most 3 options.");

        date.textProperty().set("2003-10-06T11:22:00-07:00");
        ssn.textProperty().set("123-12-1234");
        notify.selected().setAll("jabber/xmpp");
        DataForm filled = ((FormResult.Filled) model.submit()).form();
        assertThat(filled.type()).isEqualTo(FormType.SUBMIT);
        assertThat(filled.field("evt.category").orElseThrow().values()).containsExactly("birthday");
        assertThat(filled.field("evt.notify-methods").orElseThrow().values()).containsExactly("jabber/xmpp");
        assertThat(filled.field("ssn").orElseThrow().values()).containsExactly("123-12-1234");
    }

    @Test
    void aBlankRequiredFieldIsPointedOutOnSubmitAndABadAddressAsTyped() throws Exception {
        FormViewModel model = new FormViewModel(FormExamples.form(FormExamples.PAGES_OF_FIELDS));
        FieldModel first = model.field("name.first").orElseThrow();
        FieldModel jid = model.field("jid").orElseThrow();

        first.textProperty().set("Juliet");
        first.textProperty().set("");
        jid.textProperty().set("juliet at capulet");

        assertThat(first.problemProperty().get()).as("emptied while retyping").isEmpty();
        assertThat(jid.problemProperty().get()).isEqualTo("“juliet at capulet” is not an address like name@example.org.");

        model.nextPage();
        model.nextPage();
        FormResult result = model.submit();

        assertThat(((FormResult.Invalid) result).problems()).extracting(FormResult.FieldProblem::label)
                .containsExactly("First Name", "Last Name", "E-mail Address", "Jabber JID");
        assertThat(first.problemProperty().get()).isEqualTo("This field is required.");
        assertThat(model.pageProperty().get()).as("back to the page of the first problem").isZero();
    }

    @Test
    void xep0141PagesKeepTheirOrderTextsAndSections() throws Exception {
        FormViewModel model = new FormViewModel(FormExamples.form(FormExamples.PAGES_OF_FIELDS));

        assertThat(model.pages()).extracting(FormPage::label)
                .containsExactly("Personal Information", "Community Activity", "Plans and Reasonings");
        List<FormBlock> third = model.pages().get(2).blocks();
        assertThat(third.get(0)).isEqualTo(new FormBlock.Text("This is page three of three."));
        FormBlock.Section plans = (FormBlock.Section) third.get(1);
        assertThat(plans.label()).isEqualTo("Plans");
        assertThat(((FormBlock.Field) plans.blocks().get(0)).field().var()).isEqualTo("future");
        assertThat(((FormBlock.Field) third.get(2)).field().var()).isEqualTo("reasoning");

        model.nextPage();
        model.nextPage();
        model.nextPage();
        assertThat(model.pageProperty().get()).isEqualTo(2);
        model.previousPage();
        assertThat(model.pageProperty().get()).isEqualTo(1);
    }

    @Test
    void aFieldNoPageReferencesIsAddedToTheLastPage() throws Exception {
        String xml = FormExamples.PAGES_OF_FIELDS.replace("<fieldref var='reasoning'/>", "");
        FormViewModel model = new FormViewModel(FormExamples.form(xml));

        List<FormBlock> last = model.pages().get(2).blocks();
        assertThat(((FormBlock.Field) last.get(last.size() - 1)).field().var()).isEqualTo("reasoning");
    }

    @Test
    void aCaptchaImageComesFromBitsOfBinaryAndHiddenFieldsAreSubmitted() throws Exception {
        byte[] png = png();
        ContentId cid = ContentId.of(png);
        DataForm form = FormExamples.form(FormExamples.CAPTCHA_REGISTRATION_FORM.replace("CID", "cid:" + cid));
        FormViewModel model = new FormViewModel(form, List.of(new BobData(cid, "image/png", null, png)));
        FieldModel ocr = model.field("ocr").orElseThrow();

        assertThat(ocr.images()).singleElement().satisfies(image -> {
            assertThat(image.bytes()).isEqualTo(png);
            assertThat(image.width()).isEqualTo(290);
            assertThat(image.height()).isEqualTo(80);
        });
        ocr.textProperty().set("7nHL3");
        model.field("username").orElseThrow().textProperty().set("bill");
        model.field("password").orElseThrow().textProperty().set("Calliope");

        DataForm filled = ((FormResult.Filled) model.submit()).form();
        assertThat(filled.fields()).extracting(FormField::var)
                .containsExactly("FORM_TYPE", "challenge", "sid", "answers", "ocr", "username", "password");
        assertThat(filled.field("challenge").orElseThrow().values()).containsExactly("F3A6292C");
    }

    @Test
    void aDataUriImageIsShownAndAWebOneIsNotFetched() throws Exception {
        byte[] png = png();
        String dataUri = "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
        DataForm withData = FormExamples.form(FormExamples.CAPTCHA_REGISTRATION_FORM.replace("CID", dataUri));
        DataForm withWeb = FormExamples.form(FormExamples.CAPTCHA_REGISTRATION_FORM
                .replace("CID", "http://www.victim.com/challenges/ocr.jpeg?F3A6292C"));

        assertThat(new FormViewModel(withData).field("ocr").orElseThrow().images())
                .singleElement().satisfies(i -> assertThat(i.bytes()).isEqualTo(png));
        assertThat(new FormViewModel(withWeb).field("ocr").orElseThrow().images()).isEmpty();
    }

    @Test
    void aFormThatIsNotToBeFilledIsRefused() {
        DataForm result = DataForm.of(FormType.RESULT, List.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FormViewModel(result))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(29, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
