package io.pgdrift.model;

/**
 * What a view's or materialized view's column carries besides its name and type (which the query decides):
 * a default ({@code ALTER VIEW ... ALTER COLUMN c SET DEFAULT}, views only, used by INSERTs through the view) and a
 * comment. Only columns with one of them are kept.
 */
public record ViewColumn(String name, String defaultExpr, String comment) {
}
