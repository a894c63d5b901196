package jixiao.overview;

import java.util.List;

/** One page of a list: its rows, how many rows the filters match in all, and the query it answers. */
public record ListPage(List<ListRow> rows, long total, ListQuery query) {

    public ListPage {
        rows = List.copyOf(rows);
    }

    /** How many pages the matching rows fill (at least one, for an empty list). */
    public long pages() {
        return Math.max(1, (total + query.size() - 1) / query.size());
    }
}
