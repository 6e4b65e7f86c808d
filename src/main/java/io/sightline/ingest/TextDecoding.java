package io.sightline.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes to text, in the encoding the input itself declares: a byte order mark first, then the
 * charset of the HTTP Content-Type, then an XML declaration, then an HTML meta charset, else
 * UTF-8. Decoding is strict: invalid bytes reject the input with a reason, rather than storing
 * replacement characters in an article.
 */
public final class TextDecoding {

    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([\\w.:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("charset\\s*=\\s*\"?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);

    /** How far into the input a declaration is looked for. */
    private static final int DECLARATION_BYTES = 4096;

    private TextDecoding() {
    }

    /**
     * @param contentType a Content-Type header value or null; its charset parameter, if any, is used
     *                    when the bytes have no byte order mark
     */
    public static String decode(byte[] bytes, String contentType) throws RejectedInput {
        int skip = 0;
        Charset charset = null;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        if (charset == null) {
            // Images, PDFs and office files have NUL bytes early on; text without a UTF-16 mark does not.
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    throw new RejectedInput("binary content (NUL bytes), not text");
                }
            }
            charset = declaredCharset(bytes, contentType).orElse(StandardCharsets.UTF_8);
        }
        String text;
        try {
            text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (MalformedInputException e) {
            throw new RejectedInput("not valid " + charset.name() + " text (invalid bytes; declare the encoding"
                    + " with a byte order mark, an XML declaration or an HTML meta charset)");
        } catch (CharacterCodingException e) {
            throw new RejectedInput("not valid " + charset.name() + " text: " + e.getMessage());
        }
        if (text.indexOf('\0') >= 0) {
            throw new RejectedInput("binary content (NUL characters), not text");
        }
        return text;
    }

    /** The charset named by the Content-Type, an XML declaration or an HTML meta tag. */
    static Optional<Charset> declaredCharset(byte[] bytes, String contentType) throws RejectedInput {
        if (contentType != null) {
            Matcher parameter = CHARSET_PARAMETER.matcher(contentType);
            if (parameter.find()) {
                return Optional.of(charset(parameter.group(1)));
            }
        }
        // Declarations are ASCII; reading the head as Latin-1 never fails.
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML_ENCODING.matcher(head);
        if (xml.find()) {
            return Optional.of(charset(xml.group(1)));
        }
        if (head.toLowerCase(Locale.ROOT).contains("<html") || head.toLowerCase(Locale.ROOT).contains("<meta")) {
            Matcher meta = META_CHARSET.matcher(head);
            if (meta.find()) {
                return Optional.of(charset(meta.group(1)));
            }
        }
        return Optional.empty();
    }

    private static Charset charset(String name) throws RejectedInput {
        try {
            Charset charset = Charset.forName(name);
            // Browsers read a declared Latin-1 as Windows-1252, and so do we: it is what such pages contain.
            return charset.equals(StandardCharsets.ISO_8859_1) && Charset.isSupported("windows-1252")
                    ? Charset.forName("windows-1252") : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new RejectedInput("unknown character encoding '" + name + "'");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
