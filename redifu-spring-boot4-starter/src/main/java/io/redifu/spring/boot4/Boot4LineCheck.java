package io.redifu.spring.boot4;

import io.redifu.spring.boot.BootLine;
import io.redifu.spring.boot.BootLineCheck;

/** Fails the start on a Spring Boot other than 4, naming the starter to use instead. */
public class Boot4LineCheck extends BootLineCheck {
  public Boot4LineCheck() {
    super(BootLine.BOOT_4);
  }
}
