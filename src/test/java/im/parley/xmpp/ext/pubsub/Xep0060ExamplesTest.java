package im.parley.xmpp.ext.pubsub;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.forms.RoundTrip;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The pubsub, owner and event codecs on XEP-0060's own examples, and its errors as typed errors. */
class Xep0060ExamplesTest {
    static Stream<String> examples() {
        return Stream.of(
                Xep0060Examples.PUBLISHER_PUBLISHES_A_NEW_WEBLOG_ENTRY,
                Xep0060Examples.SERVICE_NOTIFIES_SUBSCRIBERS,
                Xep0060Examples.A_TRANSIENT_NOTIFICATION,
                Xep0060Examples.ENTITY_REQUESTS_ALL_CURRENT_SUBSCRIPTIONS,
                Xep0060Examples.SERVICE_RETURNS_ALL_CURRENT_SUBSCRIPTIONS,
                Xep0060Examples.NO_SUBSCRIPTIONS,
                Xep0060Examples.ENTITY_REQUESTS_CURRENT_SUBSCRIPTIONS_FROM_A_SPECIFIC_NODE,
                Xep0060Examples.SERVICE_RETURNS_ALL_CURRENT_SUBSCRIPTIONS_TO_A_SPECIFIC_NODE,
                Xep0060Examples.ENTITY_REQUESTS_ALL_CURRENT_AFFILIATIONS,
                Xep0060Examples.SERVICE_REPLIES_WITH_ALL_CURRENT_AFFILIATIONS,
                Xep0060Examples.ENTITY_REQUESTS_AFFILIATION_AT_A_SPECIFIC_NODE,
                Xep0060Examples.SERVICE_REPLIES_WITH_CURRENT_AFFILIATION,
                Xep0060Examples.ENTITY_SUBSCRIBES_TO_A_NODE,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS,
                Xep0060Examples.JIDS_DO_NOT_MATCH,
                Xep0060Examples.ENTITY_IS_NOT_AUTHORIZED_TO_CREATE_A_SUBSCRIPTION_PRESENCE_SUBSCRIPTION_REQUIRED,
                Xep0060Examples.REQUESTING_ENTITY_HAS_PENDING_SUBSCRIPTION,
                Xep0060Examples.SUBSCRIBING_NOT_SUPPORTED,
                Xep0060Examples.SERVICE_REPLIES_WITH_PENDING,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_AND_INDICATES_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED,
                Xep0060Examples.SERVICE_RETURNS_ERROR_SPECIFYING_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_AND_INDICATES_THAT_SUBSCRIPTION_OPTIONS_ARE_SUPPORTED_BUT_NOT_REQUIRED,
                Xep0060Examples.SERVICE_SENDS_LAST_PUBLISHED_ITEM,
                Xep0060Examples.ENTITY_UNSUBSCRIBES_FROM_A_NODE,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_2,
                Xep0060Examples.ENTITY_DID_NOT_SPECIFY_SUBID,
                Xep0060Examples.INVALID_SUBSCRIPTION_IDENTIFIER,
                Xep0060Examples.SUBSCRIBER_REQUESTS_SUBSCRIPTION_OPTIONS_FORM,
                Xep0060Examples.SERVICE_RESPONDS_WITH_THE_OPTIONS_FORM,
                Xep0060Examples.SUBSCRIBER_SUBMITS_COMPLETED_OPTIONS_FORM,
                Xep0060Examples.SERVICE_RESPONDS_WITH_BAD_REQUEST_FOR_INVALID_OPTIONS,
                Xep0060Examples.ENTITY_SUBSCRIBES_TO_NODE_AND_SETS_CONFIGURATION_OPTIONS,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_INCLUDING_CONFIGURATION_OPTIONS,
                Xep0060Examples.ENTITY_REQUESTS_DEFAULT_SUBSCRIPTION_CONFIGURATION_OPTIONS,
                Xep0060Examples.SERVICE_RESPONDS_WITH_DEFAULT_SUBSCRIPTION_CONFIGURATION_OPTIONS,
                Xep0060Examples.SUBSCRIBER_REQUESTS_ALL_ITEMS,
                Xep0060Examples.SERVICE_RETURNS_ALL_ITEMS,
                Xep0060Examples.SERVICE_RETURNS_SOME_ITEMS_VIA_RESULT_SET_MANAGEMENT,
                Xep0060Examples.SERVICE_RETURNS_LAST_PUBLISHED_ITEM,
                Xep0060Examples.SUBSCRIBER_REQUESTS_SPECIFIC_ITEMS_BY_ITEMID,
                Xep0060Examples.SERVICE_SENDS_REQUESTED_ITEM_S,
                Xep0060Examples.SUBSCRIBER_REQUESTS_TWO_MOST_RECENT_ITEMS,
                Xep0060Examples.SERVICE_RETURNS_TWO_MOST_RECENT_ITEMS,
                Xep0060Examples.SERVICE_RETURNS_NO_ITEMS_IF_IT_HAS_NONE,
                Xep0060Examples.PUBLISHER_PUBLISHES_AN_ITEM_WITH_AN_ITEMID,
                Xep0060Examples.PUBLISHER_PUBLISHES_AN_ITEM_WITHOUT_AN_ITEMID,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_3,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_AND_THE_ID_OF_THE_NEW_ITEM,
                Xep0060Examples.SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_WITH_PAYLOADS,
                Xep0060Examples.SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_ONLY,
                Xep0060Examples.SUBSCRIBER_RECEIVES_NOTATED_EVENT_NOTIFICATION,
                Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_TO_A_NODE_WITH_MAX_ITEMS_REACHED,
                Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_VERY_LARGE_PAYLOAD,
                Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_ITEM_WITH_MULTIPLE_PAYLOAD_ELEMENTS_OR_NAMESPACE_DOES_NOT_MATCH,
                Xep0060Examples.PUBLISHING_WITH_OPTIONS,
                Xep0060Examples.ENTITY_DELETES_AN_ITEM_FROM_A_NODE,
                Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_DELETION,
                Xep0060Examples.SUBSCRIBER_RECEIVES_NOTATED_EVENT_NOTIFICATION_2,
                Xep0060Examples.REQUEST_TO_CREATE_A_NODE,
                Xep0060Examples.NODEID_ALREADY_EXISTS,
                Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_INSTANT_NODES,
                Xep0060Examples.ENTITY_REQUESTS_AN_INSTANT_NODE,
                Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_AND_GENERATED_NODEID,
                Xep0060Examples.ENTITY_REQUESTS_LEAF_NODE_WITH_DEFAULT_OPEN_ACCESS_MODEL,
                Xep0060Examples.ENTITY_REQUESTS_LEAF_NODE_WITH_NON_DEFAULT_ACCESS_MODEL,
                Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_SPECIFIED_ACCESS_MODEL,
                Xep0060Examples.ENTITY_REQUESTS_A_NEW_NODE_WITH_NON_DEFAULT_CONFIGURATION,
                Xep0060Examples.OWNER_REQUESTS_CONFIGURATION_FORM,
                Xep0060Examples.SERVICE_RESPONDS_WITH_CONFIGURATION_FORM,
                Xep0060Examples.OWNER_SUBMITS_NODE_CONFIGURATION_FORM,
                Xep0060Examples.OWNER_CANCELS_CONFIGURATION_PROCESS,
                Xep0060Examples.SERVICE_SENDS_CONFIGURATION_CHANGE_NOTIFICATION_EVENT_NOTIFICATION_ONLY,
                Xep0060Examples.SERVICE_SENDS_CONFIGURATION_CHANGE_NOTIFICATION_FULL_PAYLOAD,
                Xep0060Examples.ENTITY_REQUESTS_DEFAULT_NODE_CONFIGURATION_OPTIONS,
                Xep0060Examples.SERVICE_RESPONDS_WITH_DEFAULT_NODE_CONFIGURATION_OPTIONS,
                Xep0060Examples.OWNER_DELETES_A_NODE,
                Xep0060Examples.OWNER_DELETES_A_NODE_WITH_REDIRECTION,
                Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_DELETION,
                Xep0060Examples.OWNER_PURGES_ALL_ITEMS_FROM_A_NODE,
                Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_PURGE,
                Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_NODE_PURGING,
                Xep0060Examples.SUBSCRIPTION_APPROVAL_NOTIFICATION,
                Xep0060Examples.SUBSCRIPTION_CANCELLATION_DENIAL_NOTIFICATION,
                Xep0060Examples.OWNER_REQUESTS_ALL_SUBSCRIPTIONS,
                Xep0060Examples.SERVICE_RETURNS_LIST_OF_SUBSCRIPTIONS,
                Xep0060Examples.OWNER_MODIFIES_SUBSCRIPTIONS,
                Xep0060Examples.OWNER_SETS_SUBSCRIPTION_FOR_MULTIPLE_ENTITIES,
                Xep0060Examples.SERVICE_RESPONDS_WITH_AN_ERROR,
                Xep0060Examples.SERVICE_SENDS_NOTIFICATION_OF_SUBSCRIPTION_CHANGE,
                Xep0060Examples.OWNER_REQUESTS_ALL_AFFILIATED_ENTITIES,
                Xep0060Examples.SERVICE_RETURNS_LIST_OF_AFFILIATED_ENTITIES,
                Xep0060Examples.OWNER_MODIFIES_AFFILIATION,
                Xep0060Examples.OWNER_SETS_AFFILIATION_FOR_MULTIPLE_ENTITIES,
                Xep0060Examples.SERVICE_SENDS_NOTIFICATION_OF_AFFILIATION_CHANGE,
                Xep0060Examples.EVENT_NOTIFICATION_WITH_PUBLISHER_JID);
    }

