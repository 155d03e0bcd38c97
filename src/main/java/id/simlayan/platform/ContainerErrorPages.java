package id.simlayan.platform;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Errors Tomcat answers itself, before any servlet runs (a malformed request line, an
 * invalid character in the address, a header it cannot parse), get a short page of ours in
 * Indonesian and English instead of Tomcat's report. Everything that reaches the application
 * is rendered by Spring's {@code /error} with the full error pages (templates/error/*).
 */
@Component
class ContainerErrorPages implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final MessageSource messages;

    ContainerErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // added after Boot's own ErrorReportValve, so this one (nearer the request) reports first
        factory.addContextCustomizers(context -> context.getParent().getPipeline().addValve(new Valve(messages)));
    }

    /** The message group of a status, as in templates/error/<status>.html. */
    static String kind(int status) {
        return switch (status) {
            case 400 -> "badRequest";
            case 403 -> "forbidden";
            case 404 -> "notFound";
            case 405 -> "methodNotAllowed";
            case 413 -> "tooLarge";
            case 429 -> "tooMany";
            default -> status >= 500 ? "server" : "generic";
        };
    }

    static final class Valve extends ErrorReportValve {

        private final MessageSource messages;

        Valve(MessageSource messages) {
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(page(status));
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException gone) {
                // the client is gone or the response cannot take a body: nothing more to do
            }
        }

        String page(int status) {
            String kind = kind(status);
            Locale id = WebConfiguration.INDONESIAN;
            return "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<title>" + text("error." + kind + ".title", id) + " | SIMLAYAN</title></head>"
                    + "<body style=\"font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#212529\">"
                    + "<h1>" + text("error." + kind + ".title", id) + "</h1>"
                    + "<p>" + text("error." + kind + ".text", id) + "</p>"
                    + "<p><a href=\"/\" style=\"color:#0b4f8a\">" + text("error.home", id) + "</a></p>"
                    + "<hr><div lang=\"en\"><h2>" + text("error." + kind + ".title", Locale.ENGLISH) + "</h2>"
                    + "<p>" + text("error." + kind + ".text", Locale.ENGLISH) + "</p>"
                    + "<p><a href=\"/\" style=\"color:#0b4f8a\">" + text("error.home", Locale.ENGLISH) + "</a></p></div>"
                    + "<p style=\"color:#495057\">" + text("error.code", id, status) + "</p></body></html>";
        }

        private String text(String code, Locale locale, Object... arguments) {
            return HtmlUtils.htmlEscape(messages.getMessage(code, arguments, locale));
        }
    }
}
