package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.Charset;
import java.util.Map;

/**
 * An HTTP/1.1 GET with header values sent as the exact bytes of a charset, as curl sends what a terminal
 * gives it. Java's HTTP client replaces every byte outside ASCII with {@code ?}, so it cannot send them.
 */
final class RawHttp {

    record Answer(int status, String head, String body) {}

    private RawHttp() {}

    static Answer get(int port, String path, Map<String, String> headers, Charset headerCharset) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                            + "Accept: application/json\r\n")
                    .getBytes(ISO_8859_1));
            headers.forEach((name, value) -> {
                request.writeBytes((name + ": ").getBytes(ISO_8859_1));
                request.writeBytes(value.getBytes(headerCharset));
                request.writeBytes("\r\n".getBytes(ISO_8859_1));
            });
            request.writeBytes("\r\n".getBytes(ISO_8859_1));
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), ISO_8859_1);
            int end = answer.indexOf("\r\n\r\n");
            String head = end < 0 ? answer : answer.substring(0, end);
            String body = end < 0 ? "" : answer.substring(end + 4);
            return new Answer(Integer.parseInt(head.substring(9, 12)), head, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
