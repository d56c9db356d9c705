/**
 * XEP-0059 Result Set Management 1.0: the {@code <set/>} a request carries to ask for one page
 * of a long result (a size, a position by item id or by index) and the page bounds and count an
 * answer carries, with the requests for the pages next to it.
 */
package im.parley.xmpp.ext.rsm;
