package com.mastertrade.notification;

import com.mastertrade.shared.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Renders an e-mail's subject and text from the bundle of the recipient's language. */
@ApplicationScoped
public class EmailTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");

    public RenderedEmail render(EmailType type, Language language, Map<String, String> data) {
        ResourceBundle bundle = bundle(language);
        return new RenderedEmail(
                fill(bundle.getString(type.key() + ".subject"), data),
                fill(bundle.getString(type.key() + ".body"), data));
    }

    /** A phrase of the bundle that an e-mail's data carries (a part that depends on the case), filled in. */
    public String phrase(String key, Language language, Map<String, String> data) {
        return fill(bundle(language).getString("phrase." + key), data);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                "com.mastertrade.notification.emails",
                language.locale(),
                EmailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String fill(String template, Map<String, String> data) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = data.getOrDefault(matcher.group(1), "");
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** A subject line and a plain-text body. */
    public record RenderedEmail(String subject, String body) {}
}
