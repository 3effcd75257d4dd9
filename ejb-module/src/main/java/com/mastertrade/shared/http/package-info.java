/**
 * The HTTP conventions every WAR of the platform shares: one JSON error shape, the exception mappers that
 * produce it, request ids, security headers, body size limits and the JSON-B settings (snake_case, ISO
 * dates). WARs register these providers by package and the servlet filters in their web.xml.
 */
package com.mastertrade.shared.http;
