package im.parley.ui.rooms;

import static im.parley.ui.rooms.OccupantActionTest.occupant;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** Each management action makes its one request, and a refusal becomes a sentence in the pane. */
class RoomAdminModelTest {
    private static final Executor NOW = Runnable::run;

    private final List<String> calls = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final SimpleObjectProperty<Occupant> self = new SimpleObjectProperty<>(
            occupant("me", Role.MODERATOR, Affiliation.OWNER, true));
    private CompletableFuture<Void> answer = CompletableFuture.completedFuture(null);
    private boolean bookmarked;
    private boolean autojoin;

    private final RoomAdminModel.Administration admin = new RoomAdminModel.Administration() {
        @Override
        public CompletableFuture<Void> setRole(String nick, Role role, String reason) {
            calls.add("role " + nick + " " + role + " " + reason);
            return answer;
        }

        @Override
        public CompletableFuture<Void> setAffiliation(Jid user, Affiliation affiliation, String reason) {
            calls.add("affiliation " + user + " " + affiliation + " " + reason);
            return answer;
        }

        @Override
        public CompletableFuture<List<MucItem>> list(Affiliation affiliation) {
            calls.add("list " + affiliation);
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public CompletableFuture<Void> change(List<MucItem> changes) {
            calls.add("change " + changes);
            return answer;
        }

        @Override
        public CompletableFuture<Void> changeNick(String nick) {
            calls.add("nick " + nick);
            return answer;
        }

        @Override
        public void setSubject(String subject) throws Exception {
            if (answer.isCompletedExceptionally()) {
                throw new NotConnectedException("the account is offline");
            }
            calls.add("subject " + subject);
        }

        @Override
        public void invite(Jid contact, String reason) {
            calls.add("invite " + contact + " " + reason);
        }

        @Override
        public CompletableFuture<DataForm> configurationForm() {
            calls.add("form");
            return CompletableFuture.completedFuture(DataForm.of(FormType.FORM, List.of()));
        }

        @Override
        public CompletableFuture<Void> configure(DataForm submitted) {
            calls.add("configure " + submitted.type());
            return answer;
        }

        @Override
        public CompletableFuture<Void> destroy(String reason) {
            calls.add("destroy " + reason);
            return answer;
        }

        @Override
        public CompletableFuture<Void> moderate(String stanzaId, String reason) {
            calls.add("moderate " + stanzaId + " " + reason);
            return answer;
        }

        @Override
        public CompletableFuture<Void> leave() {
            calls.add("leave");
            return answer;
        }

        @Override
        public boolean bookmarked() {
            return bookmarked;
        }

        @Override
        public boolean autojoin() {
            return autojoin;
        }

        @Override
        public CompletableFuture<Void> bookmark(boolean keep, boolean auto) {
            calls.add("bookmark " + keep + " " + auto);
            return answer;
        }
    };
    private final RoomAdminModel model = new RoomAdminModel(admin, self, NOW, NOW, problems::add);

    private static StanzaErrorException refused(StanzaErrorCondition condition) {
        return new StanzaErrorException(StanzaError.of(condition), null);
    }

    @Test
    void roleActionsGoByNickAndAffiliationsByBareRealJid() {
        Occupant bob = occupant("bob", Role.PARTICIPANT, Affiliation.NONE, true);
        model.apply(OccupantAction.KICK, bob, "  spam  ");
        model.apply(OccupantAction.GRANT_MODERATOR, bob, null);
        model.apply(OccupantAction.REVOKE_VOICE, bob, " ");
        model.apply(OccupantAction.BAN, bob, "again");
        model.apply(OccupantAction.GRANT_ADMIN, bob, null);
        assertThat(calls).containsExactly("role bob NONE spam", "role bob MODERATOR null", "role bob VISITOR null",
                "affiliation bob@example.org OUTCAST again", "affiliation bob@example.org ADMIN null");
        assertThat(problems).isEmpty();
    }

    @Test
    void theMenuFollowsTheUsersOwnRoleAsItChanges() {
        Occupant bob = occupant("bob", Role.VISITOR, Affiliation.NONE, false);
        assertThat(model.actionsFor(bob)).contains(OccupantAction.GRANT_VOICE, OccupantAction.KICK);
        self.set(occupant("me", Role.PARTICIPANT, Affiliation.NONE, false));
        assertThat(model.actionsFor(bob)).isEmpty();
        assertThat(model.moderator().get()).isFalse();
        assertThat(model.owner().get()).isFalse();
        self.set(null);
        assertThat(model.inRoom().get()).isFalse();
    }

    @Test
    void aRefusalBecomesASentenceNamingWhatFailed() {
        answer = CompletableFuture.failedFuture(refused(StanzaErrorCondition.NOT_ALLOWED));
        model.apply(OccupantAction.KICK, occupant("boss", Role.MODERATOR, Affiliation.OWNER, true), null);
        answer = CompletableFuture.failedFuture(refused(StanzaErrorCondition.FORBIDDEN));
        model.destroy("bye");
        answer = CompletableFuture.failedFuture(new NickConflictException(Jid.of("lounge@conference.example.org"),
                "bob", refused(StanzaErrorCondition.CONFLICT)));
        model.changeNick("bob");
        assertThat(problems).containsExactly("Could not kick boss: the room does not allow it.",
                "Could not destroy the room: you are not allowed to do that in this room.",
                "Could not change your nickname to bob: someone in the room already uses that nickname.");
    }

    @Test
    void aRequestThatCannotBeSentSaysSo() {
        answer = CompletableFuture.failedFuture(new NotConnectedException("the account is offline"));
        model.changeSubject("news");
        assertThat(problems).containsExactly("Could not change the subject: the account is offline.");
    }

    @Test
    void subjectNickInvitationLeaveAndDestroyEachMakeTheirRequest() {
        model.changeSubject("  Plans for Friday ");
        model.changeNick("me");
        model.changeNick("  captain ");
        model.invite(Jid.of("bob@example.org/phone"), "");
        model.leave();
        model.destroy(" ");
        assertThat(calls).containsExactly("subject Plans for Friday", "nick captain", "invite bob@example.org null",
                "leave", "destroy null");
    }

    @Test
    void theConfigurationFormIsFetchedShownAndSubmitted() {
        List<DataForm> shown = new ArrayList<>();
        model.loadConfiguration(shown::add);
        assertThat(shown).hasSize(1);
        List<String> outcomes = new ArrayList<>();
        model.configure(DataForm.of(FormType.SUBMIT, List.of()), outcomes::add);
        answer = CompletableFuture.failedFuture(refused(StanzaErrorCondition.NOT_ACCEPTABLE));
        model.configure(DataForm.of(FormType.SUBMIT, List.of()), outcomes::add);
        assertThat(calls).containsExactly("form", "configure SUBMIT", "configure SUBMIT");
        assertThat(outcomes).containsExactly(null, "Could not save the room's settings: the room did not accept it.");
    }

    @Test
    void bookmarkAndAutojoinTogglesKeepEachOtherTrue() {
        bookmarked = true;
        model.refreshBookmark();
        assertThat(model.bookmarkedProperty().get()).isTrue();
        assertThat(model.autojoinProperty().get()).isFalse();
        model.setAutojoin(true);
        model.setBookmarked(false);
        model.setAutojoin(true);
        model.setAutojoin(false);
        assertThat(calls).containsExactly("bookmark true true", "bookmark false false", "bookmark true true",
                "bookmark true false");
        assertThat(model.bookmarkedProperty().get()).isTrue();
        assertThat(model.autojoinProperty().get()).isFalse();
    }

    @Test
    void aModeratorRemovesAMessageTheRoomGaveAnIdAndNobodyElseDoes() {
        RoomLine spam = new RoomLine("bob", "buy now", Instant.EPOCH, false, false, "sid-1", false);
        RoomLine noId = new RoomLine("bob", "old client", Instant.EPOCH, false, false, null, false);
        assertThat(model.mayRemove(spam)).isTrue();
        assertThat(model.mayRemove(noId)).isFalse();
        assertThat(model.mayRemove(spam.removedBecause(null))).as("removed already").isFalse();
        model.remove(spam, "  spam ");
        self.set(occupant("me", Role.PARTICIPANT, Affiliation.MEMBER, true));
        assertThat(model.mayRemove(spam)).isFalse();
        model.remove(spam, "again");
        assertThat(calls).containsExactly("moderate sid-1 spam");
    }
}
