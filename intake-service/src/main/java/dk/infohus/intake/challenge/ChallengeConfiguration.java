package dk.infohus.intake.challenge;

import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.challenge.application.UsedChallenges;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChallengeProperties.class)
class ChallengeConfiguration {

    @Bean
    ProofOfWork proofOfWork(UsedChallenges used, Clock clock, ChallengeProperties properties) {
        return new ProofOfWork(used, clock, properties.maxNumber(), properties.expiresIn(), properties.hmacKey());
    }
}
