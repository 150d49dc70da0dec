/**
 * The lowest layer: JSON and SQL column codecs used by generated code, the byte encoder, and text
 * made safe for logs.
 */
package io.redifu.runtime.internal.codec;
