package test;

import io.redifu.annotation.Entity;

@Entity
public class DuplicateColumnByName {
  String randId;
  String userId;
  String user_id;
}
