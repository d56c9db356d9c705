/**
 * The user's profile in the app (issue 13): the editor for avatar, nickname, mood, activity, tune
 * and location with who may see each, and the words and icons contacts' items are shown with.
 */
package im.parley.ui.profile;
