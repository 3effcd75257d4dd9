package com.mastertrade.shared.http;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The proxies whose {@code X-Forwarded-For} is believed ({@code MT_TRUSTED_PROXIES}: addresses and CIDR ranges,
 * comma-separated; none by default). A request from anyone else is its own client, whatever it claims. From a
 * trusted proxy, the chain is read from the right, the hop each proxy appended, skipping trusted hops: the first
 * address that is not a trusted proxy is the client; what stands left of it was written by the client and is
 * ignored.
 */
public final class TrustedProxies {

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** Reads the setting; a bad entry is an error, not an entry quietly left out of a security setting. */
    public static TrustedProxies parse(String setting) {
        List<Range> ranges = new ArrayList<>();
        if (setting != null) {
            for (String entry : setting.split(",", -1)) {
                if (!entry.isBlank()) {
                    ranges.add(Range.parse(entry.trim()));
                }
            }
        }
        return new TrustedProxies(ranges);
    }

    /**
     * The client's address: the connection's peer, or when the peer is a trusted proxy the right-most untrusted
     * hop of {@code forwardedFor} (every {@code X-Forwarded-For} field of the request, in order). A malformed hop
     * ends the walk at the last trusted one, which then is the client.
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpAddresses.parseHop(peer);
        if (peerAddress.isEmpty()) {
            return peer;
        }
        InetAddress client = peerAddress.get();
        List<String> hops = new ArrayList<>();
        for (String field : forwardedFor) {
            for (String hop : field.split(",", 0)) { // 0: a trailing empty hop is dropped, as the header allows
                hops.add(hop);
            }
        }
        for (int i = hops.size() - 1; i >= 0 && trusts(client); i--) {
            Optional<InetAddress> hop = IpAddresses.parseHop(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
        }
        return IpAddresses.text(client);
    }

    /** Whether the connection's peer is one of the trusted proxies. */
    public boolean trustsPeer(String peer) {
        return IpAddresses.parseHop(peer).filter(this::trusts).isPresent();
    }

    boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    @Override
    public String toString() {
        return ranges.toString();
    }

    /** One address, or a network in CIDR notation. */
    @SuppressWarnings("ArrayRecordComponent") // never compared: matched byte by byte in contains()
    private record Range(byte[] network, int prefixBits, String text) {

        static Range parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = IpAddresses.parse(address)
                    .map(InetAddress::getAddress)
                    .orElseThrow(() -> new IllegalArgumentException(
                            "MT_TRUSTED_PROXIES: '" + entry + "' is not an IP address or CIDR range"));
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("MT_TRUSTED_PROXIES: '" + entry + "' has a bad prefix length");
                }
            }
            return new Range(bytes, bits, entry);
        }

        boolean contains(InetAddress candidate) {
            byte[] bytes = candidate.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
