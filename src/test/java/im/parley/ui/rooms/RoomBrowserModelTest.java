package im.parley.ui.rooms;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class RoomBrowserModelTest {
    private static final Jid CHAT = Jid.of("chat.example.org");
    private static final Jid GAMES = Jid.of("games.example.org");

    private static RoomBrowserModel loaded(Map<Jid, List<DiscoItems.Item>> rooms) {
        RoomBrowserModel model = new RoomBrowserModel(new RoomBrowserModel.Directory() {
            @Override
            public CompletableFuture<List<Jid>> services() {
                return CompletableFuture.completedFuture(List.copyOf(rooms.keySet()));
            }

            @Override
            public CompletableFuture<List<DiscoItems.Item>> rooms(Jid service, int cap) {
                return CompletableFuture.completedFuture(rooms.get(service));
            }
        }, Runnable::run);
        model.load();
        return model;
    }

    private static DiscoItems.Item room(String address, String name) {
        return new DiscoItems.Item(Jid.of(address), null, name);
    }

    @Test
    void everyServicesRoomsAreListedByNameAndFilteredByNameOrAddress() {
        RoomBrowserModel model = loaded(new java.util.LinkedHashMap<>(Map.of(
                CHAT, List.of(room("lounge@chat.example.org", "The Lounge"), room("dev@chat.example.org", null)),
                GAMES, List.of(room("chess@games.example.org", "Échecs")))));
        assertThat(model.shown()).extracting(RoomBrowserModel.Listing::title)
                .containsExactly("dev", "Échecs", "The Lounge");
        assertThat(model.statusProperty().get()).isEqualTo("3 rooms");
        model.filterProperty().set("ECHEC");
        assertThat(model.shown()).extracting(l -> l.room().toString()).containsExactly("chess@games.example.org");
        model.filterProperty().set("chat.example");
        assertThat(model.shown()).hasSize(2);
        assertThat(model.statusProperty().get()).isEqualTo("2 of 3 rooms");
    }

    @Test
    void aServerWithoutRoomsSaysSo() {
        RoomBrowserModel model = loaded(Map.of(CHAT, List.of(new DiscoItems.Item(CHAT, null, "not a room"))));
        assertThat(model.shown()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("This server lists no public rooms.");
    }
}
