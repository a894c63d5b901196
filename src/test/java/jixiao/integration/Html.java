package jixiao.integration;

import static org.assertj.core.api.Assertions.assertThat;

/** What a page shows, read from its HTML as a test needs it. */
public final class Html {

    private Html() {}

    /**
     * The text of the element with this id as a browser shows it: inner tags removed, white space collapsed and the
     * characters the page escapes read back.
     */
    public static String textOf(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as("an element " + id + " in the page").isPositive();
        int open = html.lastIndexOf('<', start);
        String tag = html.substring(open + 1, html.indexOf(' ', open));
        int from = html.indexOf('>', start) + 1;
        int end = html.indexOf("</" + tag + ">", from);
        return html.substring(from, end)
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .trim()
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
