package im.parley.client.call;

import im.parley.client.call.CallOffer.Kind;
import im.parley.media.MediaLeg;
import im.parley.xmpp.ext.jingle.grouping.Group;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * XEP-0338 BUNDLE for a call's voice and video: we offer to bundle every content (each still with
 * a transport of its own, RFC 8843 §7.2, so a peer that does not bundle needs nothing more); when
 * both sides agree, the video leg moves onto the audio leg's transport. A WebRTC peer set to
 * max-bundle takes no call without the group. Raw UDP calls do not bundle.
 */
final class Bundling {
    private Bundling() {
    }

    /** The group for our session-initiate. */
    static List<XmlElement> offer(Call call) {
        if (call.media.isRawUdp()) {
            return List.of();
        }
        List<String> names = new ArrayList<>(List.of(Kind.AUDIO.contentName()));
        if (call.video != null) {
            names.add(Kind.VIDEO.contentName());
        }
        return List.of(Group.bundle(names).toXml());
    }

    /**
     * Before our session-accept: if the offer bundles the audio and video we take, the video leg
     * moves onto the audio leg's transport. Returns the group for the answer: the offered names we
     * keep (an answer names only what was offered bundled, RFC 8843 §7.3).
     */
    static List<XmlElement> answer(Call call) {
        List<String> offered = call.offeredBundle;
        if (offered.isEmpty() || call.media.isRawUdp() || !offered.contains(call.remote.contentName())) {
            return List.of();
        }
        List<String> kept = new ArrayList<>(List.of(call.remote.contentName()));
        if (call.video != null && call.videoRemote != null && offered.contains(call.videoRemote.contentName())) {
            moveVideoOntoAudio(call);
            kept.add(call.videoRemote.contentName());
        }
        return List.of(Group.bundle(kept).toXml());
    }

    /** After the peer's session-accept: if its group bundles our audio and video, so do we. */
    static void accepted(Call call, List<XmlElement> payloads) {
        List<String> agreed = CallOffer.bundle(payloads);
        if (call.video != null && call.videoRemote != null && !call.media.isRawUdp()
                && agreed.contains(call.remote.contentName()) && agreed.contains(call.videoRemote.contentName())) {
            moveVideoOntoAudio(call);
        }
    }

    private static void moveVideoOntoAudio(Call call) {
        call.video.close();
        call.video = MediaLeg.videoBundledWith(call.media, call.camera, call.screen);
    }
}
