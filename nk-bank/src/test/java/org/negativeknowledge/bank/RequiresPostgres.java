package org.negativeknowledge.bank;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * A test class that needs a PostgreSQL server: it runs when {@code NK_TEST_POSTGRES_URL} is set
 * (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}) and otherwise reports every
 * test as skipped, with the reason, instead of running none.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(
    named = "NK_TEST_POSTGRES_URL",
    matches = ".+",
    disabledReason = "skipped: set NK_TEST_POSTGRES_URL (e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres)"
        + " to run the PostgreSQL suites")
public @interface RequiresPostgres {}
