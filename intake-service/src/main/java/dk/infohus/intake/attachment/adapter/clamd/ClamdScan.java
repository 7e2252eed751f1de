package dk.infohus.intake.attachment.adapter.clamd;

import dk.infohus.intake.attachment.application.MalwareScan;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * ClamAV's daemon over TCP: the content is streamed with {@code INSTREAM} (chunks, each after its length in four
 * bytes, then a length of zero) and clamd answers {@code stream: OK} or {@code stream: <signature> FOUND}. The
 * protocol is clamd's own and a dozen lines, so no client library is taken in for it. Anything else (no
 * connection, a timeout, an {@code ERROR}, e.g. over clamd's {@code StreamMaxLength}) is {@link
 * Verdict.Unavailable}: the file is then refused, never stored unscanned.
 */
public final class ClamdScan implements MalwareScan {

    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 1024;

    private final String host;
    private final int port;
    private final Duration timeout;

    public ClamdScan(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeout = timeout;
    }

    @Override
    public Verdict scan(InputStream content) {
        try (Socket socket = new Socket()) {
            // resolved on every scan, so that a clamd restarted at another address is found again
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] buffer = new byte[CHUNK];
            int n;
            while ((n = content.read(buffer)) >= 0) {
                if (n > 0) {
                    out.writeInt(n);
                    out.write(buffer, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            return verdictOf(reply(socket.getInputStream()));
        } catch (IOException e) {
            return new Verdict.Unavailable("clamd at " + host + ":" + port + ": " + e);
        }
    }

    static Verdict verdictOf(String reply) {
        String answer = reply.startsWith("stream: ") ? reply.substring("stream: ".length()) : reply;
        if (answer.equals("OK")) {
            return new Verdict.Clean();
        }
        if (answer.endsWith(" FOUND")) {
            return new Verdict.Found(answer.substring(0, answer.length() - " FOUND".length()));
        }
        return new Verdict.Unavailable("clamd answered: " + reply);
    }

    /** The reply, up to its terminating zero byte (the {@code z} form of the command). */
    private static String reply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) > 0 && reply.size() < MAX_REPLY) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
