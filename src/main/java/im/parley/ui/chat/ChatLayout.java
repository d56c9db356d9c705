package im.parley.ui.chat;

import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.client.history.HistoryMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.ui.chat.ChatRow.DaySeparator;
import im.parley.ui.chat.ChatRow.MessageRow;
import im.parley.ui.chat.ChatRow.Quote;
import im.parley.ui.chat.ChatRow.ReactionChip;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Turns a conversation's messages (oldest first) into list rows: a separator before each new day,
 * and groups of one sender's messages written within {@link #GROUP_GAP} of each other, so that
 * only the first of a group carries a name and time. Pure, so that it is tested without a screen.
 */
public final class ChatLayout {
    /** Messages further apart than this start a new group, as in Signal and Telegram. */
    public static final Duration GROUP_GAP = Duration.ofMinutes(5);
    static final String YOU = "You";

    private final ZoneId zone;
    private final Locale locale;
    private final String ownBare;
    private final String peerName;

    /**
     * @param ownBare the user's bare address, to tell their reactions apart
     * @param peerName the name shown on the contact's messages
     */
    public ChatLayout(ZoneId zone, Locale locale, String ownBare, String peerName) {
        this.zone = zone;
        this.locale = locale;
        this.ownBare = ownBare;
        this.peerName = peerName;
    }

    /** The rows for {@code messages} as seen on {@code today}, the message with {@code highlightKey} marked. */
    public List<ChatRow> rows(List<HistoryMessage> messages, LocalDate today, Long highlightKey) {
        return rows(messages, List.of(), today, highlightKey);
    }

    /**
     * As {@link #rows(List, LocalDate, Long)}, with {@code calls} (oldest first) placed among the
     * messages by the time each started; a call ends a group of messages.
     */
    public List<ChatRow> rows(List<HistoryMessage> messages, List<CallRecord> calls, LocalDate today,
                              Long highlightKey) {
        Map<String, HistoryMessage> byId = new HashMap<>();
        for (HistoryMessage m : messages) {
            if (m.messageId() != null) {
                byId.putIfAbsent(m.messageId(), m);
            }
            if (m.stanzaId() != null) {
                byId.putIfAbsent(m.stanzaId(), m);
            }
        }
        List<ChatRow> rows = new ArrayList<>(messages.size() + calls.size() + 8);
        HistoryMessage previous = null;
        LocalDate lastDay = null;
        int nextCall = 0;
        for (HistoryMessage m : messages) {
            while (nextCall < calls.size() && calls.get(nextCall).started().isBefore(m.time())) {
                lastDay = addCall(rows, calls.get(nextCall++), lastDay, today);
                previous = null;
            }
            LocalDate day = m.time().atZone(zone).toLocalDate();
            boolean newDay = !day.equals(lastDay);
            if (newDay) {
                rows.add(new DaySeparator(day, dayLabel(day, today)));
            }
            boolean first = newDay || previous == null || !sameSender(previous, m)
                    || Duration.between(previous.time(), m.time()).compareTo(GROUP_GAP) > 0;
            rows.add(new MessageRow(m, first, nameOf(m), quoteOf(m, byId), chipsOf(m),
                    highlightKey != null && highlightKey == m.key()));
            previous = m;
            lastDay = day;
        }
        while (nextCall < calls.size()) {
            lastDay = addCall(rows, calls.get(nextCall++), lastDay, today);
        }
        return rows;
    }

    /** Adds the call's row, after a day separator when it starts a day; returns its day. */
    private LocalDate addCall(List<ChatRow> rows, CallRecord call, LocalDate lastDay, LocalDate today) {
        LocalDate day = call.started().atZone(zone).toLocalDate();
        if (!day.equals(lastDay)) {
            rows.add(new DaySeparator(day, dayLabel(day, today)));
        }
        rows.add(new ChatRow.CallRow(call, CallText.of(call), CallText.icon(call),
                call.incoming() && call.outcome() == CallOutcome.MISSED));
        return day;
    }

    /** "Today", "Yesterday", a weekday and date this year, else a full date. */
    public String dayLabel(LocalDate day, LocalDate today) {
        if (day.equals(today)) {
            return "Today";
        }
        if (day.equals(today.minusDays(1))) {
            return "Yesterday";
        }
        String pattern = day.getYear() == today.getYear() ? "EEEE d MMMM" : "d MMMM yyyy";
        return DateTimeFormatter.ofPattern(pattern, locale).format(day);
    }

    String nameOf(HistoryMessage m) {
        return m.outgoing() ? YOU : peerName;
    }

    private static boolean sameSender(HistoryMessage a, HistoryMessage b) {
        return a.outgoing() == b.outgoing() && (a.outgoing() || bare(a.sender()).equals(bare(b.sender())));
    }

    private static String bare(String jid) {
        if (jid == null) {
            return "";
        }
        int slash = jid.indexOf('/');
        return slash < 0 ? jid : jid.substring(0, slash);
    }

    private Quote quoteOf(HistoryMessage m, Map<String, HistoryMessage> byId) {
        if (m.replyToId() == null) {
            return null;
        }
        HistoryMessage original = byId.get(m.replyToId());
        if (original == null) {
            return new Quote(null, "Reply to an earlier message");
        }
        return new Quote(nameOf(original), original.retracted() ? ChatText.REMOVED : original.body());
    }

    /** The emojis the user gave {@code m}. */
    Set<String> ownReactions(HistoryMessage m) {
        for (Map.Entry<String, List<String>> e : m.reactions().entrySet()) {
            if (Jid.tryParse(e.getKey()).map(j -> j.bare().toString().equals(ownBare)).orElse(false)) {
                return new HashSet<>(e.getValue());
            }
        }
        return Set.of();
    }

    private List<ReactionChip> chipsOf(HistoryMessage m) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, Boolean> mine = new HashMap<>();
        // Sorted by who reacted, so that the chips keep one order however the map was built.
        m.reactions().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            boolean own = bare(e.getKey()).equals(ownBare);
            for (String emoji : e.getValue()) {
                counts.computeIfAbsent(emoji, k -> new int[1])[0]++;
                if (own) {
                    mine.put(emoji, true);
                }
            }
        });
        List<ReactionChip> chips = new ArrayList<>();
        counts.forEach((emoji, n) -> chips.add(new ReactionChip(emoji, n[0], mine.getOrDefault(emoji, false))));
        return chips;
    }
}
