/**
 * The HTTP conventions every WAR of the platform shares: one JSON error shape, the exception mappers that
 * produce it, request ids, security headers, body size limits, the JSON-B settings (snake_case, ISO dates) and
 * the one strict reading of input: bodies ({@link com.mastertrade.shared.http.JsonBodyReader}: one JSON value,
 * the right JSON types, no control characters) and query and path parameters
 * ({@link com.mastertrade.shared.http.TextParameters}). WARs register these providers by package and the servlet
 * filters in their web.xml.
 */
package com.mastertrade.shared.http;
