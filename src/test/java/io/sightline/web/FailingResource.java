package io.sightline.web;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.search.util.common.SearchException;

/**
 * Test-only endpoints (src/test: never part of the application) that fail the way a bug or a
 * stopped engine makes a request fail, so that the error pages can be checked.
 */
@Path("/test-only")
public class FailingResource {

    @GET
    @Path("bug")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public String bug() {
        throw new IllegalStateException("a bug deep inside, with a secret detail");
    }

    /** The failure Hibernate Search reports when the engine's port refuses connections: a real refused connection. */
    @GET
    @Path("engine-down")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public String engineDown() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (Socket refused = new Socket("127.0.0.1", closedPort)) {
            throw new IllegalStateException("port " + closedPort + " unexpectedly accepted a connection");
        } catch (ConnectException refused) {
            throw new SearchException("HSEARCH400588: Call to the Elasticsearch cluster failed", refused);
        }
    }
}
