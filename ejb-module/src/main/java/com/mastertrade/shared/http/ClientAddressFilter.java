package com.mastertrade.shared.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Finds the client's address once per request ({@link ClientAddress}): the connection's peer, or behind a proxy
 * of {@code MT_TRUSTED_PROXIES} the address that proxy saw. Everything that records or counts an address reads
 * it from there, never from {@code getRemoteAddr()}, which behind a load balancer is the balancer for everyone.
 */
public class ClientAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String SETTING = "mt.trusted-proxies";
    private static final Logger LOG = Logger.getLogger(ClientAddressFilter.class.getName());

    private TrustedProxies proxies = TrustedProxies.NONE;

    @Override
    public void init() {
        proxies = TrustedProxies.parse(ConfigProvider.getConfig()
                .getOptionalValue(SETTING, String.class)
                .orElse(""));
        LOG.config(() -> "Trusted proxies: " + proxies);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String peer = request.getRemoteAddr();
        ClientAddress.set(
                proxies.clientOf(peer, Collections.list(request.getHeaders(ClientAddress.FORWARDED_FOR))),
                proxies.trustsPeer(peer));
        try {
            chain.doFilter(request, response);
        } finally {
            ClientAddress.clear();
        }
    }
}
