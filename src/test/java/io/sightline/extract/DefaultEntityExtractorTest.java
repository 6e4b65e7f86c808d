package io.sightline.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Plain JUnit tests of the extractor (no Quarkus boot): the seed article and the spec's traps. */
class DefaultEntityExtractorTest {

    static final DefaultEntityExtractor EXTRACTOR = new DefaultEntityExtractor();

    static Extraction x(String text) {
        return EXTRACTOR.extract(text);
    }

    static String seed() throws IOException {
        try (InputStream in = DefaultEntityExtractorTest.class.getResourceAsStream("/seed/000_4a3cdf3e49b9654c.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ------------------------------------------------------------------ the seed

    @Test
    void seedYieldsExactlyItsEntities() throws IOException {
        Extraction e = x(seed());
        assertEquals(Set.of("Li Shangfu", "Vladimir Putin", "Xi Jinping", "Annalena Baerbock", "Emmanuel Macron",
                "Ursula von der Leyen"), e.personNames());
        assertEquals(Set.of("CN", "RU", "US", "UA", "DE", "SA", "IR", "FR"), e.countryCodes());
        assertEquals(Set.of("S-400", "Su-35"), e.weaponNames());
    }

    @Test
    void seedWeaponsCarryTypeAndOrigin() throws IOException {
        Extraction e = x(seed());
        WeaponEntity s400 = e.weapons().get(0);
        assertEquals("S-400", s400.name());
        assertEquals("surface-to-air missile system", s400.type());
        assertEquals(List.of("RU"), s400.origins());
        assertEquals("fighter aircraft", e.weapons().get(1).type());
    }

    @Test
    void seedMentionsPointAtTheText() throws IOException {
        String text = seed();
        Extraction e = x(text);
        for (PersonEntity p : e.people()) {
            for (Mention m : p.mentions()) {
                String s = text.substring(m.start(), m.end());
                assertTrue(p.name().contains(s) || s.contains(p.name().split(" ")[0]), p.name() + " <- " + s);
            }
            assertEquals(p.mentions().stream().sorted().toList(), p.mentions(), "mentions sorted");
        }
        PersonEntity putin = person(e, "Vladimir Putin");
        assertTrue(putin.mentions().size() >= 8, "bare Putin mentions resolve to the full name");
        PersonEntity li = person(e, "Li Shangfu");
        assertTrue(li.mentions().stream().anyMatch(m -> text.substring(m.start(), m.end()).equals("Li")));
        CountryEntity de = e.countries().stream().filter(c -> c.code().equals("DE")).findFirst().orElseThrow();
        assertEquals("German", text.substring(de.mentions().get(0).start(), de.mentions().get(0).end()));
        assertEquals("Germany", de.name());
    }

    @Test
    void listsAreSortedByNameAndCode() throws IOException {
        Extraction e = x(seed());
        List<String> names = e.people().stream().map(PersonEntity::name).toList();
        assertEquals(names.stream().sorted().toList(), names);
        List<String> codes = e.countries().stream().map(CountryEntity::code).toList();
        assertEquals(codes.stream().sorted().toList(), codes);
    }

    @Test
    void titleAndBodyAreExtractedAsOneText() {
        Extraction e = EXTRACTOR.extract("Putin meets Xi", "Russian President Vladimir Putin met Xi Jinping.");
        assertEquals(Set.of("Vladimir Putin", "Xi Jinping"), e.personNames());
        assertEquals(0, person(e, "Vladimir Putin").mentions().get(0).start());
    }

    // ------------------------------------------------------------------ people

    @Test
    void titlesAreNotPartOfTheName() {
        Extraction e = x("Chinese Defence Minister Li Shangfu met German Foreign Minister Annalena Baerbock. "
                + "Chinese President Xi Jinping was absent.");
        assertEquals(Set.of("Li Shangfu", "Annalena Baerbock", "Xi Jinping"), e.personNames());
        String text = "Defence Minister Li Shangfu spoke.";
        Mention m = x(text).people().get(0).mentions().get(0);
        assertEquals("Li Shangfu", text.substring(m.start(), m.end()));
    }

    @Test
    void laterBareSurnamesResolveToTheFullName() {
        String text = "Finnish President Alexander Stubb visited Kyiv. Stubb said the talks were useful. "
                + "Later, Stubb left.";
        Extraction e = x(text);
        assertEquals(Set.of("Alexander Stubb"), e.personNames());
        assertEquals(3, e.people().get(0).mentions().size());
    }

    @Test
    void pronounsAndBareRolesAreNotPeople() {
        Extraction e = x("The minister said he would travel. The president told reporters she disagreed.");
        assertTrue(e.personNames().isEmpty(), e.personNames().toString());
    }

    @Test
    void middleInitialsAreDropped() {
        assertEquals(Set.of("Antony Blinken"), x("Secretary of State Antony J. Blinken spoke.").personNames());
        assertEquals(Set.of("Martha Hollis"), x("Martha T. Hollis said the plan would work.").personNames());
    }

    @Test
    void hyphenatedNamesAndParticles() {
        assertEquals(Set.of("Lee Jae-myung"), x("South Korean President Lee Jae-myung said on Monday.").personNames());
        assertTrue(x("Syria's former leader Bashar al-Assad fled.").personNames().contains("Bashar al-Assad"));
        assertEquals(Set.of("Ursula von der Leyen"),
                x("Commission President Ursula von der Leyen spoke. Later von der Leyen left.").personNames());
    }

    @Test
    void surnameFirstNames() {
        Extraction e = x("North Korean leader Kim Jong Un watched the launch. Kim said it was a success.");
        assertEquals(Set.of("Kim Jong Un"), e.personNames());
        assertEquals(2, e.people().get(0).mentions().size());
    }

    @Test
    void organisationsPlacesWeaponsShipsAndCompaniesAreNotPeople() {
        Extraction e = x("Flights resumed at Ben Gurion Airport. Lockheed Martin and Northrop Grumman won contracts, "
                + "as did General Dynamics and BAE Systems. Britain supplied Storm Shadow missiles. "
                + "The USS Harry S. Truman sailed. According to officials, Western nations agreed on Monday. "
                + "In March the Defence Ministry said nothing.");
        assertTrue(e.personNames().isEmpty(), e.personNames().toString());
    }

    @Test
    void singleUnknownSurnameOnlyWithAnHonorificOrRank() {
        assertEquals(Set.of("Smith"), x("Gen. Smith told the committee the plan was sound.").personNames());
        assertEquals(Set.of("Okafor"), x("We spoke to Mr. Okafor on the phone.").personNames());
        assertTrue(x("Okafor arrived late.").personNames().isEmpty());
    }

    @Test
    void speechVerbsMakeUnknownNamesPeople() {
        assertEquals(Set.of("Tomasz Wrzesniewski"),
                x("\"We are ready,\" said Tomasz Wrzesniewski, a retired officer.").personNames());
    }

    // ------------------------------------------------------------------ countries

    @Test
    void countriesByNameAliasAndDemonym() {
        Extraction e = x("The U.S. and the UK joined Britain, America and USA Today readers. Chinese and "
                + "Russian officials met Ukrainians in Saudi Arabia.");
        assertTrue(e.countryCodes().containsAll(Set.of("US", "GB", "CN", "RU", "UA", "SA")), e.countryCodes().toString());
        assertEquals("United Kingdom", e.countries().stream().filter(c -> c.code().equals("GB")).findFirst()
                .orElseThrow().name());
    }

    @Test
    void citiesAloneAreNotCountries() {
        assertTrue(x("Officials in Moscow, Beijing and Kyiv met at the Kremlin and the Elysee.").countryCodes().isEmpty());
        assertTrue(x("Western nations and European and Middle Eastern leaders met.").countryCodes().isEmpty());
    }

    @Test
    void blockersWinOverCountryWords() {
        assertTrue(x("Ships sailed the South China Sea and the Indian Ocean to Latin America and New Mexico.")
                .countryCodes().isEmpty());
    }

    @Test
    void falseFriends() {
        assertTrue(x("We ate turkey and a Turkey sandwich at dinner.").countryCodes().isEmpty());
        assertEquals(Set.of("TR"), x("Turkey said it would buy more jets.").countryCodes());
        assertFalse(x("Michael Jordan scored 40 points.").countryCodes().contains("JO"));
        assertEquals(Set.of("JO"), x("King Abdullah returned to Jordan on Sunday.").countryCodes());
        assertFalse(x("Atlanta, Georgia hosted the Republican convention; the Georgia governor spoke.")
                .countryCodes().contains("GE"));
        assertTrue(x("Russian troops entered Georgia, near Tbilisi.").countryCodes().contains("GE"));
        assertFalse(x("Chad Wolf said the border was secure.").countryCodes().contains("TD"));
        assertTrue(x("Rebels attacked a base in Chad.").countryCodes().contains("TD"));
    }

    @Test
    void usInCapitals() {
        assertFalse(x("LET US KNOW WHAT YOU THINK").countryCodes().contains("US"));
        assertTrue(x("US SANCTIONS HIT CHINESE FIRMS").countryCodes().contains("US"));
        assertTrue(x("US SANCTIONS HIT CHINESE FIRMS").countryCodes().contains("CN"));
    }

    @Test
    void curlyApostrophes() {
        Extraction e = x("Russia’s army and Ukraine's drones.");
        assertEquals(Set.of("RU", "UA"), e.countryCodes());
        assertEquals("Russia", "Russia’s army".substring(e.countries().get(0).mentions().get(0).start(),
                e.countries().get(0).mentions().get(0).end()));
    }

    // ------------------------------------------------------------------ weapons

    @Test
    void reportingNamesCollapseAndVariantsStayTheMostSpecificSystem() {
        Extraction e = x("Russia moved SA-21 Growler batteries and Su-35S fighters; more S-400 units followed.");
        assertEquals(Set.of("S-400", "Su-35S"), e.weaponNames());
        assertEquals(2, e.weapons().get(0).mentions().size());
    }

    @Test
    void familyFallbackForDesignationsMissingFromTheKnowledgeBase() {
        Extraction e = x("Russia showed the Su-80 mock-up.");
        assertTrue(e.weaponNames().contains("Su-80"), e.weaponNames().toString());
    }

    @Test
    void genericWordsAndLookAlikesAreNotWeapons() {
        Extraction e = x("The G-7 met about COVID-19 on I-95. An A-380 airliner landed. He got an H-1B visa and a "
                + "B-1 visa. Jets, tanks and barrel bombs were used. He drove a UAZ Patriot. She won the javelin "
                + "at the Olympics with a Javelin throw. A tornado hit the town.");
        assertTrue(e.weaponNames().isEmpty(), e.weaponNames().toString());
    }

    @Test
    void ambiguousNamesNeedWeaponContext() {
        assertEquals(Set.of("Patriot"), x("Germany sent two more Patriot batteries.").weaponNames());
        assertTrue(x("He was a true Patriot, his friends said.").weaponNames().isEmpty());
        assertEquals(Set.of("Javelin"), x("Ukraine received Javelin anti-tank missiles.").weaponNames());
    }

    @Test
    void weaponsHaveTypeAndOrigins() {
        WeaponEntity w = x("The Kremlin showed a T-72B3.").weapons().get(0);
        assertEquals("T-72B3", w.name());
        assertEquals("main battle tank", w.type());
        assertEquals(List.of("RU"), w.origins());
    }

    @Test
    void countriesThatSpeakAreStillCountries() {
        assertEquals(Set.of("JO"), x("Jordan said its air force had shot down several drones.").countryCodes());
        Extraction e = x("Senator Chad Whitmore, a Kansas Republican, pressed Army witnesses.");
        assertEquals(Set.of("Chad Whitmore"), e.personNames());
        assertFalse(e.countryCodes().contains("TD"));
    }

    @Test
    void aSurnameAfterATitleResolvesThroughTheLexicon() {
        Extraction e = x("He met the EU Commission President von der Leyen in Brussels. Later von der Leyen left.");
        assertEquals(Set.of("Ursula von der Leyen"), e.personNames());
        assertEquals(2, e.people().get(0).mentions().size());
    }

    @Test
    void hardWrappedLinesDoNotSplitNames() {
        String text = "Japan was ready to use diplomacy to help maintain the security of the Gulf, Prime Minister Yasuhiro\n"
                + "Nakasone said on Tuesday in Tokyo.";
        assertEquals(Set.of("Yasuhiro Nakasone"), x(text).personNames());
    }

    @Test
    void organisationsThatSpeakAreNotPeople() {
        Extraction e = x("Opto Mechanik Inc received contracts. Opto Mechanik said the series included a deal.");
        assertTrue(e.personNames().isEmpty(), e.personNames().toString());
        assertTrue(x("Flights at Ben Gurion resumed, and near Sao Paulo too.").personNames().isEmpty());
    }

    @Test
    void russianNamesWithPatronymicsLoseThePatronymic() {
        assertEquals(Set.of("Vladimir Artyakov", "Natalya Borisova"),
                x("The board members are:\n\nVladimir Vladimirovich Artyakov\n\nNatalya Vladimirovna Borisova\n").personNames());
    }

    @Test
    void sameSentenceSystemsLicenseAmbiguousNames() {
        assertEquals(Set.of("S-300", "Buk"), x("Ukraine defends itself with S-300 and Buk, which work well.").weaponNames());
    }

    @Test
    void middleInitialWithoutFullStopKeepsTheName() {
        assertEquals(Set.of("George W. Bush"), x("US president George W Bush has pledged a tough budget.").personNames());
        assertEquals(Set.of("Harriet Vane"), x("Detective Harriet Q Vane has opened an inquiry.").personNames());
    }

    @Test
    void headlineSurnameMergesIntoTheFullNameOfTheBody() {
        assertEquals(Set.of("Harold Pinch"),
                x("Pinch to tackle budget row head on\nHarold Pinch says he will face the issue.").personNames());
        assertEquals(Set.of("Bruce Willis"), x("Willis sues over film 'injury'\nActor Bruce Willis is suing a studio."
                + " In Tears of the Sun Willis plays a commander.").personNames());
    }

    @Test
    void sharedSurnameGoesToAPersonOfTheText() {
        assertEquals(Set.of("Gary Neville", "Phil Neville"),
                x("Gary Neville and Phil Neville played on Sunday. Mr Neville said it was a fair result.").personNames());
    }

    @Test
    void aTitleLineDoesNotRunIntoTheBylineBelowIt() {
        String text = "Minister Harold R. Pinch On Morning Radio Hour with presenter Imogen Castellane\n"
                + "Harold R. Pinch, Minister of Trade\n\nLondon\n\nQUESTION: Welcome.";
        assertEquals(Set.of("Harold Pinch", "Imogen Castellane"), x(text).personNames());
    }

    @Test
    void organisationsCountriesAndAcronymsAreNotPartOfNames() {
        assertTrue(x("She wrote a history of Tudor England last year.").personNames().isEmpty());
        assertTrue(x("The head of the ruling party, United Russia, spoke.").personNames().isEmpty());
        assertTrue(x("He said the German Government is suspending the project.").personNames().isEmpty());
        assertTrue(x("Oslo will designate the country a Major Non-NATO Ally and a member of the D-ISIS Coalition.")
                .personNames().isEmpty());
        assertEquals(Set.of("Rafael Grossi"), x("In his press conference, IAEA DG Grossi said it was difficult.").personNames());
        assertEquals(Set.of("Daniel Ortega"), x("Under President Daniel Ortega the country suffers; under President Ortega"
                + " Nicaragua is becoming a pariah.").personNames());
    }

    @Test
    void onAndOffBeforeANameAreNotAlwaysPlaces() {
        assertEquals(Set.of("Marc Tessier"), x("Is there any update on Marc Tessier’s case?").personNames());
        assertEquals(Set.of("Tony Haldane"), x("The shot took a deflection off Tony Haldane, but it went wide.").personNames());
        assertTrue(x("Four bombers arrived at the air base on Diego Garcia this week.").personNames().isEmpty());
        assertTrue(x("Two ships anchored off Diego Garcia overnight.").personNames().isEmpty());
    }

    @Test
    void reportersAndSenatorsInBriefings() {
        assertEquals(Set.of("Kylie Marsh"), x("We’ll start with Kylie Marsh of the Daily Post.").personNames());
        assertEquals(Set.of("Missy Ryan"), x("We have time for a few. We’ll start with Missy Ryan of the Post.").personNames());
        assertEquals(Set.of("Van Hollen"), x("Was it everyone on the committee except for Senators Van Hollen and Smith?").personNames());
    }

    @Test
    void britishNewsConventions() {
        assertEquals(Set.of("Howard Newby"),
                x("Its chief executive, Sir Howard Newby, spoke. Sir Howard said the report was fine.").personNames());
        assertEquals(Set.of("Annabella Holmes"),
                x("He went to see his fiancee Annabella Holmes, 47, whom he met there. Ms Holmes is safe.").personNames());
        assertTrue(x("But the Tory MP for Sleaford and North Hykeham admitted the role.").personNames().isEmpty());
        assertTrue(x("Strathclyde Police asked for help. Paramount and Warner Brothers said they agreed.").personNames().isEmpty());
        assertEquals(Set.of("Rafael Benitez"), x("Reds manager Rafael Benitez believes the team can win.").personNames());
        assertEquals(Set.of("Oliver North"), x("He met Oliver North and South Korean officials.").personNames());
    }

    @Test
    void newspapersBandsElectionsAndTemplesAreNotPeople() {
        assertTrue(x("Others, like the French newspaper Le Monde, have applied a different strategy.").personNames().isEmpty());
        assertTrue(x("Leeds band Kaiser Chiefs came fifth, and Glasgow band Franz Ferdinand won.").personNames().isEmpty());
        assertTrue(x("If the Conservatives won the General Election, the Lib Dems warned.").personNames().isEmpty());
        assertTrue(x("The leader will visit the Shri Swaminarayan Mandir Temple in Neasden.").personNames().isEmpty());
        assertEquals(Set.of("Trevor Nelson"), x("Pundits included BBC Radio 1 DJ Trevor Nelson and others.").personNames());
        assertEquals(Set.of("Charlotte Church"), x("Singer Charlotte Church said she was happy.").personNames());
    }

    @Test
    void drNoIsNotAPerson() {
        assertEquals(Set.of("Nolan"), x("Critics loved Dr No and the other films. Mr Nolan said no.").personNames());
    }

    private static PersonEntity person(Extraction e, String name) {
        return e.people().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
