/** JavaPoet writers: one per generated artifact, fed only with model records. */
package io.redifu.processor.writer;
