package id.simlayan.platform.internal;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) with every control character except tab replaced by {@code _},
 * so that a value from a request can never start a forged log line (CR/LF) or hide text
 * (backspace, escape sequences). Installed in logback-spring.xml for {@code %m}, {@code %msg}
 * and {@code %message}.
 */
public class SafeMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return neutralize(super.convert(event));
    }

    static String neutralize(String message) {
        if (message == null) {
            return null;
        }
        StringBuilder safe = null;
        for (int i = 0; i < message.length(); i++) {
            char c = message.charAt(i);
            if (Character.isISOControl(c) && c != '\t') {
                if (safe == null) {
                    safe = new StringBuilder(message.length()).append(message, 0, i);
                }
                safe.append('_');
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? message : safe.toString();
    }
}
