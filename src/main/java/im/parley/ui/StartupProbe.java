package im.parley.ui;

import im.parley.ui.app.AccountModel;
import im.parley.ui.app.NextPulse;
import im.parley.ui.contacts.ContactRow;
import im.parley.ui.shell.ShellViewModel;
import java.lang.management.ManagementFactory;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;

/**
 * For the start-up benchmark only ({@code -Dparley.startupProbe=contacts}, or {@code =exit} to
 * quit once measured): shows the contact list and prints how long after the JVM started its
 * first frame with contacts was laid out; {@code =scroll:JID} goes on to the frame-time probe
 * ({@link ScrollProbe}). Does nothing unless the property is set.
 */
final class StartupProbe {
    static final String PROPERTY = "parley.startupProbe";

    private StartupProbe() {
    }

    static void install(Scene scene, ShellViewModel shell) {
        String mode = System.getProperty(PROPERTY);
        if (mode == null) {
            return;
        }
        shell.sidebarProperty().set(ShellViewModel.SidebarList.CONTACTS);
        shell.activeProperty().addListener((o, was, account) -> watch(scene, shell, account, mode));
        if (shell.activeProperty().get() != null) {
            watch(scene, shell, shell.activeProperty().get(), mode);
        }
    }

    private static void watch(Scene scene, ShellViewModel shell, AccountModel account, String mode) {
        if (account == null) {
            return;
        }
        var rows = account.contacts().rows();
        ListChangeListener<ContactRow> filled = new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends ContactRow> c) {
                if (!rows.isEmpty()) {
                    rows.removeListener(this);
                    afterNextLayout(scene, shell, account.contacts().size(), mode);
                }
            }
        };
        rows.addListener(filled);
        if (!rows.isEmpty()) {
            rows.removeListener(filled);
            afterNextLayout(scene, shell, account.contacts().size(), mode);
        }
    }

    private static void afterNextLayout(Scene scene, ShellViewModel shell, int contacts, String mode) {
        NextPulse.afterLayout(scene, () -> {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            System.out.println("parley-startup-probe: contacts shown " + sinceStart + " ms after JVM start ("
                    + contacts + " contacts)");
            System.out.flush();
            if (mode.equals("exit")) {
                Platform.exit();
            } else if (mode.startsWith("scroll:")) {
                ScrollProbe.start(scene, shell, mode.substring("scroll:".length()));
            }
        });
    }
}
