/** XEP-0177 Jingle Raw UDP Transport Method 1.1.1. */
package im.parley.xmpp.ext.jingle.rawudp;
