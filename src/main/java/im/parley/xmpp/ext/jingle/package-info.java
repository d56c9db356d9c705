/** XEP-0166 Jingle 1.1.2. */
package im.parley.xmpp.ext.jingle;
