/**
 * XEP-0071 XHTML-IM 1.5.4: incoming markup is cut down to the recommended profile (§7-§8) and
 * remote images are never fetched, only reported for the user's consent; outgoing markup is made
 * from simple formatted runs, always next to the plain body.
 */
package im.parley.xmpp.ext.xhtml;
