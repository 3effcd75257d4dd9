import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * Prints the e-mails the development mail catcher (GreenMail standalone, started by ./mastertrade start) holds,
 * newest last: recipient, subject, the text part and its links. Run by ./mastertrade mail, on GreenMail's own
 * class path, which brings Jakarta Mail and Jackson.
 *
 * <p>Arguments: the catcher's API address, how many e-mails to show, and optionally one recipient.
 */
public class ReadMail {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Session MAIL = Session.getInstance(new Properties());

    record Mail(String recipient, long uid, MimeMessage message) {}

    public static void main(String[] args) throws Exception {
        String api = args[0];
        int count = Integer.parseInt(args[1]);
        List<String> recipients = new ArrayList<>();
        if (args.length > 2) {
            recipients.add(args[2]);
        } else {
            for (JsonNode user : get(api + "/api/user")) {
                recipients.add(user.path("email").asText());
            }
        }
        List<Mail> mails = new ArrayList<>();
        for (String recipient : recipients) {
            String address = URLEncoder.encode(recipient, StandardCharsets.UTF_8);
            for (JsonNode message : get(api + "/api/user/" + address + "/messages/")) {
                byte[] raw = message.path("mimeMessage").asText().getBytes(StandardCharsets.UTF_8);
                mails.add(new Mail(
                        recipient, message.path("uid").asLong(), new MimeMessage(MAIL, new ByteArrayInputStream(raw))));
            }
        }
        mails.sort(Comparator.comparingLong(ReadMail::sentAt).thenComparingLong(Mail::uid));
        List<Mail> shown = mails.subList(Math.max(0, mails.size() - count), mails.size());
        if (shown.isEmpty()) {
            System.out.println("No e-mail yet" + (args.length > 2 ? " for " + args[2] : "") + ".");
        }
        for (Mail mail : shown) {
            System.out.println("──────────────────────────────────────────────────────────────────────────────");
            System.out.println("To:      " + mail.recipient());
            System.out.println("Subject: " + mail.message().getSubject());
            System.out.println("Date:    " + mail.message().getSentDate());
            System.out.println();
            System.out.println(text(mail.message()).strip());
        }
    }

    private static JsonNode get(String address) throws Exception {
        HttpResponse<String> answer =
                HTTP.send(HttpRequest.newBuilder(URI.create(address)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(address + " answered " + answer.statusCode());
        }
        return JSON.readTree(answer.body());
    }

    private static long sentAt(Mail mail) {
        try {
            return mail.message().getSentDate() == null
                    ? 0
                    : mail.message().getSentDate().getTime();
        } catch (Exception e) {
            return 0;
        }
    }

    /** The text/plain part if there is one, else the HTML part without its tags. */
    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart inner = parts.getBodyPart(i);
                if (inner.isMimeType("text/plain") || inner.isMimeType("multipart/*")) {
                    return text(inner);
                }
                if (inner.isMimeType("text/html")) {
                    html = (String) inner.getContent();
                }
            }
            return html == null ? "" : withoutTags(html);
        }
        if (part.isMimeType("text/html")) {
            return withoutTags((String) part.getContent());
        }
        return "(" + part.getContentType() + ")";
    }

    private static String withoutTags(String html) {
        return html.replaceAll("(?s)<a [^>]*href=\"([^\"]*)\"[^>]*>", "$1 ")
                .replaceAll("(?s)<[^>]+>", "")
                .replace("&amp;", "&")
                .replaceAll("\n\\s*\n+", "\n\n");
    }
}
