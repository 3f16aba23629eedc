package briefing.serve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which {@code Host} a request may name for the preview to answer it. A web page the editor visits
 * can make its own domain name point at this machine (DNS rebinding) and then read the unpublished
 * preview as if it were its own; the browser still sends that domain name as the {@code Host}. So
 * the preview answers only requests made to an address (such as {@code 127.0.0.1} or the address
 * it listens on), to {@code localhost}, or to a name the editor allowed with {@code --allow-host}.
 */
final class HostCheck {
    private final Set<String> names = new TreeSet<>();

    HostCheck(Iterable<String> allowed) {
        names.add("localhost");
        for (String name : allowed) {
            names.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Whether a request with this {@code Host} header (null when it has none) is answered. */
    boolean allows(String host) {
        if (host == null) {
            return true; // not sent by any browser: a browser always names the host
        }
        String name = withoutPort(host.trim().toLowerCase(Locale.ROOT));
        return names.contains(name) || name.endsWith(".localhost") || isAddress(name);
    }

    /** The names allowed besides addresses, for the refusal's wording. */
    Set<String> names() {
        return names;
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int close = host.indexOf(']');
            return close < 0 ? host : host.substring(0, close + 1);
        }
        int colon = host.lastIndexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** An IPv4 address in dotted form, or an IPv6 address in brackets: no name to rebind. */
    private static boolean isAddress(String host) {
        if (host.startsWith("[") && host.endsWith("]")) {
            String inner = host.substring(1, host.length() - 1);
            return !inner.isEmpty() && inner.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.');
        }
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }
}
