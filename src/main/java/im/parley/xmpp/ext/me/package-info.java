/** XEP-0245 The /me Command 1.0. */
package im.parley.xmpp.ext.me;
