package dk.infohus.platform.security;

import dk.infohus.contracts.Role;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call an endpoint at all; {@link Role#CITIZEN} makes it public. An endpoint without
 * this annotation is refused to everyone, so a new endpoint is closed until someone decides who may use
 * it. Which records a caller then sees is decided by the use case (municipality, department, agenda).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Allow {

    Role[] value();
}
