package com.mastertrade.shared.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Refuses, with the JSON error shape, the requests whose form {@link RequestShape} rejects, before any other
 * code reads them. Runs right after the request id and the protective headers, so its answers carry both.
 */
public class RequestShapeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String query = request.getQueryString();
        String target = query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
        RequestShape.Refusal refusal = RequestShape.check(request.getMethod(), target, fields(request));
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        if (refusal.status() == 405) {
            response.setHeader("Allow", RequestShape.SERVED_METHODS);
        }
        ErrorPages.write(response, refusal.status(), refusal.code(), refusal.message());
    }

    private static List<Map.Entry<String, String>> fields(HttpServletRequest request) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                fields.add(Map.entry(name, value));
            }
        }
        return fields;
    }
}
