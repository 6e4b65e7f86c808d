package io.sightline.net;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * An IP address or a CIDR range ("10.0.0.0/8", "::1", "fe80::/10"), matched against IP
 * literals only: parsing never looks a name up, so a configured range cannot depend on DNS.
 */
public record AddressRange(byte[] network, int prefixLength, String text) {

    /** Parses "address" or "address/prefix"; a bad entry fails with a message naming it. */
    public static AddressRange parse(String text) {
        String entry = text.strip();
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        InetAddress parsed = literal(address).orElseThrow(
                () -> new IllegalArgumentException("'" + text + "' is not an IP address or CIDR range"));
        int maxPrefix = parsed.getAddress().length * 8;
        int prefix = maxPrefix;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException e) {
                prefix = -1;
            }
            if (prefix < 0 || prefix > maxPrefix) {
                throw new IllegalArgumentException("'" + text + "' has a prefix length outside 0.." + maxPrefix);
            }
        }
        return new AddressRange(parsed.getAddress(), prefix, entry);
    }

    /** The address of an IP literal (v4, v6, bracketed v6); empty for anything else, never a lookup. */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[") && value.endsWith("]")) {
            value = value.substring(1, value.length() - 1);
        }
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        boolean v4 = value.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = value.contains(":") && value.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(value)); // a literal: no lookup happens
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            if (candidate.length == 16 && network.length == 4 && isV4Mapped(candidate)) {
                candidate = java.util.Arrays.copyOfRange(candidate, 12, 16);
            } else {
                return false;
            }
        }
        int bits = candidate.length * 8;
        BigInteger mask = prefixLength == 0 ? BigInteger.ZERO
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE).shiftRight(bits - prefixLength)
                        .shiftLeft(bits - prefixLength);
        return new BigInteger(1, candidate).and(mask).equals(new BigInteger(1, network).and(mask));
    }

    private static boolean isV4Mapped(byte[] v6) {
        for (int i = 0; i < 10; i++) {
            if (v6[i] != 0) {
                return false;
            }
        }
        return v6[10] == (byte) 0xff && v6[11] == (byte) 0xff;
    }

    @Override
    public String toString() {
        return text;
    }
}
