/**
 * XEP-0136 Message Archiving 1.3.1 ({@code urn:xmpp:archive}), deprecated in favour of XEP-0313,
 * for servers that have no MAM: listing collections ({@code <list/>}) and retrieving one
 * ({@code <retrieve/>} answered by a {@code <chat/>}), both paged with XEP-0059. Preferences,
 * manual archiving, removal and replication are not implemented. Prosody does not speak this
 * protocol (and the test ejabberd has only MAM), so it is checked by codec tests on the XEP's
 * examples only, never against a server.
 */
package im.parley.xmpp.ext.archiving;
