package io.sightline.extract;

/**
 * A word or a punctuation mark of a text, with its offsets. {@code key} is the form used for
 * dictionary look-ups: diacritics folded and curly quotes straightened, case kept.
 * {@code afterHyphen} says the token was joined to the previous one by a hyphen ("S-400");
 * {@code afterNewline} that a line break separates it from the previous token (names never span lines).
 */
record Token(String text, String key, int start, int end, boolean word, boolean afterHyphen, boolean afterSpace,
        boolean afterNewline) {

    boolean isCapitalised() {
        return word && Character.isUpperCase(text.codePointAt(0));
    }

    boolean isAllCaps() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    boolean is(String value) {
        return key.equals(value);
    }
}
