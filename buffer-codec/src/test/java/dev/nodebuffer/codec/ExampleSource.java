package dev.nodebuffer.codec;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.AnnotationConsumer;

/**
 * The {@link Example}s of one {@code @kind} section of the test class's {@link From} resource, one
 * a case of a parameterized test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(ExampleSource.Provider.class)
@interface ExampleSource {

  /** The section. */
  String value();

  /** The resource of examples, next to the test class, that its {@link ExampleSource}s read. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Inherited
  @interface From {
    String value();
  }

  /** Reads the section. */
  final class Provider implements ArgumentsProvider, AnnotationConsumer<ExampleSource> {
    private String kind = "";

    @Override
    public void accept(ExampleSource source) {
      kind = source.value();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      Class<?> test = context.getRequiredTestClass();
      From from = test.getAnnotation(From.class);
      if (from == null) {
        throw new IllegalStateException(test + " has no @ExampleSource.From");
      }
      return Example.load(test, from.value(), kind).map(Arguments::of);
    }
  }
}
