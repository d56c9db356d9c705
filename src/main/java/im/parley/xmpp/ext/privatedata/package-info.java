/**
 * XEP-0049 Private XML Storage 1.2: get and set one element by its qualified name. Bookmarks
 * (XEP-0048) stored here would use it; the export of an account (XEP-0227) carries its contents.
 */
package im.parley.xmpp.ext.privatedata;
