package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.Privacy;
import im.parley.client.Privacy.IdleShownTo;
import im.parley.client.history.ProfilePreferences;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The privacy switches: kept in the preferences, handed to the running accounts, and what they allow. */
class SettingsPrivacyTest {
    private static final Jid ME = Jid.of("juliet@capulet.lit/balcony");
    private static final Jid NURSE = Jid.of("nurse@capulet.lit/kitchen");

    @TempDir
    Path profile;

    @Test
    void everythingIsSharedUntilTheUserChooses() {
        assertThat(ProfilePreferences.load(profile).privacy()).isEqualTo(Privacy.SHARE_ALL);
    }

    @Test
    void eachSwitchIsKeptAndReachesTheAccountsWhenChanged() {
        List<Integer> asked = new ArrayList<>();
        try (Account account = new Account(ClientConfig.builder(ME).password("x".toCharArray()).build())) {
            PrivacyViewModel model = new PrivacyViewModel(ProfilePreferences.load(profile), () -> {
                asked.add(1);
                return List.of(account);
            }, Runnable::run);

            model.sendDeliveryReceipts(false);
            model.sendChatStates(false);
            model.sendReadMarkers(false);
            model.showIdleTimeTo(IdleShownTo.CONTACTS);
            model.sendChatStates(false);

            Privacy expected = new Privacy(false, false, false, IdleShownTo.CONTACTS);
            assertThat(model.privacyProperty().get()).isEqualTo(expected);
            assertThat(ProfilePreferences.load(profile).privacy()).isEqualTo(expected);
            assertThat(asked).as("the accounts are told of each real change only").hasSize(4);
        }
    }

    @Test
    void aDamagedIdleChoiceFallsBackToEveryone() {
        ProfilePreferences preferences = ProfilePreferences.load(profile);
        preferences.put("idle-time-shown-to", "the moon");
        assertThat(ProfilePreferences.load(profile).privacy().idleTime()).isEqualTo(IdleShownTo.EVERYONE);
    }

    @Test
    void idleTimeGoesToWhomTheUserChose() {
        Privacy everyone = Privacy.SHARE_ALL;
        Privacy contacts = everyone.withIdleTime(IdleShownTo.CONTACTS);
        Privacy nobody = everyone.withIdleTime(IdleShownTo.NOBODY);

        assertThat(everyone.tellsIdleTimeTo(NURSE, ME, false)).isTrue();
        assertThat(contacts.tellsIdleTimeTo(NURSE, ME, false)).as("a stranger").isFalse();
        assertThat(contacts.tellsIdleTimeTo(NURSE, ME, true)).as("a contact who sees our presence").isTrue();
        assertThat(contacts.tellsIdleTimeTo(Jid.of("juliet@capulet.lit/phone"), ME, false))
                .as("our own other device").isTrue();
        assertThat(contacts.tellsIdleTimeTo(null, ME, false)).as("our server").isTrue();
        assertThat(nobody.tellsIdleTimeTo(NURSE, ME, true)).isFalse();
        assertThat(nobody.tellsIdleTimeTo(Jid.of("juliet@capulet.lit/phone"), ME, false)).isFalse();
    }
}
