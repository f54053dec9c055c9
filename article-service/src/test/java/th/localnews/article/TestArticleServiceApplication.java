package th.localnews.article;

import org.springframework.boot.SpringApplication;

import th.localnews.testkit.TestInfrastructure;

/** Runs article-service from the IDE on the test Kafka broker and a fresh PostgreSQL database. */
class TestArticleServiceApplication {

    public static void main(String[] args) {
        SpringApplication.from(ArticleServiceApplication::main).with(TestInfrastructure.class).run(args);
    }
}
