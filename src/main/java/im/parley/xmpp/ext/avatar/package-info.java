/**
 * XEP-0084 User Avatar 1.1.4: data and metadata nodes over PEP, SHA-1 ids. A contact's avatar is
 * fetched only when its metadata announces at most {@link Avatars#MAX_BYTES}; data that is larger
 * or does not hash to its id is refused and logged, never handed on to be decoded as an image.
 */
package im.parley.xmpp.ext.avatar;
