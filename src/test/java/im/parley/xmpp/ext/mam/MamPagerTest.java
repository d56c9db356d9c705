package im.parley.xmpp.ext.mam;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** XEP-0313 §4.3 paging, forward by after and backward by before, against an archive in memory that answers as Prosody does. */
class MamPagerTest {
    private final List<String> archive = IntStream.range(0, 600).mapToObj(i -> "id" + i).toList();
    private final List<PageRequest> asked = new ArrayList<>();

    /** Up to max items after or before an id, chronological; complete when nothing lies beyond. */
    private CompletableFuture<MamPage> answer(PageRequest r) {
        asked.add(r);
        int from;
        int to;
        if (r.before() != null) {
            to = r.before().isEmpty() ? archive.size() : archive.indexOf(r.before());
            from = Math.max(0, to - r.max());
        } else {
            from = r.after() == null ? 0 : archive.indexOf(r.after()) + 1;
            to = Math.min(archive.size(), from + r.max());
        }
        List<ArchivedMessage> items = archive.subList(from, to).stream()
                .map(id -> new ArchivedMessage(id, Instant.EPOCH, Message.builder().body(id).build())).toList();
        boolean complete = r.before() != null ? from == 0 : to == archive.size();
        Page set = items.isEmpty() ? new Page(null, null, null, null)
                : new Page(items.get(0).id(), null, items.get(items.size() - 1).id(), archive.size());
        return CompletableFuture.completedFuture(new MamPage(items, complete, true, set));
    }

    private static List<String> ids(List<MamPage> pages) {
        return pages.stream().flatMap(p -> p.messages().stream()).map(ArchivedMessage::id).toList();
    }

    @Test
    void forwardFromTheStartGetsEverythingOnceInOrder() throws Exception {
        List<MamPage> pages = new ArrayList<>();
        PagingResult r = new Pager(this::answer, 250, PageHandler.each(pages::add)).forward(null)
                .get(1, TimeUnit.SECONDS);

        assertThat(ids(pages)).isEqualTo(archive);
        assertThat(pages).extracting(p -> p.messages().size()).containsExactly(250, 250, 100);
        assertThat(r).isEqualTo(new PagingResult(3, 600, "id599", true));
        assertThat(asked).extracting(PageRequest::after).containsExactly(null, "id249", "id499");
    }

    @Test
    void forwardFromAMiddleIdGetsExactlyTheRest() throws Exception {
        List<MamPage> pages = new ArrayList<>();
        PagingResult r = new Pager(this::answer, 250, PageHandler.each(pages::add)).forward("id299")
                .get(1, TimeUnit.SECONDS);

        assertThat(ids(pages)).isEqualTo(archive.subList(300, 600));
        assertThat(r).isEqualTo(new PagingResult(2, 300, "id599", true));
    }

    @Test
    void backwardFromTheNewestGetsOlderPagesEachInOrder() throws Exception {
        List<MamPage> pages = new ArrayList<>();
        PagingResult r = new Pager(this::answer, 250, PageHandler.each(pages::add)).backward(null)
                .get(1, TimeUnit.SECONDS);

        assertThat(ids(pages.subList(0, 1))).isEqualTo(archive.subList(350, 600));
        assertThat(ids(List.of(pages.get(2), pages.get(1), pages.get(0)))).isEqualTo(archive);
        assertThat(r).isEqualTo(new PagingResult(3, 600, "id0", true));
        assertThat(asked).extracting(PageRequest::before).containsExactly("", "id350", "id100");
    }

    @Test
    void theHandlerDecidesWhenToStopAndTheNextPageWaitsForIt() throws Exception {
        CompletableFuture<Boolean> stored = new CompletableFuture<>();
        List<MamPage> pages = new ArrayList<>();
        CompletableFuture<PagingResult> paging = new Pager(this::answer, 100, page -> {
            pages.add(page);
            return pages.size() == 1 ? stored : CompletableFuture.completedFuture(false);
        }).forward(null);

        assertThat(asked).hasSize(1);
        stored.complete(true);
        PagingResult r = paging.get(1, TimeUnit.SECONDS);

        assertThat(asked).hasSize(2);
        assertThat(r).isEqualTo(new PagingResult(2, 200, "id199", false));
    }

    @Test
    void aServerThatNeverMovesOnDoesNotLoop() throws Exception {
        MamPage same = answer(PageRequest.first(10)).get();
        PagingResult r = new Pager(req -> {
            asked.add(req);
            return CompletableFuture.completedFuture(new MamPage(same.messages(), false, true, same.set()));
        }, 10, PageHandler.each(p -> { })).forward(null).get(1, TimeUnit.SECONDS);

        assertThat(r.reachedEnd()).isFalse();
        assertThat(asked).hasSizeLessThanOrEqualTo(3);
    }
}
