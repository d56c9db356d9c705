/**
 * XEP-0158 CAPTCHA Forms 1.0.1: a challenger's (a room's) data form of challenges, with their
 * media carried as XEP-0231 bits of binary, and the answer submitted back to it.
 */
package im.parley.xmpp.ext.captcha;
