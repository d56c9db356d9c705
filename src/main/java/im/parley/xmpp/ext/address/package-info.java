/**
 * XEP-0033 Extended Stanza Addressing 1.2.1: address headers, multicast through a service found
 * by disco, and bcc addresses kept from what the user is shown of someone else's message.
 */
package im.parley.xmpp.ext.address;
