package im.parley.xmpp.ext.moderation;

/**
 * Examples of XEP-0425 0.3.0, copied from the XEP as they are (shared/specs/xeps/xep-0425.xml),
 * and of its 0.2 revision, which Prosody 0.12's mod_muc_moderation speaks: those are the XEP's
 * 0.2 examples, the shape that module builds.
 */
final class Xep0425Examples {
    private Xep0425Examples() {
    }

    // XEP-0425 0.3.0 example 3, "The moderator's client sends an IQ stanza to the MUC service".
    static final String REQUEST = """
            <iq type='set' to='room@muc.example.com' id='retract-request-1'>
              <moderate id="stanza-id-1" xmlns='urn:xmpp:message-moderate:1'>
                <retract xmlns='urn:xmpp:message-retract:1'/>
                <reason>This message contains inappropriate content for this forum</reason>
              </moderate>
            </iq>
            """;

    // XEP-0425 0.3.0 example 4, "The MUC sends a moderation message to all participants".
    static final String ANNOUNCEMENT = """
            <message type="groupchat" id='retraction-id-1' from='room@muc.example.com' to="room@muc.example.com/macbeth">
              <retract id="stanza-id-1" xmlns='urn:xmpp:message-retract:1'>
                <moderated by='room@muc.example.com/macbeth' xmlns='urn:xmpp:message-moderate:1'>
                  <occupant-id xmlns="urn:xmpp:occupant-id:0" id="dd72603deec90a38ba552f7c68cbcc61bca202cd" />
                </moderated>
                <reason>This message contains inappropriate content for this forum</reason>
              </retract>
            </message>
            """;

    // XEP-0425 0.3.0 example 6, "Retracted groupchat message tombstone in a MAM result".
    static final String TOMBSTONE = """
            <message id='aeb213' to='room@muc.example.com/macbeth'>
              <result xmlns='urn:xmpp:mam:2' queryid='f28' id='stanza-id-1'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2019-09-20T23:18:41Z'/>
                  <message type="groupchat" from="room@muc.example.com/oldhag" to="room@muc.example.com/macbeth" id="message-id-1">
                    <occupant-id xmlns="urn:xmpp:occupant-id:0" id="ef73b09de9c90a38ba552f7c68cbeef1dca24429" />
                    <retracted stamp='2019-09-20T23:19:12Z' xmlns='urn:xmpp:message-retract:1'>
                      <moderated by="witch@shakespeare.example" xmlns="urn:xmpp:message-moderate:1">
                        <occupant-id xmlns="urn:xmpp:occupant-id:0" id="dd72603deec90a38ba552f7c68cbcc61bca202cd" />
                      </moderated>
                      <reason>This message contains inappropriate content for this forum</reason>
                    </retracted>
                  </message>
                </forwarded>
              </result>
            </message>
            """;

    // XEP-0425 0.2 example 2: the request as a fastening.
    static final String REQUEST_V0 = """
            <iq type='set' to='room@muc.example.com' id='retract-request-1'>
              <apply-to id="stanza-id-1" xmlns="urn:xmpp:fasten:0">
                <moderate xmlns='urn:xmpp:message-moderate:0'>
                  <retract xmlns='urn:xmpp:message-retract:0' />
                  <reason>This message contains inappropriate content for this forum</reason>
                </moderate>
              </apply-to>
            </iq>
            """;

    // XEP-0425 0.2 example 3: the announcement as a fastening.
    static final String ANNOUNCEMENT_V0 = """
            <message type="groupchat" from="room@muc.example.com" id='retraction-id-1'>
              <apply-to id="stanza-id-1" xmlns="urn:xmpp:fasten:0">
                <moderated by='room@muc.example.com/macbeth' xmlns='urn:xmpp:message-moderate:0'>
                  <retract xmlns='urn:xmpp:message-retract:0' />
                  <reason>This message contains inappropriate content for this forum</reason>
                </moderated>
              </apply-to>
            </message>
            """;

    // XEP-0425 0.2 example 5: the tombstone in a MAM result.
    static final String TOMBSTONE_V0 = """
            <message id='aeb213' to='room@muc.example.com/macbeth'>
              <result xmlns='urn:xmpp:mam:2' queryid='f28' id='28482-98726-73623'>
                <forwarded xmlns='urn:xmpp:forward:0'>
                  <delay xmlns='urn:xmpp:delay' stamp='2010-07-10T23:08:25Z'/>
                  <message type="groupchat" from="room@muc.example.com/macbeth" to="room@muc.example.com/macbeth" id="message-id-1">
                    <moderated by="room@muc.example.com/macbeth" xmlns="urn:xmpp:message-moderate:0">
                      <retracted stamp='2019-09-20T23:19:12Z' xmlns='urn:xmpp:message-retract:0'/>
                      <reason>This message contains inappropriate content for this forum</reason>
                    </moderated>
                  </message>
                </forwarded>
              </result>
            </message>
            """;
}
