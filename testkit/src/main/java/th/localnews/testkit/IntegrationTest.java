package th.localnews.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link SpringBootTest} on real infrastructure: {@link TestInfrastructure} supplies the Kafka broker and,
 * if the application has a DataSource, a PostgreSQL database of the context's own. Name the class {@code *IT}
 * so Failsafe runs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@Import(TestInfrastructure.class)
@TestPropertySource(properties = {
        // the embedded servers and the Kafka clients narrate every start-up step and config at INFO
        "logging.level.io.zonky.test=WARN",
        "logging.level.kafka=WARN",
        "logging.level.org.apache.kafka=WARN",
        "logging.level.state.change.logger=WARN"
})
public @interface IntegrationTest {

    @AliasFor(annotation = SpringBootTest.class)
    String[] properties() default {};

    @AliasFor(annotation = SpringBootTest.class)
    WebEnvironment webEnvironment() default WebEnvironment.MOCK;
}
