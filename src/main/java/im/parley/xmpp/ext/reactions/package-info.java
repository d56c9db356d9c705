/** XEP-0444 Message Reactions 0.2.1. */
package im.parley.xmpp.ext.reactions;
