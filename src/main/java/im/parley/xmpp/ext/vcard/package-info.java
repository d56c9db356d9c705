/**
 * XEP-0054 vcard-temp 1.3.0: the user's own vCard got and set, others' got; the vCard is kept
 * whole with typed access to FN, NICKNAME and an inline PHOTO. vCard-based avatars are ext.vcardavatar's (XEP-0153).
 */
package im.parley.xmpp.ext.vcard;
