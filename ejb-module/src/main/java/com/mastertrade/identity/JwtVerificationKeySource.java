package com.mastertrade.identity;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Tells MicroProfile JWT which key and issuer to trust: the public half of {@link JwtSigningKey}.
 * A low ordinal, so an explicit {@code mp.jwt.verify.publickey} from the environment still wins.
 */
public class JwtVerificationKeySource implements ConfigSource {

    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String ISSUER = "mp.jwt.verify.issuer";

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, ISSUER);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case PUBLIC_KEY -> JwtSigningKey.publicKeyPem();
            case ISSUER -> JwtSigningKey.ISSUER;
            default -> null;
        };
    }

    @Override
    public Map<String, String> getProperties() {
        return Map.of(PUBLIC_KEY, getValue(PUBLIC_KEY), ISSUER, getValue(ISSUER));
    }

    @Override
    public String getName() {
        return "mastertrade-jwt-signing-key";
    }

    @Override
    public int getOrdinal() {
        return 50;
    }
}
