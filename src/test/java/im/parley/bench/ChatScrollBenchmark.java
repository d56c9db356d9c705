package im.parley.bench;

import im.parley.client.DeliveryState;
import im.parley.client.TrackedMessage;
import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.ui.ScrollProbe;
import im.parley.ui.chat.ChatActions;
import im.parley.ui.chat.ChatArchive;
import im.parley.ui.chat.ChatView;
import im.parley.ui.chat.ChatViewModel;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.ext.chatstates.ChatState;
import im.parley.xmpp.jid.Jid;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The scrolling part of the desktop app benchmark without the app around it: a conversation view
 * over an in-memory archive of 50,000 messages (as AppBenchmark stores them) in a 1,100 x 720
 * window, the contact list's width kept free on its left; after 2 s the app's own ScrollProbe
 * scrolls it upwards a wheel notch a frame for 10 s and prints the frame intervals, and the CPU
 * the FX and render threads spent a frame meanwhile. Seconds instead of minutes, and no Prosody:
 * for trying changes to the list. Run by
 * src/test/scripts/bench-chat-scroll.sh.
 */
public final class ChatScrollBenchmark {
    static final int MESSAGES = 50_000;
    private static final String OWN = "me@example.org";
    private static final String PEER = "contact0@example.org";

    private ChatScrollBenchmark() {
    }

    /** Not an Application itself: launched from the class path, such a main class is refused. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window with the conversation, and the probe run over it. */
    public static final class Window extends Application {
        private ChatViewModel model;

        @Override
        public void start(Stage stage) {
            Themes.apply(Themes.Theme.LIGHT);
            model = new ChatViewModel(Jid.of(OWN + "/desk"), Jid.of(PEER), new MemoryArchive(), new SilentActions(),
                    subscriber -> () -> { }, Platform::runLater);
            model.setPeerName("Contact 0");
            Region sidebar = new Region();
            sidebar.setPrefWidth(300);
            BorderPane root = new BorderPane(new ChatView(model, uri -> { }).root(), null, null, null, sidebar);
            Scene scene = new Scene(root, 1100, 720);
            Themes.style(scene);
            stage.setScene(scene);
            stage.show();
            PauseTransition settle = new PauseTransition(Duration.seconds(2));
            settle.setOnFinished(e -> {
                ScrollProbe.scroll(scene, Platform::exit);
                new FrameCpu().start();
            });
            settle.play();
        }

        @Override
        public void stop() {
            model.close();
        }
    }

    /**
     * The CPU time the FX and render threads spend per frame over the probe's 10 s: unlike the
     * frame intervals, barely moved by other processes on a busy machine.
     */
    private static final class FrameCpu extends AnimationTimer {
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        /** The render thread, and (from the first frame) the FX thread, whatever the platform names it. */
        private final long[] ids = {renderThread(), -1};
        private final long[] perFrame = new long[2_000];
        private long first;
        private long lastCpu;
        private int n;

        @Override
        public void handle(long now) {
            ids[1] = Thread.currentThread().getId();
            long cpu = Arrays.stream(ids).map(threads::getThreadCpuTime).sum();
            if (first == 0) {
                first = now;
            } else if (n < perFrame.length) {
                perFrame[n++] = cpu - lastCpu;
            }
            lastCpu = cpu;
            if (now - first >= 10_000_000_000L || n == perFrame.length) {
                stop();
                long[] sorted = Arrays.copyOf(perFrame, n);
                Arrays.sort(sorted);
                System.out.printf("parley-scroll-cpu: %d frames, FX and render threads' CPU a frame: mean %.1f ms,"
                                + " p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", n,
                        Arrays.stream(sorted).average().orElse(0) / 1e6, at(sorted, 50), at(sorted, 95), at(sorted, 99));
            }
        }

        private static long renderThread() {
            return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
        }

        private static double at(long[] sorted, int pct) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * pct / 100)] / 1e6;
        }
    }

    /** 50,000 messages a minute apart, a third of them the user's, read by position. */
    private static final class MemoryArchive implements ChatArchive {
        private final List<HistoryMessage> messages = new ArrayList<>(MESSAGES);

        MemoryArchive() {
            Random random = new Random(7);
            Instant t0 = Instant.now().minusSeconds(MESSAGES * 60L);
            for (int i = 0; i < MESSAGES; i++) {
                boolean outgoing = random.nextInt(3) == 0;
                messages.add(new HistoryMessage(i + 1, PEER, outgoing, outgoing ? OWN + "/desk" : PEER + "/phone",
                        "o" + i, "S" + i, t0.plusSeconds(i * 60L), "message " + i
                        + " about lunch, the release and the weekend", false, false, null,
                        outgoing ? DeliveryState.SENT : DeliveryState.DISPLAYED, Map.of(), List.of()));
            }
        }

        @Override
        public List<HistoryMessage> page(Long beforeKey, int limit) {
            // Keys are positions + 1.
            int end = beforeKey == null ? messages.size() : (int) (beforeKey - 1);
            return List.copyOf(messages.subList(Math.max(0, end - limit), end));
        }

        @Override
        public List<CallRecord> calls(int limit) {
            return List.of();
        }

        @Override
        public List<HistoryMessage> byKeys(List<Long> keys) {
            return keys.stream().map(k -> messages.get((int) (k - 1))).toList();
        }

        @Override
        public List<SearchResult> search(String text, int limit) {
            return List.of();
        }

        @Override
        public CompletableFuture<Integer> fetchOlder(int max) {
            return CompletableFuture.completedFuture(0);
        }
    }

    /** Scrolling sends nothing but read markers, which go nowhere here. */
    private static final class SilentActions implements ChatActions {
        @Override
        public TrackedMessage send(Jid to, String body) {
            throw new UnsupportedOperationException("the benchmark sends nothing");
        }

        @Override
        public TrackedMessage correct(Jid to, String originalId, String newBody) {
            throw new UnsupportedOperationException("the benchmark sends nothing");
        }

        @Override
        public void retract(Jid to, String originalId) {
            throw new UnsupportedOperationException("the benchmark sends nothing");
        }

        @Override
        public void react(Jid to, String messageId, Set<String> emojis) {
            throw new UnsupportedOperationException("the benchmark sends nothing");
        }

        @Override
        public TrackedMessage reply(Jid to, String replyToId, Jid replyToSender, String quotedText, String body) {
            throw new UnsupportedOperationException("the benchmark sends nothing");
        }

        @Override
        public void chatState(Jid to, ChatState state) {
        }

        @Override
        public void markDisplayed(Jid peer, String messageId) {
        }

        @Override
        public void attention(Jid to) {
        }
    }
}
