package io.redifu.runtime.internal.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.redifu.annotation.MissingRelation;
import io.redifu.runtime.EntityCodec;
import io.redifu.runtime.internal.model.EntitySpec;
import io.redifu.runtime.internal.model.Relation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelationHintsTest {
  /** An item with an id, one author id and a list of reader ids. */
  record Item(String randId, String author, List<String> readers) {}

  private static final EntityCodec<Item> CODEC =
      new EntityCodec<>() {
        @Override
        public void write(JsonGenerator generator, Item value) {
          throw new UnsupportedOperationException();
        }

        @Override
        public Item read(JsonParser parser) {
          throw new UnsupportedOperationException();
        }

        @Override
        public String randId(Item value) {
          return value.randId();
        }

        @Override
        public String entityName() {
          return "Item";
        }

        @Override
        public Class<Item> type() {
          return Item.class;
        }

        @Override
        public Item copy(Item value) {
          return value; // immutable
        }
      };
  private static final EntitySpec<Item> SPEC =
      EntitySpec.builder(CODEC, id -> "item:" + id).build();
  private static final List<Relation<Item, ?>> RELATIONS =
      List.of(
          Relation.<Item, Item>one("a", "author", () -> SPEC, MissingRelation.NULL, Item::author),
          Relation.<Item, Item>many(
              "rs", "readers", () -> SPEC, MissingRelation.NULL, Item::readers));

  @Test
  void remembersEachReferencedIdOncePerRelationInOrder() {
    RelationHints<Item> hints = new RelationHints<>(RELATIONS, 10);
    hints.learn(
        List.of(
            new Item("p1", "a1", Arrays.asList("r1", null, "r2", "r1")),
            new Item("p2", "a1", null),
            new Item("p3", null, List.of("a1"))),
        SPEC);

    assertThat(hints.hintsFor(List.of("p1", "p2", "p3", "unknown")))
        .containsExactly(
            new RelationHints.Hint(0, "a1"),
            new RelationHints.Hint(1, "r1"),
            new RelationHints.Hint(1, "r2"),
            new RelationHints.Hint(1, "a1"));
  }

  @Test
  void aRelearnedItemReplacesItsIds() {
    RelationHints<Item> hints = new RelationHints<>(RELATIONS, 10);
    hints.learn(List.of(new Item("p1", "old", List.of())), SPEC);
    hints.learn(List.of(new Item("p1", "new", List.of())), SPEC);

    assertThat(hints.hintsFor(List.of("p1"))).containsExactly(new RelationHints.Hint(0, "new"));
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    RelationHints<Item> hints = new RelationHints<>(RELATIONS, 50);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      ids.add("p" + i);
      hints.learn(List.of(new Item("p" + i, "a" + i, List.of())), SPEC);
    }

    assertThat(hints.hintsFor(ids)).hasSizeBetween(1, 50);
    assertThat(hints.hintsFor(List.of("p999"))).containsExactly(new RelationHints.Hint(0, "a999"));
  }
}
