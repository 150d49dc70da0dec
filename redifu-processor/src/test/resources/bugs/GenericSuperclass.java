package test;

import io.redifu.annotation.Entity;

@Entity
public class GenericSuperclass extends Envelope<String> {
  String randId;
}

class Envelope<T> {
  T payload;
}
