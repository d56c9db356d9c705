/** The quick switcher (Ctrl+K): jump to any conversation or contact of any account by typing. */
package im.parley.ui.switcher;
