package im.parley.client.call;

import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.carbons.Carbons;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.ext.jmi.JingleMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.Optional;

/**
 * XEP-0353 as the call service hears it: proposals that ring here, the callee's ringing, proceed
 * and reject, the caller's retract, and our own other devices answering (seen through carbons or
 * from our bare JID), which stops the ringing here. Which sender counts: a retract only from the
 * proposer's bare JID, proceed/ringing/reject only from the callee's; runs on the call thread.
 */
final class MessageInitiation {
    private final CallService service;
    private final XmppClient client;

    MessageInitiation(CallService service, XmppClient client) {
        this.service = service;
        this.client = client;
    }

    void received(Message message) {
        Optional<CarbonCopy> carbon = Carbons.unwrap(message, client.jid());
        if (carbon.isPresent()) {
            // Our own device answered or refused a call that also rings here: stop ringing.
            Message inner = carbon.get().inner();
            JingleMessage.of(inner).ifPresent(jmi -> answeredElsewhere(jmi));
            return;
        }
        Jid from = message.from();
        if (from == null || from.resource() == null) {
            return;
        }
        JingleMessage.of(message).ifPresent(jmi -> onJingleMessage(from, jmi));
    }

    private void answeredElsewhere(JingleMessage jmi) {
        Call call = service.call(jmi.id());
        if (call != null && call.isIncoming() && call.state == Call.State.RINGING
                && (jmi instanceof JingleMessage.Proceed || jmi instanceof JingleMessage.Reject
                        || jmi instanceof JingleMessage.Accept)) {
            service.end(call, Condition.CANCEL, false, "answered on another device");
        }
    }

    private void onJingleMessage(Jid from, JingleMessage jmi) {
        Call call = service.call(jmi.id());
        if (from.bare().equals(client.jid().bare())) {
            // Our own other device placed or answered this call; XEP-0353 says never to ring for it.
            answeredElsewhere(jmi);
            return;
        }
        if (jmi instanceof JingleMessage.Propose propose) {
            if (call == null && propose.media().contains("audio")) {
                service.ringing(from, propose.id(), propose.media().contains("video"));
            }
            return;
        }
        if (call == null || !call.peer().bare().equals(from.bare())) {
            return;
        }
        if (call.isIncoming()) {
            if (jmi instanceof JingleMessage.Retract && call.state == Call.State.RINGING) {
                service.end(call, Condition.CANCEL, true, "the caller hung up");
            }
            return;
        }
        if (jmi instanceof JingleMessage.Proceed && call.session == null && call.state != Call.State.ENDED) {
            service.initiate(call, from);
        } else if (jmi instanceof JingleMessage.Ringing && call.state == Call.State.PROPOSED) {
            service.setState(call, Call.State.RINGING);
        } else if (jmi instanceof JingleMessage.Reject && call.session == null) {
            service.end(call, Condition.DECLINE, true, "declined");
        }
    }
}
