#!/usr/bin/python3
"""jingle_video_peer.py - the Jingle call peer of the shared jingle_peer.py, with video (VP8) beside Opus.

jingle_peer.py (slixmpp signalling, aiortc ICE + DTLS-SRTP + Opus) is imported, not copied: this
script subclasses its JinglePeer and runs its main(), so every option of jingle_peer.py works here
(--jid --password --port --cafile, --call JID | --answer, --no-jmi, --trickle, --tone, --record,
--duration, --timeout, ...). What changes:
  * one Jingle content per medium, "audio" and "video", each its own SDP m-line with its own ICE
    ufrag/pwd/candidates and DTLS fingerprint: no BUNDLE, no XEP-0338 group (aiortc 1.4 bundles
    only when the *remote* SDP has a=group:BUNDLE, and we never write one from Jingle);
  * --call proposes (XEP-0353) audio+video and initiates with both contents (an accept without
    video makes a voice call: event video_declined); --answer takes the video content of an offer
    when there is one and answers audio only otherwise;
  * video is VP8 only (aiortc's payload type 97 in our offers, no RTX, no H.264). Sent: PatternTrack, 320x240 at 15 fps, left half solid blue (BT.601
    Y=41 U=240 V=110), right half dark grey (Y=60) with a white bar (16 px) moving 8 px a frame;
  * received video is decoded and counted: event video_frame (first frame: width, height), and
    video_frames / video_width / video_height / video_packets_received in call_ended;
  * exit 0 only when audio frames arrived and, if video was negotiated, video frames too.

--bundle: XEP-0338 groups are translated both ways (Jingle <group semantics='BUNDLE'> <-> SDP
a=group:BUNDLE): as caller the session-initiate offers aiortc's BUNDLE group, as answerer an
offered group reaches aiortc, which then bundles onto the first content's transport and answers
with a group. Without it no group is ever signalled and every content keeps its own transport.

Where jingle_peer.py comes from: --shared DIR (the shared directory; DIR/peers/jingle_peer.py),
else the environment variable PARLEY_SHARED, else ../shared next to this project (the default of
-Dparley.shared in the integration tests). --shared is taken off the command line before the
rest goes to jingle_peer.py's parser. Run with /usr/bin/python3 (Debian python3-aiortc 1.4).

--caps: announces Jingle audio and video calls in disco#info with an XEP-0115 caps hash in its
presence, as a calling client does (jingle_peer.py announces nothing, so a client that offers calls
only to devices whose verified caps take them offers none). --presence-to JID: also sends that
account a directed presence, so it sees the peer (and its caps) without a subscription.
"""
import argparse
import asyncio
import fractions
import os
import sys
import time
import uuid
import xml.etree.ElementTree as ET

