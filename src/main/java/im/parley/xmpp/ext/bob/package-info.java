/**
 * XEP-0231 Bits of Binary 1.1: small data (emoticons, CAPTCHA images) named by the hash of its
 * bytes, sent inline or fetched by that name, cached only once the bytes match it.
 */
package im.parley.xmpp.ext.bob;
