package io.redifu.processor.writer;

import static io.redifu.processor.writer.RuntimeNames.COPIES;
import static io.redifu.processor.writer.RuntimeNames.ISO_INSTANTS;
import static io.redifu.processor.writer.RuntimeNames.JSON_READS;
import static io.redifu.processor.writer.RuntimeNames.JSON_WRITES;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.redifu.processor.model.ScalarKind;
import io.redifu.processor.model.TypeModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Code that reads or writes one value of a {@link TypeModel}, as an expression, a statement, or a
 * reader/writer function for the runtime's collection helpers. Lambda parameters are numbered by
 * nesting depth so they never shadow an enclosing name.
 */
final class ValueCode {
  private final ClassName codec;
  private final Map<ClassName, String> objectMethods;

  /**
   * @param objectMethods for each stored class, the suffix of its {@code read}/{@code write}
   *     methods in the codec
   */
  ValueCode(ClassName codec, Map<ClassName, String> objectMethods) {
    this.codec = codec;
    this.objectMethods = objectMethods;
  }

  /** An expression reading a value of {@code type} from parser {@code p}. */
  CodeBlock read(TypeModel type, String p, int depth) {
    if (type instanceof TypeModel.Scalar s) {
      return readScalar(s, p);
    }
    if (type instanceof TypeModel.EnumType e) {
      return CodeBlock.of("$T.parseText($L, $T::valueOf)", JSON_READS, p, e.type());
    }
    if (type instanceof TypeModel.ListType l) {
      return CodeBlock.of("$T.readList($L, $L)", JSON_READS, p, reader(l.element(), depth + 1));
    }
    if (type instanceof TypeModel.SetType s) {
      return CodeBlock.of("$T.readSet($L, $L)", JSON_READS, p, reader(s.element(), depth + 1));
    }
    if (type instanceof TypeModel.MapType m) {
      return CodeBlock.of(
          "$T.readMap($L, $L, $L)",
          JSON_READS,
          p,
          keyParser(m.key()),
          reader(m.value(), depth + 1));
    }
    return CodeBlock.of("read$L($L)", objectMethod(type), p);
  }

  /** A statement writing {@code value} (an expression) of {@code type} to generator {@code g}. */
  CodeBlock write(TypeModel type, String g, CodeBlock value, int depth) {
    if (type instanceof TypeModel.Scalar s) {
      return s.primitive()
          ? writePrimitive(s.kind(), g, value)
          : CodeBlock.of("$T.$L($L, $L)", JSON_WRITES, writerMethod(s), g, value);
    }
    if (type instanceof TypeModel.EnumType) {
      return CodeBlock.of("$T.writeEnum($L, $L)", JSON_WRITES, g, value);
    }
    if (type instanceof TypeModel.ListType l) {
      return collection(l.element(), g, value, depth);
    }
    if (type instanceof TypeModel.SetType s) {
      return collection(s.element(), g, value, depth);
    }
    if (type instanceof TypeModel.MapType m) {
      return CodeBlock.of(
          "$T.writeMap($L, $L, $L, $L)",
          JSON_WRITES,
          g,
          value,
          keyFormatter(m.key()),
          writer(m.value(), depth + 1));
    }
    return CodeBlock.of("write$L($L, $L)", objectMethod(type), g, value);
  }

  /**
   * An expression copying {@code value} of {@code type} so that the copy shares no mutable state
   * with it: scalars and enums are immutable and kept, collections and nested types are rebuilt.
   */
  CodeBlock copy(TypeModel type, CodeBlock value, int depth) {
    if (type instanceof TypeModel.Scalar || type instanceof TypeModel.EnumType) {
      return value;
    }
    if (type instanceof TypeModel.ListType l) {
      return CodeBlock.of("$T.list($L, $L)", COPIES, value, copier(l.element(), depth + 1));
    }
    if (type instanceof TypeModel.SetType s) {
      return CodeBlock.of("$T.set($L, $L)", COPIES, value, copier(s.element(), depth + 1));
    }
    if (type instanceof TypeModel.MapType m) {
      return CodeBlock.of("$T.map($L, $L)", COPIES, value, copier(m.value(), depth + 1));
    }
    return CodeBlock.of("copy$L($L)", objectMethod(type), value);
  }

  /** A {@code UnaryOperator} copying values of a boxed {@code type}. */
  private CodeBlock copier(TypeModel type, int depth) {
    if (type instanceof TypeModel.Scalar || type instanceof TypeModel.EnumType) {
      return CodeBlock.of("$T.identity()", UnaryOperator.class);
    }
    if (type instanceof TypeModel.Nested) {
      return CodeBlock.of("$T::copy$L", codec, objectMethod(type));
    }
    String c = "c" + depth;
    return CodeBlock.of("$L -> $L", c, copy(type, CodeBlock.of(c), depth));
  }

  private CodeBlock collection(TypeModel element, String g, CodeBlock value, int depth) {
    return CodeBlock.of(
        "$T.writeCollection($L, $L, $L)", JSON_WRITES, g, value, writer(element, depth + 1));
  }

