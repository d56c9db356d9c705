package im.parley.ui.cert;

import im.parley.xmpp.transport.CertificateDecision.Verdict;
import im.parley.xmpp.transport.CertificateProblem;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The certificate question: what is wrong, who the certificate names and who signed it, its
 * validity and SHA-256 fingerprint, so the user can compare it with what the server's admin
 * published. "Don't connect" is the default button: Enter never trusts by accident.
 */
public final class CertificateDialog {
    public static final ButtonType TRUST = new ButtonType("Trust this certificate", ButtonBar.ButtonData.OTHER);
    public static final ButtonType REFUSE = new ButtonType("Don't connect", ButtonBar.ButtonData.CANCEL_CLOSE);

    private CertificateDialog() {
    }

    /** Shows the dialog (on the FX thread) and completes with REJECT or PIN. */
    public static CompletableFuture<Verdict> ask(Window owner, CertificateProblem problem) {
        Dialog<ButtonType> dialog = build(owner, problem);
        CompletableFuture<Verdict> verdict = new CompletableFuture<>();
        dialog.setOnHidden(e -> verdict.complete(dialog.getResult() == TRUST ? Verdict.PIN : Verdict.REJECT));
        dialog.show();
        return verdict;
    }

    static Dialog<ButtonType> build(Window owner, CertificateProblem problem) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle("Is this the right server?");
        dialog.setHeaderText(headline(problem));
        FontIcon shield = new FontIcon(Material2OutlinedMZ.SECURITY);
        shield.getStyleClass().add("certificate-warning-icon");
        dialog.setGraphic(shield);
        dialog.getDialogPane().getButtonTypes().addAll(TRUST, REFUSE);
        dialog.getDialogPane().setId("certificateDialog");
        dialog.getDialogPane().setContent(details(problem));
        dialog.getDialogPane().setPrefWidth(640);
        Button refuse = (Button) dialog.getDialogPane().lookupButton(REFUSE);
        refuse.setDefaultButton(true);
        refuse.setId("refuseCertificate");
        Button trust = (Button) dialog.getDialogPane().lookupButton(TRUST);
        trust.setDefaultButton(false);
        trust.setId("trustCertificate");
        return dialog;
    }

    static String headline(CertificateProblem problem) {
        String why;
        switch (problem.reason()) {
            case NAME_MISMATCH:
                why = "The certificate of " + problem.domain() + " was made for a different name.";
                break;
            case EXPIRED_OR_INVALID:
                why = "The certificate of " + problem.domain() + " has expired or is not valid.";
                break;
            default:
                why = "Nobody your computer trusts vouches for the certificate of " + problem.domain() + ".";
        }
        return why + "\nSomeone could be listening in. Trust it only if the fingerprint below is the one"
                + " your server's admin gave you.";
    }

    private static VBox details(CertificateProblem problem) {
        X509Certificate leaf = problem.chain().get(0);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, key("Issued to"), value(leaf.getSubjectX500Principal().getName()));
        grid.addRow(row++, key("Issued by"), value(leaf.getIssuerX500Principal().getName()));
        grid.addRow(row++, key("Valid"), value(date.format(leaf.getNotBefore().toInstant()) + " to "
                + date.format(leaf.getNotAfter().toInstant())));
        // Two lines of 16 pairs: the whole fingerprint in view, selectable for copying.
        String pairs = readable(problem.leafFingerprint());
        TextArea fingerprint = new TextArea(pairs.length() > 48 ? pairs.substring(0, 47) + "\n" + pairs.substring(48) : pairs);
        fingerprint.setEditable(false);
        fingerprint.setId("certificateFingerprint");
        fingerprint.setAccessibleText("SHA-256 fingerprint");
        fingerprint.getStyleClass().add("monospace");
        fingerprint.setPrefRowCount(2);
        fingerprint.setPrefColumnCount(48);
        grid.addRow(row++, key("SHA-256"), fingerprint);
        Label wrong = value(whatIsWrong(problem, date));
        wrong.setId("certificateProblem");
        grid.addRow(row++, key("What is wrong"), wrong);
        Label problemText = new Label(technical(problem.detail()));
        problemText.setWrapText(true);
        problemText.setMaxWidth(420);
        problemText.getStyleClass().add("text-muted");
        grid.addRow(row, key("Technical detail"), problemText);
        VBox box = new VBox(grid);
        box.setPadding(new Insets(12, 16, 0, 16));
        return box;
    }

    /** The problem in words, from the certificate itself rather than the validator's message. */
    static String whatIsWrong(CertificateProblem problem, DateTimeFormatter date) {
        X509Certificate leaf = problem.chain().get(0);
        Instant now = Instant.now();
        switch (problem.reason()) {
            case NAME_MISMATCH:
                return "It was made for " + commonName(leaf.getSubjectX500Principal().getName()) + ", not for "
                        + problem.domain() + ".";
            case EXPIRED_OR_INVALID:
                if (leaf.getNotAfter().toInstant().isBefore(now)) {
                    return "It expired on " + date.format(leaf.getNotAfter().toInstant()) + ".";
                }
                if (leaf.getNotBefore().toInstant().isAfter(now)) {
                    return "It is valid only from " + date.format(leaf.getNotBefore().toInstant())
                            + ": this computer's clock or the certificate is wrong.";
                }
                return "It is malformed or its signature does not check out.";
            default:
                X509Certificate top = problem.chain().get(problem.chain().size() - 1);
                if (top.getSubjectX500Principal().equals(top.getIssuerX500Principal())) {
                    return problem.chain().size() == 1 ? "It is self-signed: nobody else vouches for it."
                            : "It is signed by " + commonName(top.getSubjectX500Principal().getName())
                                    + ", an authority this computer does not trust.";
                }
                return "It is signed by " + commonName(top.getIssuerX500Principal().getName())
                        + ", an authority this computer does not know.";
        }
    }

    /** "CN=Test XMPP CA, O=…" as “Test XMPP CA”, quoted: the name people know it by; the whole name when it has no CN. */
    static String commonName(String distinguishedName) {
        for (String part : distinguishedName.split(",")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "CN=", 0, 3)) {
                return "\u201c" + p.substring(3) + "\u201d";
            }
        }
        return distinguishedName;
    }

    /** The validator's message without the Java class names it carries ("sun.security…Exception: "). */
    static String technical(String detail) {
        return detail == null ? "" : detail.replaceAll("\\b(?:[a-z]\\w*\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    }

    /** AB:CD:… as admins publish fingerprints, so the two can be compared pair by pair. */
    public static String readable(String hex) {
        String h = hex.replace(":", "").toUpperCase(java.util.Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < h.length(); i += 2) {
            if (b.length() > 0) {
                b.append(':');
            }
            b.append(h, i, Math.min(i + 2, h.length()));
        }
        return b.toString();
    }

    private static Label key(String text) {
        Label l = new Label(text);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        l.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        l.getStyleClass().add("text-bold");
        return l;
    }

    private static Label value(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
