/**
 * The failure taxonomy: profiles (closed vocabularies per facet, with aliases for known drift) and
 * the explicit alias normalisation.
 */
package org.negativeknowledge.taxonomy;
