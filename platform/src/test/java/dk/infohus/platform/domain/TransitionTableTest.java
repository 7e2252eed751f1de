package dk.infohus.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransitionTableTest {

    enum Light {
        RED,
        GREEN
    }

    enum Press {
        GO,
        STOP
    }

    private final TransitionTable<Light, Press> table = TransitionTable.of("light", Light.class, Press.class)
            .allow(Light.RED, Press.GO, Light.GREEN)
            .allow(Light.GREEN, Press.STOP, Light.RED)
            .build();

    @Test
    void leadsWhereTheTableSays() {
        assertThat(table.apply(Light.RED, Press.GO)).isEqualTo(Light.GREEN);
        assertThat(table.allows(Light.GREEN, Press.STOP)).isTrue();
    }

    @Test
    void refusesWhatTheTableLacksNamingTheCurrentState() {
        assertThatThrownBy(() -> table.apply(Light.RED, Press.STOP))
                .isInstanceOfSatisfying(IllegalTransition.class, e -> {
                    assertThat(e.aggregate()).isEqualTo("light");
                    assertThat(e.currentState()).isEqualTo("RED");
                    assertThat(e.action()).isEqualTo("STOP");
                });
    }

    @Test
    void aTableCannotSayTwoThingsAboutOneStateAndAction() {
        var builder = TransitionTable.of("light", Light.class, Press.class).allow(Light.RED, Press.GO, Light.GREEN);

        assertThatThrownBy(() -> builder.allow(Light.RED, Press.GO, Light.RED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
