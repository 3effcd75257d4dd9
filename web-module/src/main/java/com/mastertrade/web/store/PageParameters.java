package com.mastertrade.web.store;

import com.mastertrade.shared.http.ControlCharacters;
import com.mastertrade.shared.http.ErrorPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The pages' parameters (query and form), refused like the API's ({@code TextParameters}) when they hold control
 * characters: 422 naming the parameter. Pages read them outside JAX-RS, so this filter stands before the Faces
 * servlet ({@code web.xml}); {@code /orders/status.xhtml?ref=%00} was a 500 from PostgreSQL.
 */
public class PageParameters extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (ControlCharacters.in(name, false)) {
                String shown = ControlCharacters.shown(name);
                refuse(response, shown, "A parameter name holds a control character: " + shown);
                return;
            }
            for (String value : parameter.getValue()) {
                if (ControlCharacters.in(value, false)) {
                    refuse(response, name, name + " holds a control character");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private static void refuse(HttpServletResponse response, String field, String message) throws IOException {
        ErrorPages.write(response, 422, "VALIDATION_FAILED", message, field);
    }
}
