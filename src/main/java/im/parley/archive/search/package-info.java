/**
 * Full-text search over the local message archive (issue 10): one {@link im.parley.archive.search.SearchIndex}
 * fed by the archive, implemented over Apache Lucene (chosen over H2's native full-text index by
 * measurement, docs/BENCHMARKS.md "Archive search"). Matching is case- and accent-insensitive, the last
 * word of a query matches as a prefix while the user types, and hits carry the char offsets of the
 * matched words for highlighting.
 */
package im.parley.archive.search;
