/** XEP-0066 Out of Band Data 1.5: the jabber:x:oob message attachment only, not the iq variant. */
package im.parley.xmpp.ext.oob;
