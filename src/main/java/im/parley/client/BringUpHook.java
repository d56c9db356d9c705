package im.parley.client;

import java.util.concurrent.CompletionStage;

/**
 * A step of bringing up a fresh (not resumed) session, after the roster, carbons, client state
 * and presence: a room rejoin, an archive catch-up. Hooks run one after another, in the order
 * they were added; a failing hook is logged and the next one still runs.
 */
@FunctionalInterface
public interface BringUpHook {
    CompletionStage<?> bringUp(AccountSession session);
}
