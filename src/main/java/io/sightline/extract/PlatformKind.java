package io.sightline.extract;

import java.util.Optional;

/**
 * What kind of thing a weapons system is, as the noun a text puts beside a name tells it: a ship,
 * a land vehicle, an aircraft or a munition. A name with a noun of another kind attached is a
 * look-alike, not the system (issue 9): "the patrol boat Leopard" is no Leopard 2 tank, "the
 * corvette Lynx" no Lynx KF41, "Jaguar armoured vehicles" no SEPECAT Jaguar. Nouns are listed in
 * {@code words/platform-nouns.tsv}; types without a kind (air-defence systems, which news calls
 * batteries, launchers or vehicles alike; radars; guns; loitering munitions, called drones or
 * munitions) are never look-alikes by this rule.
 */
public enum PlatformKind {
    VESSEL("vessel"),
    LAND_VEHICLE("land-vehicle"),
    AIRCRAFT("aircraft"),
    MUNITION("munition"),
    /**
     * A head noun of no single kind ("carrier": aircraft carrier or armoured personnel carrier; "tanker";
     * "launcher"): listed so that it ends a compound ("aircraft carrier") without deciding anything.
     */
    UNDETERMINED("undetermined");

    /** As written in the data file. */
    final String column;

    PlatformKind(String column) {
        this.column = column;
    }

    static Optional<PlatformKind> ofColumn(String column) {
        for (PlatformKind kind : values()) {
            if (kind.column.equals(column)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** Ships, land vehicles and aircraft: what can carry another system's name. */
    boolean isPlatform() {
        return this == VESSEL || this == LAND_VEHICLE || this == AIRCRAFT;
    }

    /** The kind of a weapons.tsv type ("frigate" -> VESSEL), empty for the types that have none. */
    static Optional<PlatformKind> ofType(String type) {
        return Optional.ofNullable(switch (type) {
            case "aircraft carrier", "destroyer", "frigate", "corvette", "cruiser", "submarine", "amphibious ship",
                    "patrol vessel", "battleship", "mine countermeasures vessel", "auxiliary ship", ShipContext.WARSHIP -> VESSEL;
            case "main battle tank", "infantry fighting vehicle", "armoured personnel carrier", "armoured vehicle",
                    "self-propelled artillery", "multiple rocket launcher" -> LAND_VEHICLE;
            case "fighter aircraft", "bomber", "attack aircraft", "transport aircraft", "tanker aircraft",
                    "surveillance aircraft", "trainer aircraft", "maritime patrol aircraft", "attack helicopter",
                    "utility helicopter", "transport helicopter", "drone" -> AIRCRAFT;
            case "anti-tank missile", "anti-ship missile", "cruise missile", "ballistic missile", "hypersonic missile",
                    "air-to-air missile", "air-to-surface missile", "guided bomb", "artillery munition", "rocket",
                    "torpedo" -> MUNITION;
            default -> null;
        });
    }
}
