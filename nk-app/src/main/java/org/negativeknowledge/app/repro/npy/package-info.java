/**
 * A reader of NumPy's {@code .npy} array format (versions 1.0, 2.0 and 3.0; little- and
 * big-endian; float, signed and unsigned integer and boolean types; C and Fortran order), enough to
 * read the paper's stage-2 and stage-3 outputs without Python.
 */
package org.negativeknowledge.app.repro.npy;
