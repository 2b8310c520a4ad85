/**
 * Imports and exports: their options, progress and reports (with bounded rejection lists).
 */
package org.negativeknowledge.bank.io;
