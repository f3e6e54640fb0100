package org.reeplanner.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeplanner.model.Problem;

/** Absurd sizes are refused with a reason before they can cost memory or time. */
class ScenarioReaderLimitsTest {
    private final ScenarioReader reader = new ScenarioReader(ModelDataReader.readShipped().focusAreas());

    @TempDir
    Path dir;

    @Test
    void aFileOverTwoMegabytesIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.json");
        Files.write(huge, ("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {}, \"pad\": \""
                + " ".repeat(JsonDocument.MAX_BYTES) + "\"}").getBytes(StandardCharsets.UTF_8));

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read(huge));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("(file)");
            assertThat(p.allowed()).contains("at most 2097152 bytes");
        });
    }

    @Test
    void aTextOfMoreThanAHundredThousandCharactersIsRefused() {
        byte[] json = ("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {}, \"description\": \""
                + "a".repeat(150_000) + "\"}").getBytes(StandardCharsets.UTF_8);

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read("long.json", json));

        assertThat(e.problems()).singleElement().extracting(Problem::found).asString().contains("too long");
    }

    @Test
    void aDescriptionJustOverItsLimitIsAFieldError() {
        byte[] json = ("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {}, \"description\": \""
                + "a".repeat(ScenarioReader.MAX_DESCRIPTION + 1) + "\"}").getBytes(StandardCharsets.UTF_8);

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read("long.json", json));

        assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("description");
    }

    @Test
    void aHundredAndOneLeversAreTooMany() {
        StringBuilder levers = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            levers.append(i == 0 ? "" : ", ").append("\"area").append(i).append("\": 1");
        }
        byte[] json = ("{\"formatVersion\": 1, \"name\": \"x\", \"levers\": {" + levers + "}}")
                .getBytes(StandardCharsets.UTF_8);

        InputException e = catchThrowableOfType(InputException.class, () -> reader.read("many.json", json));

        assertThat(e.problems()).singleElement().extracting(Problem::path).isEqualTo("levers");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws InputException {
        byte[] body = "{\"formatVersion\": 1, \"name\": \"BOM\", \"levers\": {}}".getBytes(StandardCharsets.UTF_8);
        byte[] json = new byte[body.length + 3];
        json[0] = (byte) 0xEF;
        json[1] = (byte) 0xBB;
        json[2] = (byte) 0xBF;
        System.arraycopy(body, 0, json, 3, body.length);

        assertThat(reader.read("bom.json", json).scenario().name()).isEqualTo("BOM");
    }
}
