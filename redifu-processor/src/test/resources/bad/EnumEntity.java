package test;

import io.redifu.annotation.Entity;

@Entity
public enum EnumEntity {
  ONE,
  TWO
}
