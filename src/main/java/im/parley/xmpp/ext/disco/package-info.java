/** XEP-0030 Service Discovery 2.5.0: disco#info and disco#items, requester and responder. */
package im.parley.xmpp.ext.disco;
