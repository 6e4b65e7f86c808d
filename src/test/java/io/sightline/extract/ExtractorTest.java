package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

import io.sightline.Fixtures;

/** The extractor on the seed and on the traps the product spec names. Plain JUnit: no engine needed. */
class ExtractorTest {

    static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    private static Extraction extract(String text) {
        return EXTRACTOR.extract(text);
    }

    @Test
    void theSeedYieldsExactlyItsPeopleCountriesAndWeapons() {
        String seed = Fixtures.seed();
        int firstLineEnd = seed.indexOf('\n');
        Extraction extraction = EXTRACTOR.extract(seed.substring(0, firstLineEnd), seed.substring(firstLineEnd));
        assertEquals(Set.of("Li Shangfu", "Vladimir Putin", "Xi Jinping", "Annalena Baerbock", "Emmanuel Macron",
                "Ursula von der Leyen"), extraction.personNames());
        assertEquals(Set.of("CN", "RU", "US", "UA", "DE", "SA", "IR", "FR"), extraction.countryCodes());
        assertEquals(Set.of("S-400", "Su-35"), extraction.weaponNames());
        WeaponEntity s400 = extraction.weapons().stream().filter(w -> w.name().equals("S-400")).findFirst().orElseThrow();
        assertEquals("surface-to-air missile system", s400.type());
        assertTrue(s400.origins().contains("RU"), s400.origins().toString());
    }

    @Test
    void titlesAreNotPartOfNamesAndBareSurnamesResolveToTheFullName() {
        String text = "Chinese Defence Minister Li Shangfu met Russian President Vladimir Putin. Li thanked Putin.";
        Extraction extraction = extract(text);
        assertEquals(Set.of("Li Shangfu", "Vladimir Putin"), extraction.personNames());
        PersonEntity putin = extraction.people().stream().filter(p -> p.name().equals("Vladimir Putin")).findFirst()
                .orElseThrow();
        assertEquals(2, putin.mentions().size());
        Mention bare = putin.mentions().get(1);
        assertEquals("Putin", text.substring(bare.start(), bare.end()));
        PersonEntity li = extraction.people().stream().filter(p -> p.name().equals("Li Shangfu")).findFirst().orElseThrow();
        assertEquals(2, li.mentions().size());
    }

    @Test
    void namesWithParticlesHyphensAndInitials() {
        assertEquals(Set.of("Ursula von der Leyen", "Lee Jae-myung"),
                extract("European Commission President Ursula von der Leyen met President Lee Jae-myung.").personNames());
        assertTrue(extract("Secretary of State Antony J. Blinken said so.").personNames().contains("Antony Blinken"));
    }

    @Test
    void pronounsRolesPlacesAndOrganisationsAreNotPeople() {
        Extraction extraction = extract("The minister said he would fly from Ben Gurion Airport. Lockheed Martin "
                + "Corporation and the Ministry of Defence agreed. USS Gerald R. Ford sailed.");
        assertEquals(Set.of(), extraction.personNames());
    }

    @Test
    void countriesByNameAliasAndDemonymButNotCities() {
        Extraction extraction = extract("U.S. and UK officials met Chinese and Russian envoys in Kyiv, Moscow and Beijing.");
        assertEquals(Set.of("US", "GB", "CN", "RU"), extraction.countryCodes());
        assertEquals("United States", extraction.countries().stream().filter(c -> c.code().equals("US"))
                .findFirst().orElseThrow().name());
    }

    @Test
    void countryFalseFriendsAreNotCountries() {
        assertEquals(Set.of(), extract("We roasted a turkey for Thanksgiving dinner; the Turkey was carved at noon.")
                .countryCodes());
        assertEquals(Set.of("TR", "SY"), extract("Troops massed along the Turkey-Syria border.").countryCodes());
        assertEquals(Set.of("TR"), extract("Officials in Turkey said the talks would go on.").countryCodes());
        assertFalse(extract("Michael Jordan played.").countryCodes().contains("JO"));
        assertFalse(extract("In Atlanta, Georgia, Gov. Brian Kemp signed the bill.").countryCodes().contains("GE"));
        assertTrue(extract("Georgia and Armenia met in Tbilisi.").countryCodes().contains("GE"));
        assertEquals(Set.of(), extract("PLEASE LET US KNOW WHAT YOU THINK.").countryCodes());
        assertEquals(Set.of(), extract("Ships crossed the South China Sea toward Latin America and the Indian Ocean.")
                .countryCodes());
        assertTrue(extract("Turkey and Jordan signed a deal.").countryCodes().containsAll(Set.of("TR", "JO")));
    }

    @Test
    void weaponsAreCanonicalisedWithTypeAndOrigin() {
        Extraction extraction = extract("Russia deployed Su-35S jets and SA-21 Growler batteries; Kyiv got F-16s "
                + "and M142 HIMARS launchers.");
        assertEquals(Set.of("Su-35S", "S-400", "F-16", "HIMARS"), extraction.weaponNames());
        assertTrue(extraction.weaponTypes().contains("fighter aircraft"));
    }

    @Test
    void genericWordsAndLookAlikesAreNotWeapons() {
        assertEquals(Set.of(), extract("Jets and tanks dropped barrel bombs.").weaponNames());
        assertEquals(Set.of(), extract("The G-7 met as COVID-19 cases rose along I-95; an Airbus A380 landed and "
                + "a UAZ Patriot drove by.").weaponNames());
        assertEquals(Set.of(), extract("He is a true patriot. The Patriots won the game.").weaponNames());
        assertEquals(Set.of("Patriot"), extract("A Patriot battery intercepted the missile.").weaponNames());
    }

    @Test
    void emptyTextExtractsNothing() {
        assertEquals(Extraction.EMPTY, extract("   "));
    }
}
