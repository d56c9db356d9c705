/**
 * XEP-0153 vCard-Based Avatars 1.1.1: the user's photo set in their vCard (XEP-0054) and its
 * SHA-1 in every available presence; a contact's photo fetched from their vCard when their
 * presence announces a hash, and kept only when it is within the avatar bound and hashes to it.
 */
package im.parley.xmpp.ext.vcardavatar;
