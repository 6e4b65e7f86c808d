package io.sightline.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class WriteAccessTest {

    @Test
    void withoutAKeyOnlyLoopbackMayWrite() {
        assertEquals(WriteAccess.Decision.ALLOWED, WriteAccess.decide(Optional.empty(), null, "127.0.0.1", true));
        assertEquals(WriteAccess.Decision.ALLOWED, WriteAccess.decide(Optional.empty(), null, "0:0:0:0:0:0:0:1", true));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, WriteAccess.decide(Optional.empty(), null, "192.168.1.20", true));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, WriteAccess.decide(Optional.empty(), "anything", "10.0.0.1", true));
        // names are never looked up
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, WriteAccess.decide(Optional.empty(), null, "localhost", true));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, WriteAccess.decide(Optional.empty(), null, null, true));
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK,
                WriteAccess.decide(Optional.empty(), null, ClientAddresses.UNKNOWN, true));
    }

    @Test
    void withoutAKeyAFormNeedsItsToken() {
        assertEquals(WriteAccess.Decision.FORM_TOKEN_MISSING_OR_WRONG,
                WriteAccess.decide(Optional.empty(), null, "127.0.0.1", false));
        // from elsewhere the address is what fails
        assertEquals(WriteAccess.Decision.NOT_LOOPBACK, WriteAccess.decide(Optional.empty(), null, "10.0.0.1", false));
    }

    @Test
    void withAKeyEveryoneNeedsItAndItStandsForTheFormToken() {
        Optional<String> key = Optional.of("s3cret");
        assertEquals(WriteAccess.Decision.ALLOWED, WriteAccess.decide(key, "s3cret", "10.0.0.1", true));
        assertEquals(WriteAccess.Decision.ALLOWED, WriteAccess.decide(key, "s3cret", "10.0.0.1", false));
        assertEquals(WriteAccess.Decision.KEY_MISSING_OR_WRONG, WriteAccess.decide(key, null, "127.0.0.1", true));
        assertEquals(WriteAccess.Decision.KEY_MISSING_OR_WRONG, WriteAccess.decide(key, "s3cre", "127.0.0.1", true));
    }
}
