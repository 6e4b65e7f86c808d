package io.sightline.extract;

import java.util.List;

/** A person by canonical full name ("Vladimir Putin"), with all its mentions (also bare "Putin"). */
public record PersonEntity(String name, List<Mention> mentions) {
}
