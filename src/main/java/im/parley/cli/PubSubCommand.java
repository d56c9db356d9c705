package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.ItemsPage;
import im.parley.xmpp.ext.pubsub.NodeOptions;
import im.parley.xmpp.ext.pubsub.Subscription;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code pubsub list|subscribe|publish|items} on a PubSub service (XEP-0060). */
@Command(name = "pubsub", description = "Nodes of a PubSub service (XEP-0060): list, subscribe, publish, items.",
        subcommands = {PubSubCommand.ListNodes.class, PubSubCommand.Subscribe.class, PubSubCommand.Publish.class,
                PubSubCommand.Items.class})
final class PubSubCommand extends ParleyCli.Sub {

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_ARGUMENTS.code;
    }

    /** The nested commands reach the account options through this command. */
    abstract static class PubSubSub implements Callable<Integer> {
        @CommandLine.ParentCommand
        PubSubCommand pubsub;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", description = "the service, e.g. pubsub.example.org")
        String service;

        Jid service() {
            return ParleyCli.parseJid(spec.commandLine(), service, "service");
        }

        AccountSession connect() throws Exception {
            return pubsub.parent.connect(spec.commandLine());
        }

        void print(Map<String, Object> fields) {
            spec.commandLine().getOut().println(Json.object(fields));
        }
    }

    @Command(name = "list", description = "Print the service's nodes (or a node's children), one JSON object each.")
    static final class ListNodes extends PubSubSub {
        @Option(names = "--node", description = "list the children of this collection node") String node;

        @Override
        public Integer call() throws Exception {
            Jid at = service();
            try (AccountSession session = connect()) {
                for (var item : session.pubsub().nodes(at, node).join()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("jid", item.jid().toString());
                    f.put("node", item.node());
                    f.put("name", item.name());
                    print(f);
                }
            }
            return 0;
        }
    }

    @Command(name = "subscribe", description = "Subscribe your bare JID to a node.")
    static final class Subscribe extends PubSubSub {
        @Parameters(index = "1", description = "the node") String node;

        @Override
        public Integer call() throws Exception {
            Jid at = service();
            try (AccountSession session = connect()) {
                Subscription s = session.pubsub().subscribe(at, node, session.jid().bare(), NodeOptions.none()).join();
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("subscribed", node);
                f.put("state", s.state() == null ? null : s.state().wireName());
                f.put("subid", s.subid());
                print(f);
            }
            return 0;
        }
    }

    @Command(name = "publish", description = "Publish an item whose payload is one XML element.")
    static final class Publish extends PubSubSub {
        @Parameters(index = "1", description = "the node") String node;
        @Parameters(index = "2", description = "the payload, e.g. \"<entry xmlns='http://www.w3.org/2005/Atom'/>\"")
        String payload;
        @Option(names = "--id", description = "the item id; the service picks one without it") String id;

        @Override
        public Integer call() throws Exception {
            Jid at = service();
            XmlElement element;
            try {
                element = XmlStreamParser.parseDocument(payload.getBytes(StandardCharsets.UTF_8), Limits.defaults());
            } catch (XmlStreamException e) {
                throw new ParameterException(spec.commandLine(), "the payload is not one XML element: " + e.getMessage());
            }
            try (AccountSession session = connect()) {
                String published = session.pubsub().publish(at, node, Item.of(id, element), NodeOptions.none()).join();
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("published", published);
                f.put("node", node);
                print(f);
            }
            return 0;
        }
    }

    @Command(name = "items", description = "Print a node's items, one JSON object each, newest first.")
    static final class Items extends PubSubSub {
        @Parameters(index = "1", description = "the node") String node;
        @Option(names = "--max", description = "only the newest N") Integer max;
        @Option(names = "--id", description = "only the items with these ids") List<String> ids;

        @Override
        public Integer call() throws Exception {
            Jid at = service();
            try (AccountSession session = connect()) {
                ItemsPage page = ids == null ? session.pubsub().items(at, node, max, null).join()
                        : session.pubsub().items(at, node, ids).join();
                for (Item item : page.items()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("id", item.id());
                    f.put("publisher", item.publisher());
                    f.put("payload", item.payload() == null ? null : item.payload().toString());
                    print(f);
                }
            }
            return 0;
        }
    }
}
