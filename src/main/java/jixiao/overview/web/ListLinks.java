package jixiao.overview.web;

import jixiao.overview.ListColumn;
import jixiao.overview.ListQuery;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page, each the current search with one thing changed: a column's sort, a page, a filter taken
 * away, the export of the same rows. Paths without the context path (the template's {@code @{…}} adds it).
 */
public final class ListLinks {

    private final String path;
    private final MultiValueMap<String, String> params;
    private final ListQuery query;

    ListLinks(String path, MultiValueMap<String, String> params, ListQuery query) {
        this.path = path;
        this.params = new LinkedMultiValueMap<>(params);
        this.params.remove("_csrf");
        this.query = query;
    }

    /** The list sorted by a column: ascending first, then the other way on the column already sorted by. */
    public String sort(String column) {
        ListColumn target = ListColumn.named(column).orElseThrow();
        boolean descending = target == query.sort() && !query.descending();
        MultiValueMap<String, String> changed = copy();
        changed.remove("page");
        changed.set("sort", target.parameter());
        changed.set("dir", descending ? "desc" : "asc");
        return link(path, changed);
    }

    /** The sort mark of a column's heading: ▲, ▼ or nothing. */
    public String mark(String column) {
        ListColumn target = ListColumn.named(column).orElseThrow();
        if (target != query.sort()) {
            return "";
        }
        return query.descending() ? "▼" : "▲";
    }

    /**
     * Whether a filter narrows the list (a year, the order and the page do not): an empty list then says that nothing
     * matches, not that there is nothing.
     */
    public boolean filtered() {
        return params.entrySet().stream()
                .filter(param -> !NOT_FILTERS.contains(param.getKey()))
                .anyMatch(param -> param.getValue().stream().anyMatch(value -> value != null && !value.isBlank()));
    }

    /** The parameters that choose the year, the order and the page, not the rows. */
    private static final java.util.Set<String> NOT_FILTERS =
            java.util.Set.of("year", "sort", "dir", "page", "size", "lang");

    /** The same rows on another page. */
    public String page(long page) {
        MultiValueMap<String, String> changed = copy();
        changed.set("page", String.valueOf(page));
        return link(path, changed);
    }

    /** The same rows, {@code size} a page, from the first page. */
    public String size(int size) {
        MultiValueMap<String, String> changed = copy();
        changed.set("size", String.valueOf(size));
        changed.remove("page");
        return link(path, changed);
    }

    /** The same search without one of its filters. */
    public String without(String parameter) {
        MultiValueMap<String, String> changed = copy();
        changed.remove(parameter);
        changed.remove("page");
        return link(path, changed);
    }

    /** The current search as a query string (for a form that comes back to it). */
    public String current() {
        return link(path, params);
    }

    /** The export of every row of the same search. */
    public String export(String exportPath) {
        MultiValueMap<String, String> changed = copy();
        changed.remove("page");
        changed.remove("size");
        return link(exportPath, changed);
    }

    /** The value of a parameter as given, for the search form. */
    public String value(String parameter) {
        String value = params.getFirst(parameter);
        return value == null ? "" : value;
    }

    private MultiValueMap<String, String> copy() {
        return new LinkedMultiValueMap<>(params);
    }

    static String link(String path, MultiValueMap<String, String> params) {
        MultiValueMap<String, String> shown = new LinkedMultiValueMap<>();
        params.forEach((name, values) -> values.stream()
                .filter(value -> value != null && !value.isBlank())
                .forEach(value -> shown.add(name, value)));
        return UriComponentsBuilder.fromPath(path)
                .queryParams(shown)
                .encode()
                .build()
                .toUriString();
    }
}
