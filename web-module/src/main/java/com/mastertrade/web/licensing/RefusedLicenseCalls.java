package com.mastertrade.web.licensing;

import com.mastertrade.licensing.LicenseDesk;
import com.mastertrade.shared.MastertradeException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * A licence call whose body is refused as it is read (not one JSON value, a wrong type, a control character:
 * {@code JsonBodyReader}) is answered signed by its key's store all the same, like every other refusal of the
 * licence API: WinDev programs name no store, their key does, so the key is looked for in the refused body.
 * Nothing is done for a body that reads well: the call itself finds its store.
 */
@Provider
@ApplicationScoped
public class RefusedLicenseCalls implements ReaderInterceptor {

    @Inject
    LicenseDesk desk;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!LicenseApiCall.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (MastertradeException refused) {
            keyOf(body)
                    .flatMap(desk::locate)
                    .ifPresent(located -> SignedAnswerStore.signWithKeysOf(context, located.store()));
            throw refused;
        }
    }

    /** The {@code key} of the body's object, if it comes before whatever is wrong with the body. */
    static Optional<String> keyOf(byte[] body) {
        try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                return Optional.empty();
            }
            for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
                String name = parser.getString();
                Event value = parser.next();
                if (name.equals("key") && value == Event.VALUE_STRING) {
                    return Optional.of(parser.getString());
                }
                if (value == Event.START_OBJECT) {
                    parser.skipObject();
                } else if (value == Event.START_ARRAY) {
                    parser.skipArray();
                }
            }
        } catch (JsonException | NoSuchElementException unreadable) {
            // The key is not before the fault: the answer goes out as the request's store signs it.
        }
        return Optional.empty();
    }
}
