package io.sightline.ingest;

import java.util.List;

/** Reads articles from the text of one input (a file, a request body). */
public interface ArticleFormat {

    /**
     * @param content the whole input as text
     * @param origin  name of the input for messages (a path, "request body")
     * @param source  the publisher to record when the input does not name one
     */
    List<ParsedItem> parse(String content, String origin, String source);
}
