package im.parley.media.ice;

import java.net.InetSocketAddress;

/** The candidate pair ICE selected: where media goes, and what kind of path it is. */
public record IcePath(InetSocketAddress remote, IceCandidate.Type localType, IceCandidate.Type remoteType) {

    /** Media goes through a TURN server: ours when the local end is relayed, the peer's when the remote one is. */
    public boolean relayed() {
        return localType == IceCandidate.Type.RELAYED || remoteType == IceCandidate.Type.RELAYED;
    }
}
