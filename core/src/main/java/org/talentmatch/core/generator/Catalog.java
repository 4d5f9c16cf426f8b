package org.talentmatch.core.generator;

/** The bundled data the generator draws from; immutable and shared by all generations. */
record Catalog(Vocabulary vocabulary, Geography geography, Institutions institutions, TextComposer text, HostUnits hostUnits) {

  private static final Catalog BUNDLED = create();

  static Catalog bundled() {
    return BUNDLED;
  }

  private static Catalog create() {
    TextComposer text = new TextComposer(Phrases.bundled());
    Geography geography = Geography.bundled();
    Institutions institutions = Institutions.bundled();
    return new Catalog(Vocabulary.bundled(), geography, institutions, text, new HostUnits(geography, institutions, text));
  }
}
