package im.parley.ui.settings;

import im.parley.ui.app.AccountModel;
import im.parley.ui.app.AppContext;
import im.parley.ui.shell.ShellViewModel;
import java.util.ArrayList;
import java.util.List;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The settings every Parley has; features add theirs to the list this returns. */
public final class SettingsSections {
    private SettingsSections() {
    }

    /** The standard sections; {@code addAccount} opens the sign-in for one more account. */
    public static List<SettingsSection> standard(AppContext context, ShellViewModel shell,
                                                 AppearanceViewModel.Looks looks, Runnable addAccount) {
        List<SettingsSection> out = new ArrayList<>();
        out.add(new SettingsSection("appearance", "Appearance", Material2OutlinedMZ.PALETTE, () -> new AppearanceView(
                new AppearanceViewModel(context.preferences(), context.io(), looks)).root()));
        out.add(new SettingsSection("accounts", "Accounts", Material2OutlinedAL.ACCOUNT_CIRCLE, () -> new AccountsView(
                new AccountsViewModel(context.profile(), context.passwords(), shell.accounts(), shell::remove,
                        context.io(), context.ui()), addAccount).root()));
        out.add(new SettingsSection("calls", "Calls", Material2OutlinedAL.CALL, () -> new DevicesView(
                new DevicesViewModel(context.profile().folder().resolve("devices.properties"), DevicesViewModel.system(),
                        context.io(), context.ui()), context.ui()).root()));
        out.add(new SettingsSection("privacy", "Privacy", Material2OutlinedMZ.VISIBILITY_OFF, () -> new PrivacyView(
                new PrivacyViewModel(context.preferences(),
                        () -> shell.accounts().stream().map(AccountModel::account).toList(), context.io())).root()));
        out.add(new SettingsSection("blocked", "Blocked contacts", Material2OutlinedAL.BLOCK, () -> new BlockedView(
                new BlockedViewModel(shell.accounts(), shell.activeProperty().get(), context.ui())).root()));
        out.add(new SettingsSection("certificates", "Trusted certificates", Material2OutlinedMZ.VERIFIED_USER,
                () -> new CertificatesView(new CertificatesViewModel(context.profile(), context.io(), context.ui())).root()));
        out.add(new SettingsSection("archive", "Archive", Material2OutlinedAL.ARCHIVE, () -> new ArchiveView(
                new ArchiveViewModel(context.profile().folder(), ArchiveViewModel::openWithDesktop,
                        ArchiveViewModel.DiskSpace.of(context.profile()), context.io(), context.ui())).root()));
        return out;
    }
}
