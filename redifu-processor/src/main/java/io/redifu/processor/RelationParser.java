package io.redifu.processor;

import com.google.auto.common.AnnotationMirrors;
import com.google.auto.common.MoreElements;
import com.palantir.javapoet.ClassName;
import io.redifu.annotation.MissingRelation;
import io.redifu.annotation.RandIdRef;
import io.redifu.processor.model.ObjectModel;
import io.redifu.processor.model.PropertyModel;
import io.redifu.processor.model.RelationModel;
import io.redifu.processor.validation.Diagnostics;
import io.redifu.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Parses the {@code @RandIdRef}s of an entity: which property each one fills and with which entity,
 * reporting every reference no fetch could resolve. Runs before the entity's properties are parsed,
 * so the properties the references fill are left out of its JSON instead of being reported as
 * embedded entities.
 */
final class RelationParser {
  private final Reporter reporter;
  private final Accessors accessors;

  /** A valid reference and the property it fills, named until both properties are parsed. */
  private record Link(
      String reference,
      String injected,
      boolean many,
      ClassName target,
      MissingRelation onMissing) {}

  /**
   * What {@link #parse} found.
   *
   * @param injected every property a reference fills or, misspelt, most likely means: none is
   *     stored, so a reported reference causes no second error about its property
   */
  static final class Relations {
    private final List<Link> links = new ArrayList<>();
    private final Set<String> injected = new LinkedHashSet<>();

    Set<String> injected() {
      return injected;
    }

    /** The relations, once {@code object} holds the parsed properties they join. */
    List<RelationModel> models(ObjectModel object) {
      Map<String, PropertyModel> byName = new LinkedHashMap<>();
      object.properties().forEach(p -> byName.put(p.name(), p));
      List<RelationModel> models = new ArrayList<>();
      for (Link link : links) {
        models.add(
            new RelationModel(
                byName.get(link.reference()),
                byName.get(link.injected()),
                link.many(),
                link.target(),
                link.onMissing()));
      }
      return models;
    }
  }

  RelationParser(Reporter reporter, Accessors accessors) {
    this.reporter = reporter;
    this.accessors = accessors;
  }

  Relations parse(TypeElement type) {
    Map<String, Members.Member> members = new LinkedHashMap<>();
    for (Members.Member member : Members.of(type, accessors)) {
      members.putIfAbsent(member.name(), member); // a hiding field is reported by ObjectParser
    }
    Relations relations = new Relations();
    Map<String, String> filledBy = new LinkedHashMap<>();
    for (Members.Member reference : members.values()) {
      if (!MoreElements.isAnnotationPresent(reference.source(), RandIdRef.class)) {
        continue;
      }
      AnnotationMirror mirror =
          MoreElements.getAnnotationMirror(reference.source(), RandIdRef.class).get();
      Members.Member injected = injected(type, reference, mirror, members, relations);
      if (injected == null) {
        continue; // reported
      }
      relations.injected.add(injected.name());
      String previous = filledBy.putIfAbsent(injected.name(), reference.name());
      if (previous != null) {
        report(
            type,
            reference,
            mirror,
            Diagnostics.DUPLICATE_RELATION,
            type.getSimpleName(),
            injected.name(),
            previous);
        continue;
      }
      link(type, reference, mirror, injected).ifPresent(relations.links::add);
    }
    return relations;
  }

  /** The property {@code reference} fills, or null after reporting that there is none. */
  private Members.Member injected(
      TypeElement type,
      Members.Member reference,
      AnnotationMirror mirror,
      Map<String, Members.Member> members,
      Relations relations) {
    AnnotationValue fieldValue = AnnotationMirrors.getAnnotationValue(mirror, "field");
    String field = (String) fieldValue.getValue();
    String wanted = field.isEmpty() ? RelationNames.injected(reference.name()) : field;
    Members.Member injected = wanted == null ? null : members.get(wanted);
    if (injected != null) {
      return injected;
    }
    // A name without suffix can only mean an entity-typed property; a misspelt one, any.
    Optional<String> nearest =
        wanted == null ? nearest(reference.name(), members, true) : nearest(wanted, members, false);
    nearest.ifPresent(relations.injected::add); // most likely meant: not also an embedded entity
    String owner = type.getSimpleName().toString();
    boolean many = RelationTypes.isList(reference.type());
    if (wanted == null) {
      report(
          type, reference, mirror, Diagnostics.RELATION_NAME, RelationNames.nameFix(nearest, many));
    } else if (field.isEmpty()) {
      report(
          type,
          reference,
          mirror,
          Diagnostics.RELATION_PROPERTY_MISSING,
          wanted,
          owner,
          RelationNames.propertyFix(wanted, nearest, many));
    } else {
      reporter.error(
          reference.source(),
          mirror,
          fieldValue,
          Diagnostics.RELATION_TARGET_MISSING,
          owner,
          reference.name(),
          field,
          owner,
          RelationNames.fieldFix(nearest, many));
    }
    return null;
  }

  /** The relation, or empty after reporting why the two properties do not make one. */
  private Optional<Link> link(
      TypeElement type,
      Members.Member reference,
      AnnotationMirror mirror,
      Members.Member injected) {
    Boolean many = RelationTypes.referenceMany(reference.type());
    if (many == null) {
      report(type, reference, mirror, Diagnostics.RELATION_REFERENCE_TYPE, reference.type());
      return Optional.empty();
    }
    RelationTypes.Target target = RelationTypes.target(injected.type());
    String owner = type.getSimpleName().toString();
    if (target == null) {
      report(
          type,
          reference,
          mirror,
          Diagnostics.RELATION_TARGET_TYPE,
          owner,
          injected.name(),
          injected.type(),
          many ? "a List of an @Entity" : "an @Entity",
          many ? "entities" : "entity",
          injected.name(),
          many ? "the type List<E> of an @Entity E" : "an @Entity type");
      return Optional.empty();
    }
    if (target.many() != many) {
      report(
          type,
          reference,
          mirror,
          Diagnostics.RELATION_CARDINALITY,
          many ? "a list of entities (List<String>)" : "one entity (String)",
          owner,
          injected.name(),
          injected.type(),
          target.many() ? "a list" : "one entity");
      return Optional.empty();
    }
    VariableElement onMissing =
        (VariableElement) AnnotationMirrors.getAnnotationValue(mirror, "onMissing").getValue();
    return Optional.of(
        new Link(
            reference.name(),
            injected.name(),
            many,
            target.entity(),
            MissingRelation.valueOf(onMissing.getSimpleName().toString())));
  }

  /** Reports on the annotation; the arguments after the reference's owner and name. */
  private void report(
      TypeElement type,
      Members.Member reference,
      AnnotationMirror mirror,
      Diagnostics diagnostic,
      Object... rest) {
    Object[] args = new Object[rest.length + 2];
    args[0] = type.getSimpleName();
    args[1] = reference.name();
    System.arraycopy(rest, 0, args, 2, rest.length);
    reporter.error(reference.source(), mirror, null, diagnostic, args);
  }

  /**
   * The property most likely meant: the nearest name, entity-typed properties first (or only);
   * never a reference.
   */
  private static Optional<String> nearest(
      String wanted, Map<String, Members.Member> members, boolean entitiesOnly) {
    List<String> entities = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (Members.Member member : members.values()) {
      if (!MoreElements.isAnnotationPresent(member.source(), RandIdRef.class)) {
        (RelationTypes.target(member.type()) != null ? entities : others).add(member.name());
      }
    }
    if (!entitiesOnly) {
      entities.addAll(others);
    }
    return Suggestions.nearest(wanted, entities);
  }
}
