/**
 * XEP-0060 Publish-Subscribe 1.30.0, client side: the {@code pubsub}, {@code pubsub#owner},
 * {@code pubsub#event} and {@code pubsub#errors} payloads; discovery, subscriptions with their
 * options, items with RSM, publishing with publish-options, retraction, node creation,
 * configuration, purge and deletion, owners' subscription and affiliation management, and
 * notifications accepted only from the service that sends them.
 */
package im.parley.xmpp.ext.pubsub;
