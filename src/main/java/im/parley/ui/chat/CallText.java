package im.parley.ui.chat;

import im.parley.client.call.CallRecord;
import java.time.Duration;

/** How a call reads in the conversation: "Outgoing video call · 2:31", "Missed voice call". */
final class CallText {
    private CallText() {
    }

    static String of(CallRecord call) {
        String media = call.video() ? "video call" : "voice call";
        String direction = call.incoming() ? "Incoming " : "Outgoing ";
        switch (call.outcome()) {
            case ANSWERED:
                return direction + media + " · " + duration(call.duration());
            case MISSED:
                return call.incoming() ? "Missed " + media : direction + media + " · no answer";
            case DECLINED:
                return call.incoming() ? "Declined " + media : direction + media + " · declined";
            case CANCELLED:
                return "Cancelled " + media;
            case ANSWERED_ELSEWHERE:
                return direction + media + " · answered on another device";
            default:
                return capitalized(media) + " failed";
        }
    }

    /** "0:07", "2:31", "1:02:03". */
    static String duration(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    /** The icon drawn before the text: a camera for video, a handset for voice. */
    static String icon(CallRecord call) {
        return call.video() ? "🎥" : "📞";
    }

    private static String capitalized(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
