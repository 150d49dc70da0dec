/**
 * Support code that generated classes call. Public only because generated code lives in the user's
 * packages; not an API, may change in any release.
 */
package io.redifu.runtime.internal;
