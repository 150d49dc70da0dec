package io.redifu.spring.boot3;

import io.redifu.spring.boot.BootLine;
import io.redifu.spring.boot.BootLineCheck;

/** Fails the start on a Spring Boot other than 3.5+, naming the starter to use instead. */
public class Boot3LineCheck extends BootLineCheck {
  public Boot3LineCheck() {
    super(BootLine.BOOT_3);
  }
}
