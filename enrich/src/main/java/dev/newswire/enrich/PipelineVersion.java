package dev.newswire.enrich;

/** The newswire version recorded in enriched articles: the jar's Implementation-Version, else "dev". */
final class PipelineVersion {

  static final String DEVELOPMENT = "dev";

  private PipelineVersion() {}

  static String of(Class<?> type) {
    String version = type.getPackage() == null ? null : type.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? DEVELOPMENT : version;
  }
}
