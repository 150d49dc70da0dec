package io.redifu.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Places messages on one of several repeated annotations. javac wraps {@code @Timeline @Timeline}
 * in an implicit {@code @Timeline.List} that has no source position, so the {@code Messager}
 * reports on the annotated type instead. This finds the source through the Compiler Tree API when
 * the compiler offers it (javac does); elsewhere callers fall back to the {@code Messager}.
 */
final class RepeatedAnnotationTrees {
  /** Null when the compiler has no tree API (another compiler, or a wrapped environment). */
  private final Trees trees;

  private RepeatedAnnotationTrees(Trees trees) {
    this.trees = trees;
  }

  static RepeatedAnnotationTrees of(ProcessingEnvironment env) {
    try {
      return new RepeatedAnnotationTrees(Trees.instance(env));
    } catch (IllegalArgumentException | LinkageError e) {
      return new RepeatedAnnotationTrees(null);
    }
  }

  /**
   * Prints {@code message} on {@code annotation} (on {@code value} if written in the source) when
   * it sits in an implicit container; returns false, printing nothing, in every other case.
   */
  boolean print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    if (trees == null
        || annotation == null
        || element.getAnnotationMirrors().contains(annotation)) {
      return false;
    }
    TreePath path = trees.getPath(element);
    if (path == null || !(path.getLeaf() instanceof ClassTree type)) {
      return false;
    }
    TreePath modifiers = new TreePath(path, type.getModifiers());
    List<AnnotationTree> sameType = new ArrayList<>();
    for (AnnotationTree tree : type.getModifiers().getAnnotations()) {
      Element declared =
          trees.getElement(new TreePath(new TreePath(modifiers, tree), tree.getAnnotationType()));
      if (annotation.getAnnotationType().asElement().equals(declared)) {
        sameType.add(tree);
      }
    }
    int index = indexInContainer(element, annotation);
    if (index < 0 || index >= sameType.size()) {
      return false;
    }
    AnnotationTree tree = sameType.get(index);
    trees.printMessage(
        kind, message, valueTree(tree, annotation, value), path.getCompilationUnit());
    return true;
  }

  /** Position of {@code annotation} in the {@code value()} of a container on {@code element}. */
  private static int indexInContainer(Element element, AnnotationMirror annotation) {
    for (AnnotationMirror container : element.getAnnotationMirrors()) {
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> member :
          container.getElementValues().entrySet()) {
        if (member.getKey().getSimpleName().contentEquals("value")
            && member.getValue().getValue() instanceof List<?> values) {
          for (int i = 0; i < values.size(); i++) {
            if (((AnnotationValue) values.get(i)).getValue() == annotation) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  /** The expression written for {@code value} in {@code tree}, else the annotation itself. */
  private static Tree valueTree(
      AnnotationTree tree, AnnotationMirror annotation, AnnotationValue value) {
    if (value == null) {
      return tree;
    }
    String member = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getValue() == value) {
        member = entry.getKey().getSimpleName().toString();
      }
    }
    for (ExpressionTree argument : tree.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable() instanceof IdentifierTree name
          && name.getName().contentEquals(String.valueOf(member))) {
        return assignment.getExpression();
      }
    }
    return tree;
  }
}
