package io.redifu.runtime.internal.codec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Deep copies of the collections generated codecs read, of the same types {@link JsonReads} builds,
 * so that a copy is what decoding the same document again would give. Generated {@code copy}
 * methods call these; a null collection stays null.
 */
public final class Copies {
  private Copies() {}

  public static <E> List<E> list(List<E> source, UnaryOperator<E> element) {
    if (source == null) {
      return null;
    }
    List<E> copy = new ArrayList<>(source.size());
    for (E e : source) {
      copy.add(element.apply(e));
    }
    return copy;
  }

  public static <E> Set<E> set(Set<E> source, UnaryOperator<E> element) {
    if (source == null) {
      return null;
    }
    Set<E> copy = new LinkedHashSet<>();
    for (E e : source) {
      copy.add(element.apply(e));
    }
    return copy;
  }

  public static <K, V> Map<K, V> map(Map<K, V> source, UnaryOperator<V> value) {
    if (source == null) {
      return null;
    }
    Map<K, V> copy = new LinkedHashMap<>();
    source.forEach((k, v) -> copy.put(k, value.apply(v)));
    return copy;
  }
}
