/**
 * XEP-0402 PEP Native Bookmarks 1.2.0: one item per room on the user's {@code urn:xmpp:bookmarks:1}
 * PEP node, kept private by publish-options; other clients' changes arrive as notifications, believed
 * only from the account's own bare JID. XEP-0048 Bookmarks 1.2 in Private XML Storage (XEP-0049)
 * where the server has no PEP with publish-options; where it has both without unifying them, the
 * XEP-0048 rooms are moved into XEP-0402 once.
 */
package im.parley.xmpp.ext.bookmarks;
