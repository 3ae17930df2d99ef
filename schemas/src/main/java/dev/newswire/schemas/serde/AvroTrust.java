package dev.newswire.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Makes Avro trust the classes generated from newswire's schemas.
 *
 * <p>Avro 1.12.2 (AVRO-4189) refuses to load generated classes whose package is not trusted, unless
 * the JVM is started with {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}. Users should not have to
 * remember a flag: the serdes call {@link #ensureInstalled()} before they touch a generated class.
 * The trust is added to whatever predicate is already global, never replacing it.
 */
public final class AvroTrust {

  /** The package of the generated classes (and its sub-packages). */
  public static final String TRUSTED_PACKAGE = "dev.newswire.schemas";

  private AvroTrust() {}

  /** Installs the trust once per JVM; later calls are free. */
  public static void ensureInstalled() {
    Installer.DONE.hashCode();
  }

  /** True when a class is one of ours. Package boundaries are respected: dev.newswire.schemasX is not. */
  static boolean isOurs(Class<?> type) {
    String pkg = type.getPackageName();
    return pkg.equals(TRUSTED_PACKAGE) || pkg.startsWith(TRUSTED_PACKAGE + ".");
  }

  /** Holder idiom: the JVM runs the installation exactly once, thread-safely, on first use. */
  private static final class Installer {
    static final Object DONE = install();

    private static Object install() {
      ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
      ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(previous, new OursPredicate()));
      return Boolean.TRUE;
    }
  }

  private static final class OursPredicate implements ClassSecurityPredicate {
    @Override
    public boolean isTrusted(Class<?> type) {
      return isOurs(type);
    }
  }
}
