package th.localnews.notification.subscription;

import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

import th.localnews.notification.channel.email.ConfirmationMailer;
import th.localnews.notification.channel.webhook.WebhookSecrets;

/** Creating and managing subscriptions; every manage operation proves possession of the token. */
@Service
class SubscriptionService {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionService.class);

    record Created(Subscription subscription, String manageToken) {
    }

    private final SubscriptionValidator validator;
    private final SubscriptionRepository repository;
    private final ConfirmationMailer confirmations;

    SubscriptionService(SubscriptionValidator validator, SubscriptionRepository repository,
            ConfirmationMailer confirmations) {
        this.validator = validator;
        this.repository = repository;
        this.confirmations = confirmations;
    }

    Created subscribe(SubscribeRequest request) {
        SubscriptionValidator.NewSubscription valid = validator.validate(request);
        boolean email = valid.channel() == Channel.EMAIL;
        Subscription subscription = new Subscription(UUID.randomUUID(), valid.channel(), valid.target(),
                valid.pushP256dh(), valid.pushAuth(), valid.channel() == Channel.WEBHOOK ? WebhookSecrets.newSecret() : null,
                email ? ManageTokens.newToken() : null, valid.interests(),
                email ? Subscription.Status.PENDING : Subscription.Status.ACTIVE, Instant.now(), valid.quietHours(),
                null, null);
        String token = ManageTokens.newToken();
        String confirmToken = email ? ManageTokens.newToken() : null;
        repository.insert(subscription, ManageTokens.hash(token), email ? ManageTokens.hash(confirmToken) : null);
        if (email) {
            sendConfirmation(subscription, confirmToken);
        }
        return new Created(subscription, token);
    }

    Subscription get(UUID id, String token) {
        authorise(id, token);
        return repository.findById(id).orElseThrow(SubscriptionProblems::notFound);
    }

    void delete(UUID id, String token) {
        authorise(id, token);
        repository.delete(id);
    }

    void unsubscribe(String token) {
        if (token == null || token.isBlank() || !repository.deleteByToken(token)) {
            throw SubscriptionProblems.notFound();
        }
    }

    void confirm(String confirmToken) {
        if (confirmToken == null || confirmToken.isBlank()
                || repository.confirm(ManageTokens.hash(confirmToken)).isEmpty()) {
            throw SubscriptionProblems.notFound();
        }
    }

    /** A subscription whose confirmation mail never left would wait for a click that cannot come. */
    private void sendConfirmation(Subscription subscription, String confirmToken) {
        try {
            confirmations.send(subscription.target(), confirmToken);
        } catch (MailException e) {
            repository.delete(subscription.id());
            log.warn("Confirmation mail for subscription {} failed: {}", subscription.id(), e.getClass().getSimpleName());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    "the confirmation mail could not be sent; please try again later");
            problem.setTitle("Mail unavailable");
            throw new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, e);
        }
    }

    private void authorise(UUID id, String token) {
        if (token == null || token.isBlank()) {
            throw SubscriptionProblems.tokenRequired();
        }
        byte[] stored = repository.manageTokenHash(id).orElseThrow(SubscriptionProblems::notFound);
        if (!ManageTokens.matches(stored, token)) {
            throw SubscriptionProblems.notFound();
        }
    }
}
