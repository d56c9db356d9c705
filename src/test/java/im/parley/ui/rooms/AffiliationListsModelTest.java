package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.AffiliationChangeRefusedException;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

/** The lists dialog's model: what each affiliation may edit, addresses checked as typed, and only the changes sent. */
class AffiliationListsModelTest {
    private static final Executor NOW = Runnable::run;
    private static final Jid HAG = Jid.of("hag66@shakespeare.lit");
    private static final Jid HECATE = Jid.of("hecate@shakespeare.lit");
    private static final Jid CRONE = Jid.of("crone1@shakespeare.lit");
    private static final Jid SCROOP = Jid.of("lordscroop@shakespeare.lit");

    private final Map<Affiliation, CompletableFuture<List<MucItem>>> held = new EnumMap<>(Affiliation.class);
    private final List<List<MucItem>> sent = new ArrayList<>();
    private CompletableFuture<Void> answer = CompletableFuture.completedFuture(null);

    private final AffiliationListsModel.Lists room = new AffiliationListsModel.Lists() {
        @Override
        public CompletableFuture<List<MucItem>> list(Affiliation affiliation) {
            return held.getOrDefault(affiliation, CompletableFuture.completedFuture(List.of()));
        }

        @Override
        public CompletableFuture<Void> change(List<MucItem> changes) {
            sent.add(changes);
            return answer;
        }
    };

    AffiliationListsModelTest() {
        // §9.5's member list and §10.5's owner list, as the examples give them.
        held.put(Affiliation.MEMBER, CompletableFuture.completedFuture(List.of(
                new MucItem(Affiliation.MEMBER, null, HAG, "thirdwitch", null, null, null))));
        held.put(Affiliation.OWNER, CompletableFuture.completedFuture(List.of(
                MucItem.affiliation(CRONE, Affiliation.OWNER, null))));
    }

    private AffiliationListsModel loaded(Affiliation own) {
        AffiliationListsModel model = new AffiliationListsModel(room, own, NOW, NOW);
        model.load();
        return model;
    }

    private static AffiliationList list(AffiliationListsModel model, Affiliation affiliation) {
        return model.lists().stream().filter(l -> l.affiliation() == affiliation).findFirst().orElseThrow();
    }

    private static void add(AffiliationListsModel model, Affiliation to, String address, String reason) {
        AffiliationList list = list(model, to);
        list.addressProperty().set(address);
        list.reasonProperty().set(reason);
        assertThat(model.add(list)).as("adding %s", address).isTrue();
    }

