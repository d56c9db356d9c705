package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.history.Profile;
import im.parley.client.history.ProfilePreferences;
import im.parley.ui.app.AccountModel;
import im.parley.ui.search.AccountsSearcher;
import im.parley.ui.search.Highlight;
import im.parley.ui.search.SearchHit;
import im.parley.ui.search.SearchViewModel;
import im.parley.ui.settings.BlockedViewModel;
import im.parley.ui.settings.PrivacyViewModel;
import im.parley.xmpp.ext.receipts.ReceiptManager;
import im.parley.xmpp.ext.receipts.ReceiptReceived;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings and search-all view-models over a real profile and a real account on Prosody:
 * XEP-0191 block list, XEP-0184 receipts switched off and on, the archive's full-text search.
 */
class SettingsIT {
    private final TestServer prosody = TestServer.prosody();

    /** Skipped by a unit-test run whose name filter ("Settings*") also takes this class: Prosody runs under verify only. */
    @BeforeAll
    static void underVerify() {
        Assumptions.assumeTrue(System.getProperty("parley.it.dir") != null, "integration tests run through mvn verify");
    }
    @TempDir
    Path profileDir;

    private AccountModel online(Profile profile, Jid jid) throws Exception {
        Profile.SyncedAccount synced = profile.accountWithSync(
                prosody.config(jid.withResource("desk"), TestSession.PASSWORD).build());
        AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(jid),
                profile.rosterStore(jid), Runnable::run, Runnable::run);
        model.connect().get(20, TimeUnit.SECONDS);
        return model;
    }

    /** XEP-0191 §3.2–3.5 through the settings: the list shown is the server's after each change. */
    @Test
    void blockAndUnblockThroughTheSettings() throws Exception {
        Jid alice = TestSession.register(prosody, "settings-block");
        Jid spammer = prosody.jid("spammer");
        Jid pest = prosody.jid("pest");
        try (Profile profile = Profile.open(profileDir); AccountModel model = online(profile, alice)) {
            ObservableList<AccountModel> accounts = FXCollections.observableArrayList(model);
            BlockedViewModel blocked = new BlockedViewModel(accounts, model, Runnable::run);
            blocked.refresh().get(20, TimeUnit.SECONDS);
            assertThat(blocked.blocked()).isEmpty();

            blocked.block(" " + spammer + " ").get(20, TimeUnit.SECONDS);
            assertThat(blocked.blocked()).containsExactly(spammer);
            assertThat(blocked.problemProperty().get()).isEmpty();

            blocked.block("not an address@").get(20, TimeUnit.SECONDS);
            assertThat(blocked.problemProperty().get()).isEqualTo("“not an address@” is not an address like name@example.org.");
            assertThat(blocked.blocked()).containsExactly(spammer);

            blocked.unblock(spammer).get(20, TimeUnit.SECONDS);
            assertThat(blocked.blocked()).isEmpty();

            blocked.block(spammer.toString()).get(20, TimeUnit.SECONDS);
            blocked.block(pest.toString()).get(20, TimeUnit.SECONDS);
            assertThat(blocked.blocked()).containsExactly(pest, spammer);
            blocked.unblockAll().get(20, TimeUnit.SECONDS);
            assertThat(blocked.blocked()).isEmpty();
            assertThat(model.session().orElseThrow().blocking().fetch().get(20, TimeUnit.SECONDS)).isEmpty();
        }
    }

    /** XEP-0184 §5.4: with receipts switched off in the settings none goes out; switched on, it does. */
    @Test
    void receiptsFollowThePrivacySwitch() throws Exception {
        Jid alice = TestSession.register(prosody, "settings-receipts");
        try (Profile profile = Profile.open(profileDir); AccountModel model = online(profile, alice);
             TestSession bob = TestSession.fresh(prosody, "settings-bob")) {
            ProfilePreferences preferences = ProfilePreferences.load(profileDir);
            PrivacyViewModel privacy = new PrivacyViewModel(preferences, () -> List.of(model.account()), Runnable::run);

            privacy.sendDeliveryReceipts(false);
            bob.client().send(ReceiptManager.withRequest(chat(alice, "quiet-1", "do not answer this")));
            await(() -> model.history().count(bob.jid()) == 1, "the first message stored");
            bob.roundTrip();
            Thread.sleep(1_000);
            assertThat(bob.inbox()).noneMatch(m -> ReceiptReceived.of(m).isPresent());
            assertThat(ProfilePreferences.load(profileDir).privacy().deliveryReceipts()).isFalse();

            privacy.sendDeliveryReceipts(true);
            bob.client().send(ReceiptManager.withRequest(chat(alice, "loud-2", "answer this one")));
            Message receipt = bob.await(m -> ReceiptReceived.of(m).isPresent());
            assertThat(ReceiptReceived.of(receipt).orElseThrow().id()).isEqualTo("loud-2");
        }
    }

    /** The archive's full-text search, as the search-all window runs it, finds a received message. */
    @Test
    void searchFindsAMessageKeptInTheArchive() throws Exception {
        Jid alice = TestSession.register(prosody, "settings-search");
        try (Profile profile = Profile.open(profileDir); AccountModel model = online(profile, alice);
             TestSession bob = TestSession.fresh(prosody, "settings-bob")) {
            bob.client().send(chat(alice, "q1", "The quokka smiles at noon, said the ranger"));
            // Indexed right after the archive commits it: wait for the index, not only the archive.
            await(() -> !model.history().search("quokka", null, 10).isEmpty(), "the message indexed");
            List<SearchHit> opened = new CopyOnWriteArrayList<>();
            SearchViewModel search = new SearchViewModel(new AccountsSearcher(FXCollections.observableArrayList(model)),
                    (delay, task) -> {
                        task.run();
                        return () -> { };
                    }, Runnable::run, Runnable::run, (account, peer) -> "Bob", opened::add);

            search.queryProperty().set("quokka smi");

            assertThat(search.stateProperty().get()).isEqualTo(SearchViewModel.State.FOUND);
            SearchHit hit = search.hits().get(0);
            assertThat(search.hits()).hasSize(1);
            assertThat(hit.account()).isEqualTo(alice);
            assertThat(hit.conversation()).isEqualTo(bob.jid().bare());
            assertThat(hit.snippet().text()).isEqualTo("The quokka smiles at noon, said the ranger");
            // The last word counts as a prefix: "smi" finds "smiles".
            assertThat(Highlight.spans(hit.snippet().text(), hit.snippet().matches()))
                    .filteredOn(Highlight.Span::match).extracting(Highlight.Span::text)
                    .satisfiesExactly(w -> assertThat(w).isEqualTo("quokka"), w -> assertThat(w).startsWith("smi"));
            search.open(hit);
            assertThat(opened).containsExactly(hit);

            search.queryProperty().set("platypus");
            assertThat(search.stateProperty().get()).isEqualTo(SearchViewModel.State.NOTHING_FOUND);
            assertThat(search.hits()).isEmpty();
        }
    }

    private static Message chat(Jid to, String id, String body) {
        return Message.builder().to(to).id(id).type(Message.Type.CHAT).body(body).build();
    }
}
