/** XEP-0176 Jingle ICE-UDP Transport Method 1.1.1. */
package im.parley.xmpp.ext.jingle.iceudp;
