package test;

import io.redifu.annotation.Entity;

@Entity
public interface InterfaceEntity {
  String getRandId();
}
