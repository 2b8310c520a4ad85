/**
 * Which artifact files a curation requested by a client may read ({@link
 * org.negativeknowledge.app.files.FileAccess}), and the rounds it names made into artifact bundles
 * ({@link org.negativeknowledge.app.files.CurationRounds}): a folder, files, or texts inline.
 */
package org.negativeknowledge.app.files;
