package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.ext.privacy.PrivacyItem;
import im.parley.xmpp.ext.privacy.PrivacyList;
import im.parley.xmpp.ext.privacy.PrivacyManager;
import im.parley.xmpp.ext.privacy.PrivacyQuery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0016 against ejabberd's mod_privacy (Prosody here has no privacy lists). */
class PrivacyIT {
    private final TestServer ejabberd = TestServer.ejabberd();

    @Test
    void listsAreStoredActivatedAndRemoved() throws Exception {
        try (XmppClient alice = new XmppClient(ejabberd.config("alice").build())) {
            alice.connect();
            ServiceDiscovery disco = new ServiceDiscovery(alice, List.of(), List.of());
            assumeTrue(disco.info(Jid.domain(ejabberd.domain())).get(20, TimeUnit.SECONDS).hasFeature(PrivacyList.NAMESPACE),
                    "the server supports jabber:iq:privacy");
            PrivacyManager privacy = new PrivacyManager(alice);
            BlockingQueue<String> pushes = new LinkedBlockingQueue<>();
            privacy.addListChangedListener(pushes::add);
            PrivacyList list = new PrivacyList("parley-it", List.of(
                    new PrivacyItem(PrivacyItem.Type.JID, "tybalt@example.com", PrivacyItem.Action.DENY, 1,
                            Set.of(PrivacyItem.StanzaKind.MESSAGE)),
                    new PrivacyItem(PrivacyItem.Type.SUBSCRIPTION, "none", PrivacyItem.Action.DENY, 2,
                            Set.of(PrivacyItem.StanzaKind.PRESENCE_IN)),
                    PrivacyItem.fallThrough(PrivacyItem.Action.ALLOW, 3)));
            try {
                privacy.setList(list).get(20, TimeUnit.SECONDS);
                assertThat(pushes.poll(10, TimeUnit.SECONDS)).as("§2.6 push").isEqualTo("parley-it");
                assertThat(privacy.names().get(20, TimeUnit.SECONDS).names()).contains("parley-it");
                assertThat(privacy.list("parley-it").get(20, TimeUnit.SECONDS)).isEqualTo(list);

                privacy.setActive("parley-it").get(20, TimeUnit.SECONDS);
                assertThat(privacy.names().get(20, TimeUnit.SECONDS).active()).isEqualTo(new PrivacyQuery.Choice("parley-it"));
                privacy.setActive(null).get(20, TimeUnit.SECONDS);
                privacy.setDefault("parley-it").get(20, TimeUnit.SECONDS);
                assertThat(privacy.names().get(20, TimeUnit.SECONDS).defaultList()).isEqualTo(new PrivacyQuery.Choice("parley-it"));
                privacy.setDefault(null).get(20, TimeUnit.SECONDS);
            } finally {
                privacy.setActive(null).get(20, TimeUnit.SECONDS);
                privacy.setDefault(null).get(20, TimeUnit.SECONDS);
                privacy.removeList("parley-it").get(20, TimeUnit.SECONDS);
            }
            assertThat(privacy.names().get(20, TimeUnit.SECONDS).names()).doesNotContain("parley-it");
        }
    }
}