  /**
   * A {@code JsonReads.Reader} of a boxed {@code type} (collection elements are never primitive).
   * Nested types are read through the codec's methods, qualified, so row scanners use it too.
   */
  CodeBlock reader(TypeModel type, int depth) {
    if (type instanceof TypeModel.Scalar s && hasOwnReader(s)) {
      return CodeBlock.of("$T::read$L", JSON_READS, s.kind().methodSuffix());
    }
    if (type instanceof TypeModel.Nested) {
      return CodeBlock.of("$T::read$L", codec, objectMethod(type));
    }
    String p = "p" + depth;
    return CodeBlock.of("$L -> $L", p, read(type, p, depth));
  }

  /** A {@code JsonWrites.Writer} of a boxed {@code type}. */
  private CodeBlock writer(TypeModel type, int depth) {
    if (type instanceof TypeModel.Scalar s) {
      return CodeBlock.of("$T::$L", JSON_WRITES, writerMethod(s));
    }
    if (type instanceof TypeModel.EnumType) {
      return CodeBlock.of("$T::writeEnum", JSON_WRITES);
    }
    if (type instanceof TypeModel.Nested) {
      return CodeBlock.of("$T::write$L", codec, objectMethod(type));
    }
    String g = "g" + depth;
    String v = "v" + depth;
    return CodeBlock.of("($L, $L) -> $L", g, v, write(type, g, CodeBlock.of(v), depth));
  }

  private String objectMethod(TypeModel type) {
    return objectMethods.get(((TypeModel.Nested) type).type());
  }

  private static CodeBlock writePrimitive(ScalarKind kind, String g, CodeBlock value) {
    return switch (kind) {
      case BOOLEAN -> CodeBlock.of("$L.writeBoolean($L)", g, value);
      case CHAR, FLOAT, DOUBLE ->
          CodeBlock.of("$T.write$L($L, $L)", JSON_WRITES, kind.methodSuffix(), g, value);
      default -> CodeBlock.of("$L.writeNumber($L)", g, value);
    };
  }

  /**
   * {@code readInt(p)} for {@code int}, {@code nullable(p, JsonReads::readInt)} for {@code
   * Integer}, {@code parseText(p, UUID::fromString)} for a type written as text.
   */
  private static CodeBlock readScalar(TypeModel.Scalar s, String p) {
    ScalarKind kind = s.kind();
    if (hasOwnReader(s)) {
      return CodeBlock.of("$T.read$L($L)", JSON_READS, kind.methodSuffix(), p);
    }
    if (kind.isText()) {
      return CodeBlock.of("$T.parseText($L, $L)", JSON_READS, p, textParser(kind));
    }
    return CodeBlock.of(
        "$T.nullable($L, $T::read$L)", JSON_READS, p, JSON_READS, kind.methodSuffix());
  }

  /** Whether {@code JsonReads} reads exactly this type: {@code readInt}, {@code readString}, ... */
  private static boolean hasOwnReader(TypeModel.Scalar s) {
    return s.kind().hasPrimitive() ? s.primitive() : !s.kind().isText();
  }

  /** The function turning a text kind's {@code toString()} back into the value. */
  private static CodeBlock textParser(ScalarKind kind) {
    return switch (kind) {
      case UUID -> CodeBlock.of("$T::fromString", UUID.class);
      case INSTANT -> CodeBlock.of("$T::parse", ISO_INSTANTS);
      case LOCAL_DATE -> CodeBlock.of("$T::parse", LocalDate.class);
      case LOCAL_DATE_TIME -> CodeBlock.of("$T::parse", LocalDateTime.class);
      case OFFSET_DATE_TIME -> CodeBlock.of("$T::parse", OffsetDateTime.class);
      default -> throw new IllegalArgumentException(kind + " is not written as text");
    };
  }

  private static String writerMethod(TypeModel.Scalar s) {
    if (s.kind().hasPrimitive()) {
      return "writeBoxed" + s.kind().methodSuffix();
    }
    return switch (s.kind()) {
      case STRING -> "writeString";
      case BIG_DECIMAL -> "writeBigDecimal";
      case BIG_INTEGER -> "writeBigInteger";
      default -> "writeText";
    };
  }

  private static CodeBlock keyParser(TypeModel key) {
    if (key instanceof TypeModel.EnumType e) {
      return CodeBlock.of("$T::valueOf", e.type());
    }
    return switch (((TypeModel.Scalar) key).kind()) {
      case UUID -> textParser(ScalarKind.UUID);
      case INT -> CodeBlock.of("$T::valueOf", Integer.class);
      case LONG -> CodeBlock.of("$T::valueOf", Long.class);
      default -> CodeBlock.of("$T.identity()", Function.class);
    };
  }

  private static CodeBlock keyFormatter(TypeModel key) {
    if (key instanceof TypeModel.EnumType e) {
      return CodeBlock.of("$T::name", e.type());
    }
    return ((TypeModel.Scalar) key).kind() == ScalarKind.STRING
        ? CodeBlock.of("$T.identity()", Function.class)
        : CodeBlock.of("$T::toString", Object.class);
  }
}
