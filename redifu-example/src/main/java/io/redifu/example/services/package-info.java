/**
 * Finds the Redis and SQL servers that tests and the demo talk to.
 *
 * <p>{@link io.redifu.example.services.LocalServices} resolves each service once per JVM: from an
 * environment variable, else from Testcontainers when a Docker engine answers, else from an
 * embedded server ({@link io.redifu.example.services.EmbeddedRedis}, H2 in PostgreSQL mode).
 */
package io.redifu.example.services;
