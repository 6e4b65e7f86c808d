package io.sightline.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.sightline.extract.ExtractionData.PeriodReading;
import io.sightline.extract.ExtractionData.Weapon;
import io.sightline.extract.ExtractionData.WeaponForm;

/**
 * Issue 9, wave 5: a bare designation that named different systems by period ({@code weapon-periods.tsv}) is read
 * as the system of the period its text speaks of. "B-26" over Korea (1950-53) or Indochina is the Douglas A-26/B-26
 * Invader, over Normandy in 1944 the Martin B-26 Marauder. The evidence is the years and war cues of the mention's
 * paragraph, else of the whole text (a history article moves through periods paragraph by paragraph); the knowledge
 * base's own row wins ties, so a text without dates reads the form as before. Explicit names ("B-26 Invader") are
 * other forms and never come here.
 */
final class PeriodReadings extends FinderRun {

    /** A year a history text names, also inside "1960s" or "1950-53". */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])");

    PeriodReadings(ExtractionContext c) {
        super(c);
    }

    /** The span read in its period: the same span with the period's system, or the span itself. */
    Span<WeaponForm> read(Span<WeaponForm> m) {
        WeaponForm f = m.value();
        if (f.weapon() == null) {
            return m;
        }
        List<PeriodReading> readings = d.weaponPeriods.get(f.form());
        if (readings == null) {
            return m;
        }
        String all = t.text;
        int at = t.start[m.start()];
        int from = all.lastIndexOf('\n', at) + 1;
        int to = all.indexOf('\n', at);
        Weapon chosen = choose(readings, f.weapon(), all.substring(from, to < 0 ? all.length() : to));
        if (chosen == null) {
            chosen = choose(readings, f.weapon(), all);
        }
        if (chosen == null || chosen == f.weapon()) {
            return m;
        }
        return new Span<>(m.start(), m.end(), new WeaponForm(chosen, f.form(), f.needsContext(), f.blocked()));
    }

    /** The reading with the most evidence in the text if it beats the default's; null when the text has none. */
    private static Weapon choose(List<PeriodReading> readings, Weapon fallback, String text) {
        int[] score = new int[readings.size()];
        Matcher years = YEAR.matcher(text);
        boolean any = false;
        while (years.find()) {
            int year = Integer.parseInt(years.group());
            for (int r = 0; r < readings.size(); r++) {
                if (year >= readings.get(r).from() && year <= readings.get(r).to()) {
                    score[r]++;
                    any = true;
                }
            }
        }
        for (int r = 0; r < readings.size(); r++) {
            for (String cue : readings.get(r).cues()) {
                int count = occurrences(text, cue);
                score[r] += count;
                any |= count > 0;
            }
        }
        if (!any) {
            return null;
        }
        int best = -1;
        int fallbackScore = 0;
        for (int r = 0; r < readings.size(); r++) {
            if (readings.get(r).weapon() == fallback) {
                fallbackScore = score[r];
            }
            if (best < 0 || score[r] > score[best]) {
                best = r;
            }
        }
        return score[best] > fallbackScore ? readings.get(best).weapon() : fallback;
    }

    /** Whole-word, case-sensitive occurrences of a cue. */
    private static int occurrences(String text, String cue) {
        int count = 0;
        for (int at = text.indexOf(cue); at >= 0; at = text.indexOf(cue, at + cue.length())) {
            int end = at + cue.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                count++;
            }
        }
        return count;
    }
}
