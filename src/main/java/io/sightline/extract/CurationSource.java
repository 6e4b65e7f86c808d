package io.sightline.extract;

/** Where the extractor gets the curators' rules from (the curation log, in the database). */
public interface CurationSource {

    /** The rules in force now. */
    CurationTable current();
}
