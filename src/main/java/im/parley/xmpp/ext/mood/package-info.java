/** XEP-0107 User Mood 1.2.2: every mood value, with text, published and cleared over PEP. */
package im.parley.xmpp.ext.mood;
