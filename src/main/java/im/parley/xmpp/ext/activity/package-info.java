/** XEP-0108 User Activity 1.3: the complete general and specific lists, with text, over PEP. */
package im.parley.xmpp.ext.activity;
