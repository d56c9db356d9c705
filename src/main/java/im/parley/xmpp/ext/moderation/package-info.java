/**
 * XEP-0425 Message Moderation 0.3.0 (urn:xmpp:message-moderate:1, inside a XEP-0424 retraction),
 * and 0.2 (urn:xmpp:message-moderate:0, inside a XEP-0422 fastening), which Prosody's
 * mod_muc_moderation and other servers in the field still speak.
 */
package im.parley.xmpp.ext.moderation;
