/** XEP-0352 Client State Indication 1.0.0: tell the server whether the user is looking. */
package im.parley.xmpp.ext.csi;
