package im.parley.media.ice;

import java.net.InetSocketAddress;

/** The candidate pair ICE selected: where media goes, and what kind of path it is. */
public record IcePath(InetSocketAddress remote, IceCandidate.Type localType, IceCandidate.Type remoteType) {
}
