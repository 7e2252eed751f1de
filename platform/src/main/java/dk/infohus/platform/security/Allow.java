package dk.infohus.platform.security;

import dk.infohus.contracts.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint at all; {@link Role#CITIZEN} makes it public, {@link #anyone()} opens
 * it to every caller, signed in or not, and {@link #anySignedIn()} to every role but the citizen. An
 * endpoint without this annotation is refused to everyone, so a new endpoint is closed until someone
 * decides who may use it. Which records a caller then sees is decided by the use case (municipality,
 * department, agenda). {@link Allows#admit} reads it.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allow {

    Role[] value() default {};

    /** Every signed-in role may call it: for endpoints without case data, such as configured lists. */
    boolean anySignedIn() default false;

    /** Anyone may call it, signed in or not: public pages and the citizen's ways in. */
    boolean anyone() default false;
}
