package dk.infohus.screening.asyncapi;

import dk.infohus.platform.security.Allow;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI 3 description of every topic screening produces, for the police systems and the other
 * services; no case data, so open to anyone. The file is kept in the repository and checked against the
 * contracts' JSON Schemas by a test.
 */
@RestController
class AsyncApiController {

    static final String DOCUMENT = "/asyncapi/screening.yaml";
    static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    private final byte[] document;

    AsyncApiController() throws IOException {
        try (InputStream in = AsyncApiController.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is missing from the classpath");
            }
            this.document = in.readAllBytes();
        }
    }

    @GetMapping(DOCUMENT)
    @Allow(anyone = true)
    ResponseEntity<byte[]> document() {
        return ResponseEntity.ok()
                .contentType(YAML)
                .cacheControl(CacheControl.noCache())
                .body(document);
    }
}