    @Test
    void anOwnerEditsEveryListAnAdminMembersAndBansAndSeesTheAdmins() {
        assertThat(loaded(Affiliation.OWNER).lists()).extracting(AffiliationList::title, AffiliationList::editable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Members", true),
                        org.assertj.core.groups.Tuple.tuple("Admins", true),
                        org.assertj.core.groups.Tuple.tuple("Owners", true),
                        org.assertj.core.groups.Tuple.tuple("Banned", true));
        assertThat(loaded(Affiliation.ADMIN).lists()).extracting(AffiliationList::title, AffiliationList::editable)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Members", true),
                        org.assertj.core.groups.Tuple.tuple("Admins", false),
                        org.assertj.core.groups.Tuple.tuple("Banned", true));
    }

    @Test
    void theListsAsTheRoomGaveThemWithNothingToSave() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        assertThat(list(model, Affiliation.MEMBER).entries())
                .containsExactly(new AffiliationList.Entry(HAG, "thirdwitch", false));
        assertThat(model.changes()).isEmpty();
        assertThat(model.changeCountProperty().get()).isZero();
    }

    @Test
    void onlyTheChangesAreSentRemovalsAsNoneAfterTheGrants() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        model.remove(list(model, Affiliation.MEMBER), HAG);
        add(model, Affiliation.MEMBER, "hecate@shakespeare.lit", "");
        add(model, Affiliation.OUTCAST, "lordscroop@shakespeare.lit", "Treason");
        assertThat(model.changeCountProperty().get()).isEqualTo(3);
        model.save();
        // §9.5 example 131 and §9.2's ban list change, one request of the three.
        assertThat(sent).containsExactly(List.of(MucItem.affiliation(HECATE, Affiliation.MEMBER, null),
                MucItem.affiliation(SCROOP, Affiliation.OUTCAST, "Treason"),
                MucItem.affiliation(HAG, Affiliation.NONE, null)));
        assertThat(model.savedProperty().get()).isTrue();
        assertThat(list(model, Affiliation.MEMBER).entries()).extracting(AffiliationList.Entry::added).containsOnly(false);
    }

    @Test
    void addingThenRemovingOrReAddingIsNoChange() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        add(model, Affiliation.MEMBER, "hecate@shakespeare.lit", "");
        model.remove(list(model, Affiliation.MEMBER), HECATE);
        model.remove(list(model, Affiliation.MEMBER), HAG);
        add(model, Affiliation.MEMBER, "hag66@shakespeare.lit", "");
        assertThat(model.changes()).isEmpty();
    }

    @Test
    void aUserAddedToAnotherListMovesThereAsOneChange() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        add(model, Affiliation.OUTCAST, "hag66@shakespeare.lit/pda", "");
        assertThat(list(model, Affiliation.MEMBER).entries()).isEmpty();
        assertThat(model.changes()).containsExactly(MucItem.affiliation(HAG, Affiliation.OUTCAST, null));
    }

    @Test
    void anOwnerHandingTheRoomOnGrantsBeforeSteppingDown() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        model.remove(list(model, Affiliation.OWNER), CRONE);
        add(model, Affiliation.OWNER, "hecate@shakespeare.lit", "");
        assertThat(model.changes()).containsExactly(MucItem.affiliation(HECATE, Affiliation.OWNER, null),
                MucItem.affiliation(CRONE, Affiliation.NONE, null));
    }

    @Test
    void addressesAreCheckedAsTyped() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        AffiliationList members = list(model, Affiliation.MEMBER);
        members.addressProperty().set("");
        assertThat(members.addressProblem().get()).isNull();
        assertThat(members.canAdd().get()).isFalse();
        members.addressProperty().set("hecate@");
        assertThat(members.addressProblem().get()).startsWith("That is not an address");
        members.addressProperty().set("shakespeare.lit");
        assertThat(members.addressProblem().get()).isEqualTo("Type a whole address, like name@shakespeare.lit.");
        members.addressProperty().set("hag66@shakespeare.lit");
        assertThat(members.addressProblem().get()).isEqualTo("hag66@shakespeare.lit is on this list already.");
        members.addressProperty().set("hecate@shakespeare.lit");
        assertThat(members.addressProblem().get()).isNull();
        assertThat(members.canAdd().get()).isTrue();
        AffiliationList banned = list(model, Affiliation.OUTCAST);
        banned.addressProperty().set("spam.example");
        assertThat(banned.canAdd().get()).as("a whole domain may be banned (§9.2)").isTrue();
    }

    @Test
    void aListTheRoomWouldNotGiveCannotBeChanged() {
        held.put(Affiliation.OUTCAST, CompletableFuture.failedFuture(new StanzaErrorException(
                StanzaError.of(StanzaErrorCondition.FORBIDDEN), null)));
        AffiliationListsModel model = loaded(Affiliation.ADMIN);
        AffiliationList banned = list(model, Affiliation.OUTCAST);
        assertThat(banned.problemProperty().get()).isEqualTo("The room does not show you this list.");
        banned.addressProperty().set("lordscroop@shakespeare.lit");
        assertThat(banned.canAdd().get()).isFalse();
    }

    @Test
    void anAdminCannotMoveAnAdminTheyMayNotChange() {
        held.put(Affiliation.ADMIN, CompletableFuture.completedFuture(List.of(
                MucItem.affiliation(HECATE, Affiliation.ADMIN, null))));
        AffiliationListsModel model = loaded(Affiliation.ADMIN);
        AffiliationList members = list(model, Affiliation.MEMBER);
        members.addressProperty().set("hecate@shakespeare.lit");
        assertThat(model.add(members)).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo(
                "hecate@shakespeare.lit is on the admins list, which only owners change.");
        assertThat(model.changes()).isEmpty();
    }

    @Test
    void aRefusalNamesTheUserAndKeepsWhatWasNotMade() {
        AffiliationListsModel model = loaded(Affiliation.OWNER);
        add(model, Affiliation.MEMBER, "hecate@shakespeare.lit", "");
        model.remove(list(model, Affiliation.OWNER), CRONE);
        MucItem member = MucItem.affiliation(HECATE, Affiliation.MEMBER, null);
        MucItem lastOwner = MucItem.affiliation(CRONE, Affiliation.NONE, null);
        answer = CompletableFuture.failedFuture(new AffiliationChangeRefusedException(lastOwner, List.of(member),
                new StanzaErrorException(StanzaError.of(StanzaErrorCondition.CONFLICT), null)));
        model.save();
        assertThat(model.savedProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).isEqualTo("Could not take crone1@shakespeare.lit off the list: "
                + "a room keeps at least one owner. Make someone else an owner first.");
        assertThat(model.changes()).as("the member was made; the owner is still to change").containsExactly(lastOwner);
        assertThat(list(model, Affiliation.MEMBER).entry(HECATE).orElseThrow().added()).isFalse();
    }

    @Test
    void theRoomsRefusalsAsSentences() {
        MucItem ban = MucItem.affiliation(CRONE, Affiliation.OUTCAST, null);
        assertThat(AffiliationListsModel.refusalSentence(ban, Affiliation.ADMIN, StanzaErrorCondition.NOT_ALLOWED))
                .isEqualTo("Could not ban crone1@shakespeare.lit: only owners change admins and owners, "
                        + "and nobody changes someone ranked above them.");
        assertThat(AffiliationListsModel.refusalSentence(ban, Affiliation.NONE, StanzaErrorCondition.CONFLICT))
                .endsWith("admins and owners cannot ban themselves.");
        assertThat(AffiliationListsModel.refusalSentence(MucItem.affiliation(HAG, Affiliation.ADMIN, null),
                Affiliation.NONE, StanzaErrorCondition.FORBIDDEN))
                .isEqualTo("Could not make hag66@shakespeare.lit an admin: you are not allowed to change this list.");
    }
}
