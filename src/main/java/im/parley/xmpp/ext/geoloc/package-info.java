/** XEP-0080 User Location 1.10.0: every field kept, decimals checked, published and cleared over PEP. */
package im.parley.xmpp.ext.geoloc;
