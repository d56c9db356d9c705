/** XEP-0172 User Nickname 1.1: in subscription requests and first messages (no PEP yet). */
package im.parley.xmpp.ext.nick;
