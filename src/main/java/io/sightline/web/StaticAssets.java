package io.sightline.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * The pages' stylesheet and scripts under URLs that contain a hash of their content
 * ({@code /assets/style.3fa9c2d1e0b4.css}), answered with a one-year immutable Cache-Control: a
 * browser fetches each version once and never revalidates, and a changed file gets a new URL.
 * Templates write the URLs with {@code {inject:assets.url('style.css')}}. The files stay in
 * META-INF/resources, where their plain URLs keep working (revalidated as usual).
 */
@ApplicationScoped
@Named("assets")
@Path("/assets")
public class StaticAssets {

    /** The files served with hashed names. */
    static final List<String> FILES = List.of("style.css", "suggest.js", "filters.js");
    static final String CACHE_FOREVER = "public, max-age=31536000, immutable";

    /** An asset's content and the type it is served as. */
    record Asset(String hashedName, String mediaType, byte[] content) {
    }

    private final Map<String, Asset> byName = new LinkedHashMap<>();
    private final Map<String, Asset> byHashedName = new LinkedHashMap<>();

    StaticAssets() {
        for (String name : FILES) {
            byte[] content = read("META-INF/resources/" + name);
            int dot = name.lastIndexOf('.');
            String hashed = name.substring(0, dot) + "." + hash(content) + name.substring(dot);
            String type = name.endsWith(".css") ? "text/css;charset=UTF-8" : "text/javascript;charset=UTF-8";
            Asset asset = new Asset(hashed, type, content);
            byName.put(name, asset);
            byHashedName.put(hashed, asset);
        }
    }

    /** The content-hashed URL of an asset, e.g. {@code /assets/style.3fa9c2d1e0b4.css}. */
    public String url(String name) {
        Asset asset = byName.get(name);
        if (asset == null) {
            throw new IllegalArgumentException("not a hashed asset: " + name + " (add it to StaticAssets.FILES)");
        }
        return "/assets/" + asset.hashedName();
    }

    @GET
    @Path("{file}")
    public Response file(@PathParam("file") String file) {
        Asset asset = byHashedName.get(file);
        if (asset == null) {
            throw new NotFoundException("No asset " + file);
        }
        return Response.ok(asset.content()).type(asset.mediaType())
                .header(HttpHeaders.CACHE_CONTROL, CACHE_FOREVER).build();
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing web asset " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read web asset " + resource, e);
        }
    }

    private static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
