package io.sightline.extract;

/** A dictionary match over tokens [start, end) of a {@link TokenisedText}, with what it matched. */
record Span<V>(int start, int end, V value) {
}
