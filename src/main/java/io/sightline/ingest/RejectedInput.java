package io.sightline.ingest;

/** An input that cannot be read at all (undecodable bytes, a zip bomb...): the reason is for the user. */
public class RejectedInput extends Exception {

    public RejectedInput(String reason) {
        super(reason, null, false, false);
    }
}
