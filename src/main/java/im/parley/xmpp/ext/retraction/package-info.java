/** XEP-0424 Message Retraction 0.4.2 (namespace urn:xmpp:message-retract:1). */
package im.parley.xmpp.ext.retraction;
