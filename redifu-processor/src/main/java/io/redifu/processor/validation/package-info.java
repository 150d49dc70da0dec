/** The message catalogue and the reporter that prints it on the offending element. */
package io.redifu.processor.validation;
