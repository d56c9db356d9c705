/** XEP-0172 User Nickname 1.1: in subscription requests and first messages, and as a PEP item. */
package im.parley.xmpp.ext.nick;
