/**
 * Talking to Redis: choosing and opening the client, pipelines, transactions, cluster routing,
 * script calls with NOSCRIPT/MOVED resends, write batches and metering.
 */
package io.redifu.runtime.internal.redis;
