package id.simlayan;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * One real SMTP server (GreenMail) per test JVM, on a free port. The shared application
 * context of the integration tests sends its mail here. Tests may stop and start it to
 * simulate an outage; it comes back on the same port.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail greenMail;

    private TestMailServer() {
    }

    public static synchronized GreenMail get() {
        if (greenMail == null) {
            start();
        }
        return greenMail;
    }

    public static int port() {
        return PORT;
    }

    public static synchronized void start() {
        greenMail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    public static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }

    public static synchronized boolean running() {
        return greenMail != null;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
