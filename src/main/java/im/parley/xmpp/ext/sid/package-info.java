/**
 * XEP-0359 Unique and Stable Stanza IDs 0.7.0: origin-id on what we send, stanza-id read only
 * from the entity that is supposed to have assigned it.
 */
package im.parley.xmpp.ext.sid;
