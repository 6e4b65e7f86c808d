package io.sightline.extract;

import java.util.List;

/**
 * A weapons system by canonical name ("S-400"), its type ("surface-to-air missile system")
 * and countries of origin (ISO codes; "SU" for Soviet designs).
 */
public record WeaponEntity(String name, String type, List<String> origins, List<Mention> mentions) {
}