    private static PayloadCodec<?> codecFor(XmlElement e) {
        if (e.is("pubsub", PubSub.NAMESPACE)) {
            return PubSubCodec.user();
        }
        if (e.is("pubsub", PubSub.OWNER)) {
            return PubSubCodec.owner();
        }
        return e.is("event", PubSub.EVENT) ? new PubSubEventCodec() : null;
    }

    /** Every pubsub payload of every example (95 of them) decodes, and encodes back to the same value. */
    @ParameterizedTest
    @MethodSource("examples")
    void everyPayloadRoundTrips(String xml) throws Exception {
        for (XmlElement stanza : stanzas(xml)) {
            for (XmlElement payload : stanza.elements()) {
                PayloadCodec<?> codec = codecFor(payload);
                if (codec != null) {
                    RoundTrip.of(codec, payload);
                }
            }
        }
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                Arguments.of(Xep0060Examples.JIDS_DO_NOT_MATCH, StanzaErrorCondition.BAD_REQUEST,
                        PubSubErrorCondition.INVALID_JID),
                Arguments.of(Xep0060Examples.ENTITY_IS_NOT_AUTHORIZED_TO_CREATE_A_SUBSCRIPTION_PRESENCE_SUBSCRIPTION_REQUIRED,
                        StanzaErrorCondition.NOT_AUTHORIZED, PubSubErrorCondition.PRESENCE_SUBSCRIPTION_REQUIRED),
                Arguments.of(Xep0060Examples.REQUESTING_ENTITY_HAS_PENDING_SUBSCRIPTION,
                        StanzaErrorCondition.NOT_AUTHORIZED, PubSubErrorCondition.PENDING_SUBSCRIPTION),
                Arguments.of(Xep0060Examples.SERVICE_RETURNS_ERROR_SPECIFYING_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED,
                        StanzaErrorCondition.NOT_ACCEPTABLE, PubSubErrorCondition.CONFIGURATION_REQUIRED),
                Arguments.of(Xep0060Examples.ENTITY_DID_NOT_SPECIFY_SUBID, StanzaErrorCondition.BAD_REQUEST,
                        PubSubErrorCondition.SUBID_REQUIRED),
                Arguments.of(Xep0060Examples.INVALID_SUBSCRIPTION_IDENTIFIER, StanzaErrorCondition.NOT_ACCEPTABLE,
                        PubSubErrorCondition.INVALID_SUBID),
                Arguments.of(Xep0060Examples.SERVICE_RESPONDS_WITH_BAD_REQUEST_FOR_INVALID_OPTIONS,
                        StanzaErrorCondition.BAD_REQUEST, PubSubErrorCondition.INVALID_OPTIONS),
                Arguments.of(Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_TO_A_NODE_WITH_MAX_ITEMS_REACHED,
                        StanzaErrorCondition.CONFLICT, PubSubErrorCondition.NODE_FULL),
                Arguments.of(Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_VERY_LARGE_PAYLOAD,
                        StanzaErrorCondition.NOT_ACCEPTABLE, PubSubErrorCondition.PAYLOAD_TOO_BIG),
                Arguments.of(Xep0060Examples.ENTITY_ATTEMPTS_TO_PUBLISH_ITEM_WITH_MULTIPLE_PAYLOAD_ELEMENTS_OR_NAMESPACE_DOES_NOT_MATCH,
                        StanzaErrorCondition.BAD_REQUEST, PubSubErrorCondition.INVALID_PAYLOAD),
                Arguments.of(Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_INSTANT_NODES,
                        StanzaErrorCondition.NOT_ACCEPTABLE, PubSubErrorCondition.NODEID_REQUIRED),
                Arguments.of(Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_SPECIFIED_ACCESS_MODEL,
                        StanzaErrorCondition.NOT_ACCEPTABLE, PubSubErrorCondition.UNSUPPORTED_ACCESS_MODEL),
                Arguments.of(Xep0060Examples.NODEID_ALREADY_EXISTS, StanzaErrorCondition.CONFLICT, null));
    }

    @ParameterizedTest
    @MethodSource("errors")
    void errorsAreTyped(String xml, StanzaErrorCondition condition, PubSubErrorCondition pubsub) throws Exception {
        PubSubException e = new PubSubException(error(xml));
        assertThat(e.condition()).isEqualTo(condition);
        assertThat(e.pubSubCondition().orElse(null)).isEqualTo(pubsub);
    }

    @Test
    void unsupportedNamesTheFeature() throws Exception {
        PubSubException e = new PubSubException(error(Xep0060Examples.SERVICE_DOES_NOT_SUPPORT_NODE_PURGING));
        assertThat(e.pubSubCondition()).contains(PubSubErrorCondition.UNSUPPORTED);
        assertThat(e.feature()).contains("purge-nodes");
    }

    /** The stanzas of an example; some show one notification sent to several subscribers. */
    private static List<XmlElement> stanzas(String xml) throws Exception {
        return XepExamples.element("<example>" + xml + "</example>").elements();
    }

    private static StanzaError error(String xml) throws Exception {
        return StanzaError.fromXml(XepExamples.element(xml).elements().stream()
                .filter(c -> c.name().equals("error")).findFirst().orElseThrow());
    }

    private static PubSubPayload pubsub(String xml) throws Exception {
        XmlElement e = XepExamples.element(xml).elements().get(0);
        return (e.namespace().equals(PubSub.OWNER) ? PubSubCodec.owner() : PubSubCodec.user()).decode(e)
                .valueIfAny().orElseThrow();
    }

    private static PubSubEvent event(String xml) throws Exception {
        XmlElement e = stanzas(xml).get(0).child("event", PubSub.EVENT).orElseThrow();
        return new PubSubEventCodec().decode(e).valueIfAny().orElseThrow();
    }

    @Test
    void publishCarriesItsIdAndPayload() throws Exception {
        PubSubPart.Publish publish = pubsub(Xep0060Examples.PUBLISHER_PUBLISHES_AN_ITEM_WITH_AN_ITEMID)
                .part(PubSubPart.Publish.class).orElseThrow();
        assertThat(publish.node()).isEqualTo("princely_musings");
        assertThat(publish.items()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("bnd81g37d61f49fgn581");
            assertThat(i.payload().is("entry", "http://www.w3.org/2005/Atom")).isTrue();
        });
    }

    @Test
    void publishOptionsAreAForm() throws Exception {
        PubSubPayload p = pubsub(Xep0060Examples.PUBLISHING_WITH_OPTIONS);
        assertThat(p.part(PubSubPart.PublishOptions.class).orElseThrow().form().formType())
                .contains(PubSub.PUBLISH_OPTIONS);
    }

    @Test
    void notificationsWithAndWithoutPayloads() throws Exception {
        PubSubEvent.Items with = (PubSubEvent.Items) event(Xep0060Examples.SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_WITH_PAYLOADS);
        assertThat(with.items()).singleElement().satisfies(i -> assertThat(i.payload()).isNotNull());
        PubSubEvent.Items without = (PubSubEvent.Items) event(Xep0060Examples.SUBSCRIBERS_RECEIVE_EVENT_NOTIFICATIONS_ONLY);
        assertThat(without.items()).singleElement().satisfies(i -> {
            assertThat(i.id()).isEqualTo("ae890ac52d0df67ed7cfdf51b644e901");
            assertThat(i.payload()).isNull();
        });
        PubSubEvent.Items retracted = (PubSubEvent.Items) event(Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_DELETION);
        assertThat(retracted.retracted()).containsExactly("ae890ac52d0df67ed7cfdf51b644e901");
    }

    @Test
    void ownerEvents() throws Exception {
        assertThat(event(Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_DELETION))
                .isEqualTo(new PubSubEvent.Deleted("princely_musings",
                        "xmpp:hamlet@denmark.lit?;node=blog"));
        assertThat(event(Xep0060Examples.SUBSCRIBERS_ARE_NOTIFIED_OF_NODE_PURGE))
                .isEqualTo(new PubSubEvent.Purged("princely_musings"));
        assertThat(event(Xep0060Examples.SERVICE_SENDS_CONFIGURATION_CHANGE_NOTIFICATION_FULL_PAYLOAD))
                .isInstanceOfSatisfying(PubSubEvent.Configured.class, c -> assertThat(c.form()).isNotNull());
    }

    @Test
    void subscriptionAnswers() throws Exception {
        Subscription required = pubsub(Xep0060Examples.SERVICE_REPLIES_WITH_SUCCESS_AND_INDICATES_THAT_SUBSCRIPTION_CONFIGURATION_IS_REQUIRED)
                .part(PubSubPart.SubscriptionState.class).orElseThrow().subscription();
        assertThat(required.state()).isEqualTo(Subscription.State.UNCONFIGURED);
        assertThat(required.options()).isEqualTo(Subscription.Options.REQUIRED);
        Subscription pending = pubsub(Xep0060Examples.SERVICE_REPLIES_WITH_PENDING)
                .part(PubSubPart.SubscriptionState.class).orElseThrow().subscription();
        assertThat(pending.state()).isEqualTo(Subscription.State.PENDING);
        assertThat(pending.jid()).isEqualTo(Jid.of("francisco@denmark.lit"));
    }

    @Test
    void itemsComeWithTheirRsmPage() throws Exception {
        PubSubPayload p = pubsub(Xep0060Examples.SERVICE_RETURNS_SOME_ITEMS_VIA_RESULT_SET_MANAGEMENT);
        assertThat(p.set()).isInstanceOfSatisfying(Page.class, page -> assertThat(page.count()).isEqualTo(19));
        assertThat(p.part(PubSubPart.Items.class).orElseThrow().items()).isNotEmpty();
    }

    @Test
    void ownerListsOfSubscriptionsAndAffiliations() throws Exception {
        List<Subscription> subs = pubsub(Xep0060Examples.SERVICE_RETURNS_LIST_OF_SUBSCRIPTIONS)
                .part(PubSubPart.Subscriptions.class).orElseThrow().subscriptions();
        assertThat(subs).extracting(Subscription::state).contains(Subscription.State.SUBSCRIBED,
                Subscription.State.UNCONFIGURED);
        List<Affiliation> affs = pubsub(Xep0060Examples.SERVICE_RETURNS_LIST_OF_AFFILIATED_ENTITIES)
                .part(PubSubPart.Affiliations.class).orElseThrow().affiliations();
        assertThat(affs).extracting(Affiliation::type).contains(Affiliation.Type.OWNER, Affiliation.Type.OUTCAST);
    }

    @Test
    void anItemWithTwoPayloadsIsMalformed() throws Exception {
        String xml = "<pubsub xmlns='http://jabber.org/protocol/pubsub'><publish node='n'><item id='1'>"
                + "<a xmlns='x'/><b xmlns='x'/></item></publish></pubsub>";
        assertThat(RoundTrip.malformedReason(PubSubCodec.user(), xml)).contains("one payload");
    }
}
