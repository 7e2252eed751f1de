package dk.infohus.assessment.infohuscase.domain;

import dk.infohus.platform.domain.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The departments this municipality's Infohus may recommend informing, in the configured order. */
public final class DepartmentCatalogue {

    private final List<Department> departments;

    public DepartmentCatalogue(List<Department> departments) {
        if (departments.isEmpty()) {
            throw new IllegalArgumentException("configure at least one department (infohus.departments)");
        }
        var codes = new HashSet<String>();
        for (Department department : departments) {
            if (!codes.add(department.code())) {
                throw new IllegalArgumentException("department code " + department.code() + " is configured twice");
            }
        }
        this.departments = List.copyOf(departments);
    }

    public List<Department> all() {
        return departments;
    }

    public Optional<Department> find(String code) {
        return departments.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The department with this code; an unknown code is wrong input in {@code field}. */
    public Department require(String code, String field) {
        return find(code)
                .orElseThrow(() -> new InvalidInput(
                        field,
                        "'" + code + "' is no department here; one of "
                                + departments.stream().map(Department::code).collect(Collectors.joining(", "))));
    }
}
