package im.parley.ui.rooms;

import im.parley.client.AccountEvent;
import im.parley.ui.app.AccountModel;
import im.parley.ui.forms.FormViewModel;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.routing.Registration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.stage.Window;

/**
 * Rooms that ask the user to prove they are a person before letting them in (XEP-0158): the
 * room's form, with its picture, in a window of its own; the join waiting meanwhile goes on once
 * the room accepts the answer, and a refused answer shows in the window.
 */
public final class RoomCaptchas {
    private final Supplier<Window> owner;
    private final Executor io;
    private final Executor ui;
    private final Map<AccountModel, Registration> watched = new HashMap<>();

    public RoomCaptchas(Supplier<Window> owner, Executor io, Executor ui) {
        this.owner = owner;
        this.io = io;
        this.ui = ui;
    }

    /** Answers the challenges of every account in {@code accounts}, as they come and go (UI thread). */
    public void watch(ObservableList<AccountModel> accounts) {
        accounts.forEach(this::attach);
        accounts.addListener((ListChangeListener<AccountModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(a -> {
                    Registration r = watched.remove(a);
                    if (r != null) {
                        r.close();
                    }
                });
                change.getAddedSubList().forEach(this::attach);
            }
        });
    }

    private void attach(AccountModel account) {
        watched.computeIfAbsent(account, a -> a.addListener(event -> {
            if (event instanceof AccountEvent.RoomChanged changed
                    && changed.event() instanceof RoomEvent.CaptchaChallenged challenged) {
                ui.execute(() -> show(a, challenged));
            }
        }));
    }

    private void show(AccountModel account, RoomEvent.CaptchaChallenged challenged) {
        CaptchaChallenge challenge = challenged.challenge();
        String room = challenged.room().local() == null ? challenged.room().toString() : challenged.room().local();
        RoomConfigDialog.show(owner.get(), room + " asks you to prove you are a person",
                new FormViewModel(challenge.form(), challenge.media()), "Join", 320,
                (submitted, outcome) -> io.execute(() -> account.account().rooms()
                        .answerCaptcha(challenge, answers(submitted))
                        .whenComplete((ok, failure) -> ui.execute(() -> outcome.accept(failure == null ? null
                                : RoomAdminModel.sentence("The room did not accept the answer", failure))))),
                () -> { }, () -> { });
    }

    /** The filled form's values by field, as the answer carries them. */
    static Map<String, List<String>> answers(DataForm submitted) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (FormField field : submitted.fields()) {
            if (field.var() != null) {
                answers.put(field.var(), field.values());
            }
        }
        return answers;
    }
}
