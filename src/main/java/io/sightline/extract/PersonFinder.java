package io.sightline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * People: capitalised runs after titles ({@code person-titles.tsv}) and nationality words are
 * stripped from their front, judged by the known-people lexicon, given names, surname-first
 * names, titles, age appositives and speech verbs; canonicalised through the lexicon; bare later
 * mentions ("Putin", "Li", "Mr. Smith") resolved to the full names of the same text. See
 * docs/extraction.md for the rules and the cases behind them.
 *
 * <p>Middle initials are dropped from every name ("Antony J. Blinken" and an unknown
 * "John Q. Public" become "Antony Blinken" and "John Public"), as are patronymics and suffixes.
 *
 * <p>The stages, one class each over the state they share ({@link PersonRun}): {@link TitleCues},
 * {@link PersonScanner}, {@link NameRules}, {@link NameMerging}.
 */
final class PersonFinder implements EntityFinder {

    @Override
    public EntityType type() {
        return EntityType.PERSON;
    }

    @Override
    public boolean claimsTokens() {
        return true;
    }

    @Override
    public void match(ExtractionContext context) {
        new TitleCues(context, new PersonRun.Found()).matchTitles();
        context.knownPeople = SpanIndex.longestAtWordStarts(context.data.peopleTrie, context.text);
    }

    /**
     * The stages in order: scan the capitalised runs and judge each (titles, name-shape rules), then
     * resolve what needs the whole text (lists, bare and short names, nested names).
     */
    @Override
    public List<PersonEntity> resolve(ExtractionContext context) {
        PersonRun.Found found = new PersonRun.Found();
        TitleCues titles = new TitleCues(context, found);
        NameRules rules = new NameRules(context, found);
        NameMerging merging = new NameMerging(context, found, titles, rules);
        new PersonScanner(context, found, titles, rules).findPeople();
        merging.acceptListedNames();
        merging.resolveBareMentions();
        merging.mergeNestedNames();
        if (!found.orgPhrases.isEmpty()) {
            found.people.keySet().removeIf(name -> found.orgPhrases.contains(Tokens.fold(name))
                    && context.data.personByForm.get(Tokens.fold(name)) == null);
        }
        List<PersonEntity> persons = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : found.people.entrySet()) {
            List<Mention> ms = new ArrayList<>(new TreeSet<>(e.getValue()));
            persons.add(new PersonEntity(e.getKey(), List.copyOf(ms)));
        }
        return List.copyOf(persons);
    }
}
