package io.pgdrift.ticket;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a ticket says which database pair it belongs to and which drift it describes, in two forms that survive
 * Linear's Markdown-to-rich-text round trip (HTML comments do not):
 * <ul>
 *   <li>the visible footer line {@code pgdrift · pair <pair> · fingerprint <fp>}, the description's last line;
 *   <li>an attachment with the stable URL {@code https://pgdrift.invalid/pairs/<url-encoded pair>} (the reserved
 *       {@code .invalid} domain of RFC 2606: a well-formed https URL that can never point at someone's site),
 *       found with {@code attachmentsForURL}, whose metadata holds {@code pair} and {@code fingerprint}.
 * </ul>
 * The attachment is the primary key; the footer is the fallback and what a reader sees.
 */
public record PairIdentity(String pair, String fingerprint) {
    static final String FOOTER_PREFIX = "pgdrift · pair ";
    private static final Pattern FOOTER = Pattern.compile("^[\\s*_`>]*pgdrift · pair (.+?) · fingerprint ([0-9A-Za-z]+)[\\s*_`]*$",
            Pattern.MULTILINE);
    /** Backslash escapes a Markdown serialiser may add in front of ASCII punctuation. */
    private static final Pattern ESCAPE = Pattern.compile("\\\\([!-/:-@\\[-`{-~])");

    /** The stable attachment URL of a pair: the same on every night, for every fingerprint. */
    public static String url(String pair) {
        String encoded = URLEncoder.encode(pair, StandardCharsets.UTF_8).replace("+", "%20");
        return URI.create("https://pgdrift.invalid/pairs/" + encoded).toString();
    }

    public String url() {
        return url(pair);
    }

    public String footer() {
        return FOOTER_PREFIX + pair + " · fingerprint " + fingerprint;
    }

    /** The last footer line of a description as Linear returns it (escapes undone), if any. */
    static Optional<PairIdentity> fromDescription(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = FOOTER.matcher(unescape(description));
        PairIdentity found = null;
        while (m.find()) {
            found = new PairIdentity(m.group(1).strip(), m.group(2));
        }
        return Optional.ofNullable(found);
    }

    static String unescape(String markdown) {
        return ESCAPE.matcher(markdown).replaceAll("$1");
    }
}
