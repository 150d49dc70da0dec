/**
 * The entry points generated classes call: one store per cache kind, each composing the layers
 * below (seed, collection, document, sql, redis, model, codec; arrows point down only). Public only
 * because generated code lives in the user's packages; not an API, may change in any release.
 */
package io.redifu.runtime.internal;
