/** XEP-0320 Use of DTLS-SRTP in Jingle Sessions 1.0.0. */
package im.parley.xmpp.ext.jingle.dtls;
