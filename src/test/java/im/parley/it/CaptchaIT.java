package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.muc.Room;
import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CAPTCHA Forms (XEP-0158) for joining a room, against the real ejabberd MUC with a
 * captcha_protected room (Prosody 0.12 sets none). servers.sh gives ejabberd a captcha_cmd whose
 * PNG carries its text in a tEXt chunk: the test reads the answer from the image it received.
 */
class CaptchaIT {
    @TempDir
    Path dir;

    private static TestServer ejabberd() throws Exception {
        TestServer server = TestServer.ejabberd();
        Assumptions.assumeTrue(Files.readString(TestServer.itDir().resolve("ejabberd").resolve("ejabberd.yml"))
                .contains("captcha_cmd:"), "ejabberd has no captcha_cmd");
        return server;
    }

    /** The text the test CAPTCHA image carries, as a person would read it off a real one. */
    private static String read(byte[] image) {
        String png = new String(image, StandardCharsets.ISO_8859_1);
        int start = png.indexOf("captcha\u0000") + "captcha\u0000".length();
        int end = png.indexOf("IDAT", start) - 8;
        return png.substring(start, end);
    }

    private static Optional<CaptchaChallenge> challenge(List<AccountEvent> events) {
        return events.stream().filter(e -> e instanceof AccountEvent.RoomChanged r
                        && r.event() instanceof RoomEvent.CaptchaChallenged)
                .map(e -> ((RoomEvent.CaptchaChallenged) ((AccountEvent.RoomChanged) e).event()).challenge()).findFirst();
    }

    private static Jid captchaRoom(TestServer ejabberd, TestSession owner, RoomManager rooms) throws Exception {
        Jid room = Jid.of("captcha-" + UUID.randomUUID().toString().substring(0, 8) + "@" + ejabberd.env().get("MUC_DOMAIN"));
        rooms.join(room, "owner", null).get(20, TimeUnit.SECONDS);
        new RoomAdministration(owner.client()).configure(room, Map.of("captcha_protected", List.of("1")))
                .get(20, TimeUnit.SECONDS);
        return room;
    }

    @Test
    void aJoinWaitsForTheAnswerToTheRoomsCaptcha() throws Exception {
        TestServer ejabberd = ejabberd();
        try (TestSession owner = TestSession.online(ejabberd, ejabberd.registerByAdmin("captcha-owner"));
             RoomManager ownerRooms = new RoomManager(owner.client());
             Profile profile = Profile.open(dir);
             Account guest = profile.account(ejabberd.config(ejabberd.registerByAdmin("captcha-guest").withResource("desk"),
                     TestSession.PASSWORD).build())) {
            Jid room = captchaRoom(ejabberd, owner, ownerRooms);
            List<AccountEvent> events = new CopyOnWriteArrayList<>();
            guest.subscribe(events::add);
            guest.connect().get(20, TimeUnit.SECONDS);

            CompletableFuture<Room> joining = guest.rooms().join(room, "guest", null);
            await(() -> challenge(events).isPresent(), "the room's CAPTCHA");
            CaptchaChallenge c = challenge(events).get();
            assertThat(c.challenger()).isEqualTo(room);
            assertThat(c.form().field("ocr")).isPresent();
            assertThat(c.url()).startsWith("http://127.0.0.1:");
            assertThat(joining).as("the join waits for the answer").isNotDone();

            guest.rooms().answerCaptcha(c, Map.of("ocr", List.of(read(c.media().get(0).bytes())))).get(20, TimeUnit.SECONDS);
            Room joined = joining.get(20, TimeUnit.SECONDS);
            assertThat(joined.isJoined()).isTrue();
            assertThat(joined.nick()).isEqualTo("guest");
        }
    }

    @Test
    void aWrongAnswerIsRefused() throws Exception {
        TestServer ejabberd = ejabberd();
        try (TestSession owner = TestSession.online(ejabberd, ejabberd.registerByAdmin("captcha-owner"));
             RoomManager ownerRooms = new RoomManager(owner.client());
             TestSession guest = TestSession.online(ejabberd, ejabberd.registerByAdmin("captcha-wrong"));
             RoomManager guestRooms = new RoomManager(guest.client())) {
            Jid room = captchaRoom(ejabberd, owner, ownerRooms);
            RoomEvents events = new RoomEvents();
            guestRooms.addListener(events::add);
            CompletableFuture<Room> joining = guestRooms.join(room, "guest", null);
            CaptchaChallenge c = events.await(RoomEvent.CaptchaChallenged.class, e -> true).challenge();
            String wrong = "not-" + read(c.media().get(0).bytes());
            // The XEP says not-acceptable; ejabberd 23.01 says not-allowed.
            assertThatThrownBy(() -> guestRooms.answerCaptcha(c, Map.of("ocr", List.of(wrong))).get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOfSatisfying(StanzaErrorException.class,
                            e -> assertThat(e.condition()).isIn(StanzaErrorCondition.NOT_ACCEPTABLE, StanzaErrorCondition.NOT_ALLOWED));
            assertThat(joining).as("not joined on a wrong answer").isNotCompleted();
        }
    }

    /** `muc join` prints the challenge with its image and takes the answer from standard input. */
    @Test
    void theCommandLinePrintsTheChallengeAndReadsTheAnswer() throws Exception {
        TestServer ejabberd = ejabberd();
        try (TestSession owner = TestSession.online(ejabberd, ejabberd.registerByAdmin("captcha-owner"));
             RoomManager ownerRooms = new RoomManager(owner.client())) {
            Jid room = captchaRoom(ejabberd, owner, ownerRooms);
            Process join = CliProcess.start(ejabberd, ejabberd.registerByAdmin("captcha-cli"),
                    List.of("muc", "join", room + "/typist"));
            try (BufferedReader out = new BufferedReader(new InputStreamReader(join.getInputStream(), StandardCharsets.UTF_8))) {
                String challenge = out.readLine();
                assertThat(challenge).startsWith("{\"type\":\"captcha_challenged\",\"room\":\"" + room + "\"")
                        .contains("\"var\":\"ocr\"").contains("\"type\":\"image/png\"");
                Matcher image = Pattern.compile("\"base64\":\"([^\"]+)\"").matcher(challenge);
                assertThat(image.find()).isTrue();
                String text = read(Base64.getDecoder().decode(image.group(1)));
                join.getOutputStream().write((text + "\n").getBytes(StandardCharsets.UTF_8));
                join.getOutputStream().flush();
                assertThat(out.readLine()).contains("\"nick\":\"typist\"");
                assertThat(join.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(join.exitValue()).isZero();
            } finally {
                join.destroy();
            }
        }
    }
}
