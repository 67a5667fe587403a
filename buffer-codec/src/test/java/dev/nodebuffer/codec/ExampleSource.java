package dev.nodebuffer.codec;

import java.lang.annotation.ElementType;
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
 * The {@link Example}s of one {@code @kind} section of a resource next to the test class, one a
 * case of a parameterized test.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ArgumentsSource(ExampleSource.Provider.class)
@interface ExampleSource {

  /** The resource, next to the test class. */
  String value();

  /** The section. */
  String kind();

  /** Reads the section. */
  final class Provider implements ArgumentsProvider, AnnotationConsumer<ExampleSource> {
    private String resource = "";
    private String kind = "";

    @Override
    public void accept(ExampleSource source) {
      resource = source.value();
      kind = source.kind();
    }

    @Override
    public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
      return Example.load(context.getRequiredTestClass(), resource, kind).map(Arguments::of);
    }
  }
}
