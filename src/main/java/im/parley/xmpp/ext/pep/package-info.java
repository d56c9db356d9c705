/**
 * XEP-0163 Personal Eventing Protocol 1.2.2: the user's own PubSub service on their bare JID.
 * Publishing auto-creates the node with the access model asked for as publish-options
 * (presence-subscribers by default); notifications are asked for through {@code +notify} features
 * in disco and caps, and the server then sends each contact's last item on its own.
 */
package im.parley.xmpp.ext.pep;
