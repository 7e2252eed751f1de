package dk.infohus.launcher.load;

import static java.nio.charset.StandardCharsets.UTF_8;

import dk.infohus.contracts.EventJson;
import dk.infohus.contracts.EventType;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.intake.ConcernReceived;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Seeds screening with open police checks the way they come in real use: as intake's {@code ConcernReceived}
 * events on intake's topic, written as intake's outbox relay writes them (a CloudEvent in binary mode, the data
 * checked against its JSON Schema, the case id as key and subject), straight onto the broker. Screening's
 * {@code IntakeEvents} listener opens a police check for each. The mix, from a fixed seed: the police district's
 * seven municipalities (Herning the largest), about a third children (by CPR number, birth date or a guessed
 * age, so that 24-hour child assessments run), some of unknown age, a few groups, some acute, a tenth of them
 * repeat concerns about an earlier subject, received over the last fortnight (so that some deadlines have
 * passed).
 */
public final class OpenPoliceChecks {

    /** The municipalities of Midt- og Vestjyllands Politi and their weights: the police coordinator's district. */
    static final Map<String, Integer> DISTRICT = weights();

    private static final String INTAKE_SOURCE = "/infohus/intake-service";
    private static final List<String> SIGNS = List.of(
            "udbreder-voldslegitimerende-budskaber",
            "isolerer-sig-fra-familie-og-venner",
            "omgang-med-ekstreme-personer-eller-grupper",
            "opsoeger-ekstremistisk-materiale",
            "ekstreme-symboler-eller-paaklaedning",
            "viser-voldsparathed");
    private static final List<String> PLATFORMS = List.of("TikTok", "Telegram", "Discord", "Instagram", "Snapchat");

    /** How many of each kind were sent, for the report. */
    public record Mix(
            int total,
            Map<String, Integer> byMunicipality,
            int children,
            int adults,
            int unknownAge,
            int groups,
            int acute,
            int repeats,
            Duration published) {}

    private final EventJson json = new EventJson();
    private final Random random;
    private final Instant now;

    public OpenPoliceChecks(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
    }

