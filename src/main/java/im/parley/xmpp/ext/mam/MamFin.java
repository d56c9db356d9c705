package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.rsm.Page;
import java.util.Objects;

/**
 * The {@code <fin/>} that ends a query's results (§4.3.2).
 *
 * @param complete the page reached the end of what matched: no further paging is needed in the
 *     direction asked; absent means false
 * @param stable false when the server says the results may still change; absent means true
 * @param page the archive ids of the page's first and last results, maybe a count
 */
public record MamFin(boolean complete, boolean stable, Page page) {
    public static final String ELEMENT = "fin";

    public MamFin {
        Objects.requireNonNull(page, "page");
    }
}
