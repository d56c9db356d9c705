package im.parley.ui.chat;

import im.parley.client.DeliveryState;
import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.xmpp.jid.Jid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;

/** A conversation's archive in memory, with a server archive behind it that {@link #fetchOlder} moves in. */
final class FakeChatArchive implements ChatArchive {
    static final String ME = "me@example.org";
    static final String PEER = "bob@example.org";
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    final List<HistoryMessage> local = new ArrayList<>();
    final List<HistoryMessage> server = new ArrayList<>();
    final AtomicInteger pageCalls = new AtomicInteger();
    final List<CallRecord> calls = new ArrayList<>();
    private long nextKey = 1;

    /** A message {@code minutes} after T0, stored locally. */
    synchronized HistoryMessage add(boolean outgoing, int minutes, String body) {
        HistoryMessage m = message(outgoing, minutes, body);
        local.add(m);
        return m;
    }

    /** A received message whose sender asked for no styling (XEP-0393's unstyled hint). */
    synchronized HistoryMessage addUnstyled(int minutes, String body) {
        HistoryMessage m = message(false, minutes, body);
        HistoryMessage unstyled = new HistoryMessage(m.key(), m.conversation(), false, m.sender(), m.messageId(),
                m.stanzaId(), m.time(), body, false, false, null, m.delivery(), Map.of(), List.of(), null, null, true);
        local.add(unstyled);
        return unstyled;
    }

    synchronized HistoryMessage message(boolean outgoing, int minutes, String body) {
        long key = nextKey++;
        return new HistoryMessage(key, PEER, outgoing, outgoing ? ME + "/desk" : PEER + "/phone", "id" + key,
                "s" + key, T0.plusSeconds(60L * minutes), body, false, false, null,
                outgoing ? DeliveryState.SENT : DeliveryState.DELIVERED, Map.of(), List.of());
    }

    /** Replaces the stored message with the same key, as a correction or receipt does. */
    synchronized void update(HistoryMessage m) {
        local.replaceAll(x -> x.key() == m.key() ? m : x);
    }

    private List<HistoryMessage> sorted() {
        List<HistoryMessage> all = new ArrayList<>(local);
        all.sort(Comparator.comparing(HistoryMessage::time).thenComparingLong(HistoryMessage::key));
        return all;
    }

    @Override
    public synchronized List<CallRecord> calls(int limit) {
        return List.copyOf(calls.subList(Math.max(0, calls.size() - limit), calls.size()));
    }

    @Override
    public synchronized List<HistoryMessage> page(Long beforeKey, int limit) {
        pageCalls.incrementAndGet();
        List<HistoryMessage> all = sorted();
        int end = all.size();
        if (beforeKey != null) {
            end = -1;
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).key() == beforeKey) {
                    end = i;
                }
            }
            if (end < 0) {
                return List.of();
            }
        }
        return List.copyOf(all.subList(Math.max(0, end - limit), end));
    }

    @Override
    public synchronized List<HistoryMessage> byKeys(List<Long> keys) {
        List<HistoryMessage> out = new ArrayList<>();
        for (Long k : keys) {
            local.stream().filter(m -> m.key() == k).findFirst().ifPresent(out::add);
        }
        return out;
    }

    @Override
    public synchronized List<SearchResult> search(String text, int limit) {
        List<HistoryMessage> all = sorted();
        List<SearchResult> out = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0 && out.size() < limit; i--) {
            if (all.get(i).body().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                out.add(new SearchResult(all.get(i), List.of()));
            }
        }
        return out;
    }

    @Override
    public synchronized CompletableFuture<Integer> fetchOlder(int max) {
        int n = Math.min(max, server.size());
        List<HistoryMessage> moved = new ArrayList<>(server.subList(server.size() - n, server.size()));
        server.removeAll(moved);
        local.addAll(moved);
        return CompletableFuture.completedFuture(n);
    }

    /** Shows {@code model}'s conversation view in {@code stage} (640 x 480, AtlantaFX's light theme). */
    static void show(javafx.stage.Stage stage, ChatViewModel model) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        stage.setScene(new javafx.scene.Scene(new ChatView(model, uri -> { }).root(), 640, 480));
        stage.show();
    }

    /**
     * A chat with {@link #PEER} over this archive, seen from {@link #ME}'s desk: no account events,
     * everything run at once on the calling thread (the JavaFX thread in view tests).
     */
    ChatViewModel chat(ChatActions actions, ScheduledExecutorService timer) {
        return new ChatViewModel(Jid.of(ME + "/desk"), Jid.of(PEER), this, actions, s -> () -> { }, Runnable::run,
                Runnable::run, timer, Clock.systemDefaultZone(), Locale.ENGLISH, Duration.ofHours(1));
    }
}