    /** Publishes {@code count} concerns and returns when the broker has them all. */
    public Mix publish(String bootstrapServers, int count) throws InterruptedException, ExecutionException {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "police-queue-benchmark");
        Map<String, Integer> byMunicipality = new TreeMap<>();
        Map<String, List<UUID>> earlier = new HashMap<>();
        int children = 0;
        int adults = 0;
        int unknownAge = 0;
        int groups = 0;
        int acute = 0;
        int repeats = 0;
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                ConcernReceived concern = concern(earlier);
                byMunicipality.merge(concern.municipality(), 1, Integer::sum);
                switch (ageOf(concern)) {
                    case "child" -> children++;
                    case "adult" -> adults++;
                    default -> unknownAge++;
                }
                groups += concern.subjectKind().equals("GROUP") ? 1 : 0;
                acute += concern.acute() ? 1 : 0;
                repeats += concern.earlierConcerns().isEmpty() ? 0 : 1;
                sent.add(producer.send(record(concern)));
            }
            producer.flush();
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        }
        return new Mix(
                count,
                byMunicipality,
                children,
                adults,
                unknownAge,
                groups,
                acute,
                repeats,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** The record intake's outbox relay would write for the event: CloudEvents binary mode, as CloudEventCodec. */
    ProducerRecord<String, byte[]> record(ConcernReceived concern) {
        EventType type = EventType.of(concern);
        String key = concern.caseId().toString();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), key, json.write(concern));
        record.headers()
                .add("ce_specversion", "1.0".getBytes(UTF_8))
                .add("ce_id", UUID.randomUUID().toString().getBytes(UTF_8))
                .add("ce_source", INTAKE_SOURCE.getBytes(UTF_8))
                .add("ce_type", type.typeName().getBytes(UTF_8))
                .add("ce_subject", key.getBytes(UTF_8))
                .add(
                        "ce_time",
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME
                                .format(concern.occurredAt().atOffset(ZoneOffset.UTC))
                                .getBytes(UTF_8))
                .add("ce_dataschema", type.dataSchema().toString().getBytes(UTF_8))
                .add("content-type", "application/json".getBytes(UTF_8));
        return record;
    }

    ConcernReceived concern(Map<String, List<UUID>> earlierByMunicipality) {
        UUID caseId = UUID.randomUUID();
        String municipality = municipality();
        boolean group = random.nextInt(100) < 4;
        int age = random.nextInt(100) < 35 ? 12 + random.nextInt(6) : 18 + random.nextInt(50);
        boolean acute = random.nextInt(100) < (age < 18 ? 12 : 5);
        Instant received = now.minus(Duration.ofMinutes(random.nextInt(14 * 24 * 60)));
        List<UUID> before = earlierByMunicipality.computeIfAbsent(municipality, m -> new ArrayList<>());
        List<UUID> earlier = !before.isEmpty() && random.nextInt(100) < 10
                ? List.of(before.get(random.nextInt(before.size())))
                : List.of();
        before.add(caseId);
        LinkedHashSet<String> signs = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            signs.add(SIGNS.get(random.nextInt(SIGNS.size())));
        }
        return new ConcernReceived(
                caseId,
                municipality,
                received,
                group ? "GROUP" : "PERSON",
                List.of("CITIZEN", "STAFF", "STAFF", "PARTNER").get(random.nextInt(4)),
                acute,
                List.copyOf(signs),
                group ? groupOf(municipality) : personOf(age, received),
                earlier);
    }

    private PersonalData personOf(int age, Instant received) {
        LocalDate born =
                received.atZone(ZoneOffset.UTC).toLocalDate().minusYears(age).minusDays(random.nextInt(365));
        String name = Pages.FIRST_NAMES.get(random.nextInt(Pages.FIRST_NAMES.size())) + " "
                + Pages.LAST_NAMES.get(random.nextInt(Pages.LAST_NAMES.size()));
        int known = random.nextInt(10);
        // 2 in 10 with a CPR number, 4 with a birth date, 3 with a guessed age, 1 with no age at all
        String cpr = known < 2 ? cprOf(born) : null;
        LocalDate birthDate = known >= 2 && known < 6 ? born : null;
        Integer guessed = known >= 6 && known < 9 ? age : null;
        return new PersonalData(
                name,
                cpr,
                birthDate,
                random.nextBoolean() ? "Vestergade " + (1 + random.nextInt(80)) + ", 7400 Herning" : null,
                "Deler voldsforherligende videoer i klassens chat og har trukket sig fra venner og familie. "
                        + "Taler om at 'de andre' skal straffes.",
                guessed,
                null,
                "Den sidste måned",
                random.nextBoolean() ? "Skolen" : "Online",
                List.of(PLATFORMS.get(random.nextInt(PLATFORMS.size()))),
                List.of(),
                null,
                List.of("Lærer", "Nabo", "Forælder", "Træner").get(random.nextInt(4)));
    }

    private PersonalData groupOf(String municipality) {
        return new PersonalData(
                "Gruppen ved " + List.of("stationen", "hallen", "havnen").get(random.nextInt(3)),
                null,
                null,
                null,
                "En gruppe unge mødes og deler ekstremistisk materiale.",
                null,
                "5-8 unge, mødes om aftenen i " + municipality,
                "Flere gange om ugen",
                "Ved stationen",
                List.of("Telegram"),
                List.of(),
                null,
                "Butiksansat");
    }

    /** A CPR number for the birth date, its seventh digit giving the century as CPR-kontoret's table says. */
    private String cprOf(LocalDate born) {
        int seventh = born.getYear() >= 2000 ? 4 : 1 + random.nextInt(3);
        return String.format(
                "%02d%02d%02d-%d%03d",
                born.getDayOfMonth(), born.getMonthValue(), born.getYear() % 100, seventh, random.nextInt(1000));
    }

    /** Child, adult or unknown, as screening will judge it (a group, or a person of whom no age is known). */
    static String ageOf(ConcernReceived concern) {
        PersonalData subject = concern.subject();
        if (concern.subjectKind().equals("GROUP")
                || subject.cprNumber() == null && subject.birthDate() == null && subject.age() == null) {
            return "unknown";
        }
        return isChild(subject, concern.occurredAt()) ? "child" : "adult";
    }

    private static boolean isChild(PersonalData subject, Instant at) {
        LocalDate day = at.atZone(ZoneOffset.UTC).toLocalDate();
        if (subject.age() != null) {
            return subject.age() < 18;
        }
        LocalDate born = subject.birthDate();
        if (born == null) {
            String cpr = subject.cprNumber();
            int yy = Integer.parseInt(cpr.substring(4, 6));
            int century = cpr.charAt(7) == '4' ? (yy <= 36 ? 2000 : 1900) : 1900;
            born = LocalDate.of(
                    century + yy, Integer.parseInt(cpr.substring(2, 4)), Integer.parseInt(cpr.substring(0, 2)));
        }
        return born.plusYears(18).isAfter(day);
    }

    private String municipality() {
        int total = DISTRICT.values().stream().mapToInt(Integer::intValue).sum();
        int pick = random.nextInt(total);
        for (Map.Entry<String, Integer> entry : DISTRICT.entrySet()) {
            pick -= entry.getValue();
            if (pick < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("weights add up to " + total);
    }

    private static Map<String, Integer> weights() {
        Map<String, Integer> weights = new java.util.LinkedHashMap<>();
        weights.put("657", 25); // Herning
        weights.put("791", 20); // Viborg
        weights.put("760", 15); // Ringkøbing-Skjern
        weights.put("661", 14); // Holstebro
        weights.put("779", 12); // Skive
        weights.put("671", 7); // Struer
        weights.put("665", 7); // Lemvig
        return weights;
    }
}
