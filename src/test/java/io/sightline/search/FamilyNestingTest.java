package io.sightline.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nesting of the weapons facet's flat values, a table of cases: input values "name:count" (a
 * leading '+' marks a selected value, '-' an excluded one), top-level size, and the expected
 * outline ("family[variant,variant]").
 */
class FamilyNestingTest {

    private static final Map<String, String> FAMILIES = Map.of(
            "Leopard 2A8", "Leopard 2", "Leopard 2A7", "Leopard 2", "KC-46A", "KC-46", "Su-35S", "Su-35");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("no families", "S-400:4 T-72:2", 10, "S-400 T-72"),
                Arguments.of("variants under their family, in count order",
                        "Leopard 2:5 S-400:4 Leopard 2A8:3 Leopard 2A7:1", 10, "Leopard 2[Leopard 2A8,Leopard 2A7] S-400"),
                Arguments.of("a variant whose family is not among the values stays at the top",
                        "Su-35S:2 S-400:1", 10, "Su-35S S-400"),
                Arguments.of("variants take no top-level place",
                        "Leopard 2:5 Leopard 2A8:3 Leopard 2A7:1 KC-46:1 KC-46A:1 S-400:1", 2,
                        "Leopard 2[Leopard 2A8,Leopard 2A7] KC-46[KC-46A]"),
                Arguments.of("a selected value beyond the size is kept",
                        "Leopard 2:5 KC-46:2 +S-400:1", 1, "Leopard 2 +S-400"),
                Arguments.of("a family whose selected variant is beyond the size is kept",
                        "Leopard 2:5 KC-46:2 +KC-46A:2", 1, "Leopard 2 KC-46[+KC-46A]"),
                Arguments.of("an excluded value stays at the top, never nested",
                        "Leopard 2:5 -Leopard 2A8:0", 10, "Leopard 2 -Leopard 2A8"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void nests(String description, String values, int size, String expected) {
        List<FacetValue> flat = new ArrayList<>();
        for (String item : values.split(" (?=[+-]?[A-Z])")) {
            boolean selected = item.startsWith("+");
            boolean excluded = item.startsWith("-");
            String bare = selected || excluded ? item.substring(1) : item;
            int colon = bare.lastIndexOf(':');
            flat.add(new FacetValue(bare.substring(0, colon), bare.substring(0, colon),
                    Long.parseLong(bare.substring(colon + 1)), selected, excluded));
        }
        List<FacetValue> nested = FamilyNesting.nest(flat, value -> Optional.ofNullable(FAMILIES.get(value)), size);
        assertEquals(expected, String.join(" ", nested.stream().map(FamilyNestingTest::outline).toList()));
    }

    private static String outline(FacetValue value) {
        String mark = value.selected() ? "+" : value.excluded() ? "-" : "";
        return mark + value.value() + (value.variants().isEmpty() ? ""
                : "[" + String.join(",", value.variants().stream().map(FamilyNestingTest::outline).toList()) + "]");
    }
}
