/**
 * Running SQL for seeds and loaders, and reading rows into entities through the generated row
 * scanners.
 */
package io.redifu.runtime.internal.sql;
