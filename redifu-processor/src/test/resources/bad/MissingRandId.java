package test;

import io.redifu.annotation.Entity;

@Entity
public class MissingRandId {
  String id;
  String title;
}
