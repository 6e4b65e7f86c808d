package io.sightline.extract;

/** Where an entity is mentioned: character offsets [start, end) into the extracted text. */
public record Mention(int start, int end) implements Comparable<Mention> {

    @Override
    public int compareTo(Mention other) {
        return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
    }
}
