package th.localnews.auth.user;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;

/** Editors and admins live in PostgreSQL (Spring Security's user schema), passwords as bcrypt hashes. */
@Configuration(proxyBeanMethods = false)
class UserConfiguration {

    @Bean
    JdbcUserDetailsManager users(DataSource dataSource) {
        return new JdbcUserDetailsManager(dataSource);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt for new hashes; the {id} prefix lets a later algorithm take over without a migration
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
