/**
 * {@code nk bank ...}: import, add, export, get, history, stats, revise, retract, search, render,
 * reindex.
 */
package org.negativeknowledge.cli.bank;
