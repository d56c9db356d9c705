/** XEP-0184 Message Delivery Receipts 1.4.0. */
package im.parley.xmpp.ext.receipts;
