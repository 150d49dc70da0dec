/**
 * Seeding collections from SQL on demand: the seed flight (one query across threads and JVMs, under
 * a Redis lock with lease renewal) and the timeline's page-by-page seeding. Calls collections,
 * documents, SQL and Redis below it; nothing below calls it.
 */
package io.redifu.runtime.internal.seed;
