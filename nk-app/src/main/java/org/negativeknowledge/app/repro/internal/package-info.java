/**
 * Internal to {@code nk repro}: how each claim is computed from the data files, the readers of the
 * studies' artifacts and the cross-checks. Not API.
 */
package org.negativeknowledge.app.repro.internal;