_pre = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
_pre.add_argument("--shared", default=os.environ.get("PARLEY_SHARED") or os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared"))
_pre.add_argument("--bundle", action="store_true")
_pre.add_argument("--caps", action="store_true")
_pre.add_argument("--presence-to", default=None)
_known, _rest = _pre.parse_known_args()
sys.argv[1:] = _rest
_peers = os.path.join(os.path.abspath(_known.shared), "peers")
if not os.path.isfile(os.path.join(_peers, "jingle_peer.py")):
    sys.exit("jingle_video_peer.py: no %s/jingle_peer.py; give --shared DIR or PARLEY_SHARED" % _peers)
sys.path.insert(0, _peers)
sys.dont_write_bytecode = True  # the shared directory is not ours: no __pycache__ there

import jingle_peer as jp  # noqa: E402  (patches aioice for loopback, Opus pt 111, no sdes:mid on audio)
from jingle_peer import NS_ICE, NS_JINGLE, NS_JMI, NS_HINTS, NS_RTP, emit, q  # noqa: E402

NS_GROUPING = "urn:xmpp:jingle:apps:grouping:0"   # XEP-0338
BUNDLE = _known.bundle
CAPS = _known.caps
PRESENCE_TO = _known.presence_to
# What a device taking Jingle audio and video calls with DTLS-SRTP over ICE-UDP announces (XEP-0167
# §11, XEP-0176 §13, XEP-0320 §5, XEP-0353 §6): what a caller checks in verified caps.
CALL_FEATURES = ["urn:xmpp:jingle:1", "urn:xmpp:jingle:apps:rtp:1", "urn:xmpp:jingle:apps:rtp:audio",
                 "urn:xmpp:jingle:apps:rtp:video", "urn:xmpp:jingle:transports:ice-udp:1",
                 "urn:xmpp:jingle:apps:dtls:0", "urn:xmpp:jingle-message:0"]


def jingle_bundle(jingle):
    """The content names of a <jingle/>'s BUNDLE group, or None."""
    for g in jingle.findall(q(NS_GROUPING, "group")):
        if g.get("semantics") == "BUNDLE":
            return [c.get("name") for c in g.findall(q(NS_GROUPING, "content"))]
    return None


def group_element(names):
    g = ET.Element(q(NS_GROUPING, "group"), semantics="BUNDLE")
    for n in names:
        ET.SubElement(g, q(NS_GROUPING, "content"), name=n)
    return g
import numpy  # noqa: E402
from aiortc import RTCRtpSender, RTCSessionDescription, VideoStreamTrack  # noqa: E402
from aiortc.codecs import HEADER_EXTENSIONS  # noqa: E402
from aiortc.mediastreams import MediaStreamError  # noqa: E402
from aiortc.sdp import candidate_from_sdp  # noqa: E402
import av  # noqa: E402

# As jingle_peer.py does for audio: our offer's mids are "0"/"1", not the content names, so do not
# tag RTP with the sdes:mid extension (a peer routing by MID would drop it).
HEADER_EXTENSIONS["video"] = [e for e in HEADER_EXTENSIONS["video"]
                              if e.uri != "urn:ietf:params:rtp-hdrext:sdes:mid"]

PREFERRED = {"audio": "audio/opus", "video": "video/vp8"}


# --------------------------------------------------------------------------------------------
# Video source
# --------------------------------------------------------------------------------------------
class PatternTrack(VideoStreamTrack):
    """A synthetic camera in yuv420p, paced in real time (see the module docstring for the picture)."""
    BLUE = (41, 240, 110)
    GREY, WHITE, BAR, STEP = 60, 235, 16, 8

    def __init__(self, width=320, height=240, fps=15):
        super().__init__()
        self.w, self.h, self.fps = width, height, fps
        self.n = 0
        self._start = None
        half = width // 2
        self.y = numpy.full((height, width), self.GREY, numpy.uint8)
        self.y[:, :half] = self.BLUE[0]
        self.u = numpy.full((height // 2, width // 2), 128, numpy.uint8)
        self.v = self.u.copy()
        self.u[:, :half // 2], self.v[:, :half // 2] = self.BLUE[1], self.BLUE[2]

    async def recv(self):
        if self.readyState != "live":
            raise MediaStreamError
        if self._start is None:
            self._start = time.time()
        else:  # frame n is due at start + n / fps
            wait = self._start + self.n / self.fps - time.time()
            if wait > 0:
                await asyncio.sleep(wait)
        y = self.y.copy()
        half = self.w // 2
        x = half + (self.n * self.STEP) % (half - self.BAR)
        y[:, x:x + self.BAR] = self.WHITE
        planes = numpy.concatenate([y.ravel(), self.u.ravel(), self.v.ravel()])
        frame = av.VideoFrame.from_ndarray(planes.reshape(self.h * 3 // 2, self.w), format="yuv420p")
        frame.pts = self.n * 90000 // self.fps
        frame.time_base = fractions.Fraction(1, 90000)
        self.n += 1
        return frame


# --------------------------------------------------------------------------------------------
# Multi-content Jingle <-> SDP, wrapping jingle_peer.py's one-audio-m-line translation
# --------------------------------------------------------------------------------------------
def media_of(content):
    desc = content.find(q(NS_RTP, "description"))
    return desc.get("media") if desc is not None else None


def split_sdp(sdp):
    """(session part, [m-sections]), each ending in CRLF."""
    head, *sections = sdp.split("\r\nm=")
    return head + "\r\n", ["m=" + s if s.endswith("\r\n") else "m=" + s + "\r\n" for s in sections]


def content_to_sdp_section(content, sdp_type, author_is_initiator, mid, any_remote):
    """(session part, m-section) for one Jingle content of any medium: jingle_content_to_sdp writes
    m=audio whatever the description says, so its m-line gets the content's medium back."""
    head, (section,) = split_sdp(jp.jingle_content_to_sdp(content, sdp_type, author_is_initiator, mid, any_remote))
    return head, "m=" + media_of(content) + section[len("m=audio"):]


def contents_to_sdp(sections, head, bundle=None):
    return head + ("a=group:BUNDLE %s\r\n" % " ".join(bundle) if bundle else "") + "".join(sections)


def sdp_section_to_content(sdp, mid, name, creator, author_is_initiator):
    """The Jingle content for the m-line with this mid. sdp_to_jingle_content reads the first audio
    m-line only, so it gets the session part and that one section presented as audio, and the
    description's medium is put back (rtpmap parsing as audio only adds channels=1, not written)."""
    head, sections = split_sdp(sdp)
    section = next(s for s in sections if ("\r\na=mid:%s\r\n" % mid) in s)
    kind = section[2:section.index(" ")]
    content = jp.sdp_to_jingle_content(head + "m=audio" + section[len("m=" + kind):], name, creator,
                                       author_is_initiator)
    content.find(q(NS_RTP, "description")).set("media", kind)
    return content


def inactive_stand_in(audio_section, mid, payload_type):
    """An answer may leave video out (XEP-0167), but aiortc 1.4 wants one answer m-line per offered
    one. This inactive video m-line reuses the audio answer's ICE and DTLS values and is bundled
    onto the audio transport (a=group:BUNDLE in this *local* copy of the answer only), so aiortc
    drops the video ICE transport instead of checking it against a peer that never heard of it."""
    keep = [x for x in audio_section.split("\r\n") if x.startswith(("a=ice-", "a=fingerprint:", "a=setup:"))]
    return "\r\n".join(["m=video 0 UDP/TLS/RTP/SAVPF %d" % payload_type, "c=IN IP4 0.0.0.0",
                        "a=mid:%s" % mid, "a=inactive", "a=rtcp-mux",
                        "a=rtpmap:%d VP8/90000" % payload_type] + keep) + "\r\n"


# --------------------------------------------------------------------------------------------
# The peer
# --------------------------------------------------------------------------------------------
class VideoPeer(jp.JinglePeer):
    def __init__(self, a):
        super().__init__(a)
        if CAPS:
            self.register_plugin("xep_0030")
            self.register_plugin("xep_0115")
            for feature in CALL_FEATURES:
                self["xep_0030"].add_feature(feature)
        self.camera = None
        self.names = {}            # local mid -> Jingle content name
        self.video_negotiated = False
        self.video_frames = 0
        self.video_size = (None, None)

    async def on_start(self, event):
        if CAPS:
            # The caps hash of the features above goes into every presence from now on.
            await self["xep_0115"].update_caps(broadcast=False)
        if PRESENCE_TO:
            # Seen by that account without a subscription: a directed presence (RFC 6121 §4.6).
            self.send_presence(pto=PRESENCE_TO)
        await super().on_start(event)

    # ---- media ---------------------------------------------------------------------------
    def new_pc(self):
        pc = super().new_pc()  # its track handler consumes audio

        @pc.on("track")
        def _video(track):
            if track.kind == "video":
                asyncio.ensure_future(self.consume_video(track))
        return pc

    def add_tracks(self, video):
        self.tone = jp.ToneTrack(self.a.tone)
        self.pc.addTrack(self.tone)
        if video:
            self.camera = PatternTrack()
            self.pc.addTrack(self.camera)
        for t in self.pc.getTransceivers():  # Opus only, VP8 only (no RTX, no H.264)
            t.setCodecPreferences([c for c in RTCRtpSender.getCapabilities(t.kind).codecs
                                   if c.mimeType.lower() == PREFERRED[t.kind]])
        self.hook_dtls()

    async def consume_video(self, track):
        while True:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            self.video_frames += 1
            if self.video_frames == 1:
                emit("video_frame", width=frame.width, height=frame.height, format=frame.format.name)
            self.video_size = (frame.width, frame.height)

    def mid_of(self, name):
        return next((m for m, n in self.names.items() if n == name), None)

    async def add_remote_candidates(self, transport, name):
        """Candidates of the content called name (jingle_peer.py's go to the first m-line)."""
        mid = self.mid_of(name)
        if mid is None:
            return emit("candidate_ignored", reason="unknown content %s" % name)
        for c, skip in jp.usable_candidates(transport, self.a.any_remote_candidates):
            if skip:
                emit("candidate_ignored", ip=c.get("ip"), port=c.get("port"), reason=skip)
                continue
            cand = candidate_from_sdp(jp.jingle_candidate_to_sdp(c))
            cand.sdpMid = mid
            emit("remote_candidate", content=name, ip=c.get("ip"), port=c.get("port"), type=c.get("type"))
            await self.pc.addIceCandidate(cand)

    async def on_transport_info(self, jingle):
        for content in jingle.findall(q(NS_JINGLE, "content")):
            t = content.find(q(NS_ICE, "transport"))
            if t is None:
                continue
            emit("transport_info", direction="received", content=content.get("name"),
                 candidates=len(t.findall(q(NS_ICE, "candidate"))), queued=not self.remote_set)
            if self.remote_set:
                await self.add_remote_candidates(t, content.get("name"))
            else:
                self.pending_candidates.append((content.get("name"), t))

    def local_contents(self, creator, author_is_initiator):
        sdp = self.pc.localDescription.sdp
        return [sdp_section_to_content(sdp, t.mid, self.names[t.mid], creator, author_is_initiator)
                for t in self.pc.getTransceivers() if t.mid in self.names]

    async def send_contents(self, action, contents, group=None, **attrs):
        """session-initiate/-accept with these contents (and a BUNDLE group of these names); with
        --trickle their candidates follow."""
        jingle = self.jingle_el(action, **attrs)
        trickled = [(c, self.strip_candidates(c) if self.a.trickle else []) for c in contents]
        for c in contents:
            jingle.append(c)
        if group:
            jingle.append(group_element(group))
        await self.send_jingle(jingle)
        return trickled

    # ---- caller --------------------------------------------------------------------------
    async def place_call(self):
        """Caller: offer audio + video, JMI propose (both media) -> proceed -> session-initiate."""
        self.sid = str(uuid.uuid4())
        self.pc = self.new_pc()
        self.add_tracks(video=True)
        await self.pc.setLocalDescription(await self.pc.createOffer())  # gathers candidates
        self.names = {t.mid: t.kind for t in self.pc.getTransceivers()}  # content "audio" / "video"
        if self.a.no_jmi:
            self.peer = self.a.call
        else:
            self.proceed = asyncio.get_event_loop().create_future()
            msg = self.make_message(mto=self.a.call, mtype="chat")
            propose = ET.SubElement(msg.xml, q(NS_JMI, "propose"), id=self.sid)
            for kind in self.names.values():
                ET.SubElement(propose, q(NS_RTP, "description"), media=kind)
            ET.SubElement(msg.xml, q(NS_HINTS, "store"))
            msg.send()
            emit("propose_sent", to=self.a.call, sid=self.sid, media=list(self.names.values()))
            self.peer = await self.proceed
            emit("proceed_received", **{"from": self.peer})
        contents = self.local_contents("initiator", True)
        group = [c.get("name") for c in contents] if BUNDLE else None
        try:
            trickled = await self.send_contents("session-initiate", contents, group,
                                                initiator=self.boundjid.full)
        except Exception as e:  # IqError / IqTimeout
            emit("error", error="session-initiate rejected", detail=repr(e))
            return await self.finish(1)
        emit("session_initiate", direction="sent", to=self.peer, sid=self.sid,
             contents=[c.get("name") for c in contents], jmi=not self.a.no_jmi,
             candidates=sum(len(c.findall(".//" + q(NS_ICE, "candidate"))) for c in contents))
        for c, cands in trickled:
            await self.trickle(c, cands)

    async def on_session_accept(self, jingle):
        got = {c.get("name"): c for c in jingle.findall(q(NS_JINGLE, "content"))}
        agreed = jingle_bundle(jingle) if BUNDLE else None
        emit("session_accept", direction="received", **{"from": self.peer}, contents=list(got),
             codecs=[p.get("name") for p in jingle.iter(q(NS_RTP, "payload-type"))], bundle=agreed)
        try:
            head, sections, bundle = None, [], None
            if agreed:
                bundle = [m for m in self.names if self.names[m] in agreed]
            for t in self.pc.getTransceivers():  # the answer's m-lines in our offer's order
                c = got.get(self.names[t.mid])
                if c is not None:
                    head, section = content_to_sdp_section(c, "answer", False, t.mid, self.a.any_remote_candidates)
                    sections.append(section)
                    self.video_negotiated |= t.kind == "video"
                elif t.kind == "video" and sections:
                    pt = next(x.payloadType for x in t._codecs if x.mimeType.lower() == "video/vp8")
                    sections.append(inactive_stand_in(sections[0], t.mid, pt))
                    bundle = [self.pc.getTransceivers()[0].mid, t.mid]
                    emit("video_declined", content=self.names[t.mid])
                else:
                    raise ValueError("the answer has no %s content" % self.names[t.mid])
            sdp = contents_to_sdp(sections, head, bundle)
            if self.a.debug:
                emit("debug_remote_sdp", sdp=sdp)
            await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="answer"))
            self.remote_set = True
            for name, t in self.pending_candidates:
                await self.add_remote_candidates(t, name)
            self.pending_candidates = []
        except Exception as e:
            emit("error", error="cannot apply answer", detail=repr(e))
            await self.terminate("failed-application")

    # ---- answerer ------------------------------------------------------------------------
    async def accept_session(self, jingle):
        """Answerer: the first audio and (if any) first video content -> SDP offer -> session-accept."""
        contents = jingle.findall(q(NS_JINGLE, "content"))
        emit("session_initiate", direction="received", **{"from": self.peer}, sid=self.sid,
             contents=[c.get("name") for c in contents])
        audio = next((c for c in contents if media_of(c) == "audio"), None)
        video = next((c for c in contents if media_of(c) == "video"), None)
        if audio is None:
            return await self.terminate("unsupported-applications")
        taken = [audio] if video is None else [audio, video]
        self.names = {c.get("name"): c.get("name") for c in taken}  # our mid for a content is its name
        self.video_negotiated = video is not None
        self.pc = self.new_pc()
        try:
            # Tracks and codec preferences before the offer is applied: aiortc fixes the answer's
            # codecs in setRemoteDescription.
            self.add_tracks(video=video is not None)
            head, sections = None, []
            for c in taken:
                head, section = content_to_sdp_section(c, "offer", True, c.get("name"), self.a.any_remote_candidates)
                sections.append(section)
            offered = jingle_bundle(jingle) if BUNDLE else None
            bundle = [c.get("name") for c in taken if c.get("name") in offered] if offered else None
            sdp = contents_to_sdp(sections, head, bundle)
            if self.a.debug:
                emit("debug_remote_sdp", sdp=sdp)
            await self.pc.setRemoteDescription(RTCSessionDescription(sdp=sdp, type="offer"))
            self.remote_set = True
            await self.pc.setLocalDescription(await self.pc.createAnswer())
        except Exception as e:
            emit("error", error="cannot answer offer", detail=repr(e))
            return await self.terminate("failed-application")
        for c in taken:
            for cand, skip in jp.usable_candidates(c.find(q(NS_ICE, "transport")), self.a.any_remote_candidates):
                if skip:
                    emit("candidate_ignored", ip=cand.get("ip"), port=cand.get("port"), reason=skip)
        answer = self.local_contents(audio.get("creator", "initiator"), False)
        try:
            trickled = await self.send_contents("session-accept", answer, bundle, responder=self.boundjid.full)
        except Exception as e:
            emit("error", error="session-accept rejected", detail=repr(e))
            return await self.finish(1)
        emit("session_accept", direction="sent", to=self.peer, contents=[c.get("name") for c in answer], bundle=bundle,
             codecs=[p.get("name") for c in answer for p in c.iter(q(NS_RTP, "payload-type"))],
             setup=[f.get("setup") for c in answer for f in c.iter("{%s}fingerprint" % jp.NS_DTLS)])
        for c, cands in trickled:
            await self.trickle(c, cands)

    # ---- ending --------------------------------------------------------------------------
    async def end_call(self, reason, by):
        if self.ended:
            return
        self.ended = True
        packets = {}
        if self.pc is not None:
            try:
                for s in (await self.pc.getStats()).values():
                    if s.type in ("inbound-rtp", "outbound-rtp"):
                        key = (s.kind, s.type)
                        packets[key] = s.packetsReceived if s.type == "inbound-rtp" else s.packetsSent
            except Exception:
                pass
        dur = time.time() - self.media_started_at if self.media_started_at else 0.0
        emit("call_ended", reason=reason, by=by,
             packets_received=packets.get(("audio", "inbound-rtp")),
             packets_sent=packets.get(("audio", "outbound-rtp")),
             frames_received=self.sink.frames, audio_seconds=round(self.sink.samples / 48000, 2),
             video=self.video_negotiated,
             video_packets_received=packets.get(("video", "inbound-rtp")),
             video_packets_sent=packets.get(("video", "outbound-rtp")),
             video_frames=self.video_frames, video_width=self.video_size[0], video_height=self.video_size[1],
             duration=round(dur, 2), record=self.a.record)
        ok = reason == "success" and self.sink.frames > 0 and (self.video_frames > 0 or not self.video_negotiated)
        await self.finish(0 if ok else (2 if reason == "timeout" else 1))

    async def finish(self, code):
        if self.camera:
            self.camera.stop()
        await super().finish(code)


if __name__ == "__main__":
    jp.JinglePeer = VideoPeer  # jingle_peer.main() parses the options and runs `JinglePeer(a)`
    jp.main()
