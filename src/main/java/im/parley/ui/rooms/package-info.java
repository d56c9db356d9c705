/** Group rooms in the app (XEP-0045): joining, the room's conversation and its occupants. */
package im.parley.ui.rooms;
