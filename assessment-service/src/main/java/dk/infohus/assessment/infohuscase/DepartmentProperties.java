package dk.infohus.assessment.infohuscase;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The departments this municipality's Infohus may recommend informing, under {@code infohus.departments}:
 * configuration per municipality, never code. application.yml holds Herning's.
 *
 * @param departments code (stable, kebab-case, travels in events) and name of each department
 */
@ConfigurationProperties("infohus")
public record DepartmentProperties(@Nullable List<DepartmentSetting> departments) {

    /**
     * @param code e.g. {@code boern-og-forebyggelse}
     * @param name e.g. {@code Børn og Forebyggelse, Ungeteamet}
     */
    public record DepartmentSetting(String code, String name) {}
}
