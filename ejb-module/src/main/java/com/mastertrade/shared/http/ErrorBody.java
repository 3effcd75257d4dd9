package com.mastertrade.shared.http;

/** {@code {"error": {"code", "message", "field", "request_id"}}}: the body of every failed request. */
public record ErrorBody(Detail error) {

    public static ErrorBody of(String code, String message, String field) {
        return new ErrorBody(new Detail(code, message, field, RequestId.current()));
    }

    /** What went wrong; {@code request_id} finds the server's log line. */
    public record Detail(String code, String message, String field, String requestId) {}
}
