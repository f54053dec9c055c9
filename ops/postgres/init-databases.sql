-- Run once by the postgres image on an empty data directory: one database per service that owns data.
-- Each service's Flyway migrations create its schema; feed-service owns no data (it replays the article log).
CREATE DATABASE article;
CREATE DATABASE notification;
CREATE DATABASE auth;
