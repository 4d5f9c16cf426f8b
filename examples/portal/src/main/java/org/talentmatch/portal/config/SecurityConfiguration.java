package org.talentmatch.portal.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: the page, the health check and the API documentation are open; reading the API
 * takes a {@code VIEWER} or {@code CLERK} account, writing takes {@code CLERK}. Stateless HTTP Basic
 * (no session, no cookie, hence no CSRF token: every writing endpoint takes a JSON body or a method
 * that a cross-site form or no-cors request cannot send); failures answer with problem details. A request
 * marked {@code X-Requested-With} (the clerk's page) gets no {@code WWW-Authenticate} challenge, so
 * the browser shows the page's own login instead of its dialog.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
  public static final String CLERK = "CLERK";
  public static final String VIEWER = "VIEWER";

  @Bean
  public SecurityFilterChain api(HttpSecurity http, ObjectMapper json) throws Exception {
    AuthenticationEntryPoint signIn = (request, response, failure) -> {
      if (request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"talentmatch portal\"");
      }
      problem(response, json, HttpStatus.UNAUTHORIZED, "Sign in with a portal account (user name and password).");
    };
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/", "/index.html", "/app.js", "/app.css", "/error").permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
            .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(VIEWER, CLERK)
            .requestMatchers("/api/**").hasRole(CLERK)
            .anyRequest().denyAll())
        .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
            "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")))
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(signIn)
            .accessDeniedHandler((request, response, denied) -> problem(response, json, HttpStatus.FORBIDDEN,
                "This account may not do that: it takes the " + CLERK + " role.")));
    return http.build();
  }

  @Bean
  public PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  public UserDetailsService users(PortalProperties properties) {
    return new InMemoryUserDetailsManager(properties.users().stream()
        .map(account -> User.withUsername(account.name())
            .password(account.password())
            .roles(account.roles().toArray(String[]::new))
            .build())
        .toList());
  }

  private static void problem(HttpServletResponse response, ObjectMapper json, HttpStatus status, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), ProblemDetail.forStatusAndDetail(status, detail));
  }
}
