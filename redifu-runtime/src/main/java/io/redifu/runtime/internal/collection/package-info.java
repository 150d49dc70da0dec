/**
 * The collections in Redis, ids in sorted sets plus a meta hash per instance: the timeline, the
 * shared collection calls and the Lua scripts of the four kinds, and the script-free page reads.
 * Documents come from the document layer.
 */
package io.redifu.runtime.internal.collection;
