package test;

import io.redifu.annotation.Entity;
import io.redifu.runtime.BaseRecord;
import java.util.Optional;

@Entity
public class OptionalField extends BaseRecord {
  Optional<String> nickname;
}
