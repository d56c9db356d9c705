/** XEP-0118 User Tune 1.3.0: artist, length, rating, source, title, track and URI over PEP. */
package im.parley.xmpp.ext.tune;
