package rectify.supervision;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily reminder run and the delivery retries run on Spring's scheduler. */
@Configuration
@EnableScheduling
@org.springframework.boot.autoconfigure.condition.ConditionalOnExpression("'${rectify.command:}' == ''")

class SchedulingConfiguration {
}
