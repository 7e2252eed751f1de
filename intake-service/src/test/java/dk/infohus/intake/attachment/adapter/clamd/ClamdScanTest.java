package dk.infohus.intake.attachment.adapter.clamd;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.intake.attachment.application.MalwareScan.Verdict;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The clamd client against a stand-in that speaks clamd's INSTREAM as the ClamAV manual describes it: the
 * command, chunks each after its length, a zero length, then one reply ending in a zero byte.
 */
class ClamdScanTest {

    /** The EICAR test file, which every virus scanner reports. */
    static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    private FakeClamd clamd;

    @AfterEach
    void stop() throws IOException {
        if (clamd != null) {
            clamd.close();
        }
    }

    @Test
    void aCleanFileIsCleanAndClamdGetsItWholeInChunks() throws IOException {
        clamd = FakeClamd.answering(content -> "stream: OK");
        byte[] file = new byte[200_000];
        for (int i = 0; i < file.length; i++) {
            file[i] = (byte) i;
        }

        Verdict verdict = scan(file);

        assertThat(verdict).isEqualTo(new Verdict.Clean());
        assertThat(clamd.command.get()).isEqualTo("zINSTREAM");
        assertThat(clamd.received.get()).isEqualTo(file);
    }

    @Test
    void theEicarTestFileIsFoundWithTheSignaturesName() throws IOException {
        clamd = FakeClamd.answering(content -> new String(content, StandardCharsets.US_ASCII).contains("EICAR")
                ? "stream: Win.Test.EICAR_HDB-1 FOUND"
                : "stream: OK");

        assertThat(scan(EICAR.getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(new Verdict.Found("Win.Test.EICAR_HDB-1"));
    }

    @Test
    void clamdsErrorIsNoVerdict() throws IOException {
        clamd = FakeClamd.answering(content -> "INSTREAM size limit exceeded. ERROR");

        assertThat(scan(new byte[] {1, 2, 3})).isInstanceOf(Verdict.Unavailable.class);
    }

    @Test
    void noClamdIsNoVerdict() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }

        Verdict verdict =
                new ClamdScan("localhost", port, Duration.ofSeconds(2)).scan(new ByteArrayInputStream(new byte[] {1}));

        assertThat(verdict).isInstanceOf(Verdict.Unavailable.class);
    }

    @Test
    void aClamdThatNeverAnswersIsNoVerdictAfterTheTimeout() throws IOException {
        clamd = FakeClamd.answering(content -> null);

        Verdict verdict = new ClamdScan("localhost", clamd.port(), Duration.ofMillis(300))
                .scan(new ByteArrayInputStream(new byte[] {1}));

        assertThat(verdict)
                .isInstanceOfSatisfying(
                        Verdict.Unavailable.class,
                        unavailable -> assertThat(unavailable.why()).containsIgnoringCase("timed out"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "stream: OK|CLEAN|",
                "OK|CLEAN|",
                "stream: Eicar-Signature FOUND|FOUND|Eicar-Signature",
                "stream: Some Name With Spaces FOUND|FOUND|Some Name With Spaces",
                "stream: lstat() failed: No such file. ERROR|UNAVAILABLE|",
                "''|UNAVAILABLE|"
            })
    void repliesAreReadAsClamdWritesThem(String reply, String kind, String signature) {
        Verdict verdict = ClamdScan.verdictOf(reply);

        switch (kind) {
            case "CLEAN" -> assertThat(verdict).isEqualTo(new Verdict.Clean());
            case "FOUND" -> assertThat(verdict).isEqualTo(new Verdict.Found(signature));
            default -> assertThat(verdict).isInstanceOf(Verdict.Unavailable.class);
        }
    }

    private Verdict scan(byte[] content) {
        return new ClamdScan("localhost", clamd.port(), Duration.ofSeconds(5)).scan(new ByteArrayInputStream(content));
    }

    /** One connection at a time: reads the command and the chunks, answers what the function says (null: never). */
    static final class FakeClamd implements AutoCloseable {

        final ServerSocket server;
        final AtomicReference<String> command = new AtomicReference<>();
        final AtomicReference<byte[]> received = new AtomicReference<>();
        private final Thread thread;

        private FakeClamd(Function<byte[], String> reply) throws IOException {
            server = new ServerSocket(0);
            thread = new Thread(
                    () -> {
                        while (!server.isClosed()) {
                            try (Socket socket = server.accept()) {
                                DataInputStream in = new DataInputStream(socket.getInputStream());
                                ByteArrayOutputStream name = new ByteArrayOutputStream();
                                int b;
                                while ((b = in.read()) > 0) {
                                    name.write(b);
                                }
                                command.set(name.toString(StandardCharsets.US_ASCII));
                                ByteArrayOutputStream content = new ByteArrayOutputStream();
                                int length;
                                while ((length = in.readInt()) > 0) {
                                    content.write(in.readNBytes(length));
                                }
                                received.set(content.toByteArray());
                                String answer = reply.apply(content.toByteArray());
                                if (answer == null) {
                                    in.read();
                                    continue;
                                }
                                OutputStream out = socket.getOutputStream();
                                out.write((answer + "\0").getBytes(StandardCharsets.US_ASCII));
                                out.flush();
                            } catch (IOException e) {
                                // closed, or the client went away
                            }
                        }
                    },
                    "fake-clamd");
            thread.setDaemon(true);
            thread.start();
        }

        static FakeClamd answering(Function<byte[], String> reply) throws IOException {
            return new FakeClamd(reply);
        }

        int port() {
            return server.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
