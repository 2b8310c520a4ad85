/**
 * JSON Schemas (2020-12) of the record shapes, in agreement with strict validation.
 */
package org.negativeknowledge.schema;
